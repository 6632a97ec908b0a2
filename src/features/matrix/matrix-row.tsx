import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { draftMessages } from '../../i18n/messages-draft';
import { useAppStore } from '../../state/store';
import type { Matrix, MatrixRow as Row } from './matrix-data';
import { DraftBadge } from '../shared/draft-badge';
import { isDraftZone } from '../../data/draft-catalog';
import { panelMessages } from '../../i18n/messages-panels';

interface Props {
  row: Row;
  matrix: Matrix;
  columns: number[];
  /** Whether the row names its plan (when rows are not grouped under their plan). */
  showPlan: boolean;
}

/**
 * One zone: its name and every non-empty cell open the zone on the map (a family's cell, the family's lens with
 * the zone marked); each cell names its industries.
 */
export function MatrixRow({ row, matrix, columns, showPlan }: Props) {
  const t = useT(draftMessages, panelMessages);
  const locale = useAppStore((s) => s.locale);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  const familyPicked = useAppStore((s) => s.familyPicked);
  const zoneName = localize(row.zone.name, locale);
  const separator = locale === 'zh' ? '、' : ', ';
  // A draft's row is marked, and so is each of its cells: a cell read across the table still says whose it is.
  const draft = isDraftZone(row.zone);
  return (
    <tr className={draft ? 'matrix__row matrix__row--draft' : 'matrix__row'}>
      <th scope="row" className={row.zone.parentId ? 'matrix__zone matrix__zone--child' : 'matrix__zone'}>
        <button type="button" className="matrix__zone-button" onClick={() => zoneSelected(row.zone.id)}>
          {zoneName}
          {draft && <DraftBadge />}
          {showPlan && <span className="matrix__zone-plan">{localize(row.plan.pattern, locale)}</span>}
        </button>
      </th>
      {columns.map((i) => {
        const industries = row.cells[i]!;
        const column = matrix.columns[i]!;
        if (industries.length === 0) {
          return (
            <td key={column.id} className="matrix__cell matrix__cell--empty">
              <span aria-hidden="true">–</span>
              <span className="visually-hidden">{t('compareNone')}</span>
            </td>
          );
        }
        const names = industries.map((industry) => localize(industry.name, locale));
        return (
          <td key={column.id} className={draft ? 'matrix__cell matrix__cell--draft' : 'matrix__cell'}>
            <button
              type="button"
              className="matrix__cell-button"
              aria-label={`${draft ? `${t('draftBadge')} · ` : ''}${zoneName} · ${localize(column.name, locale)}: ${names.join(separator)}`}
              // A family's cell answers the broad question: the family's lens, with this zone marked in it.
              onClick={() => (column.familyId ? familyPicked(column.familyId, { zoneId: row.zone.id }) : zoneSelected(row.zone.id))}
              data-zone-id={row.zone.id}
            >
              {industries.map((industry, k) => (
                <span key={industry.id} className={row.core.has(industry.id) ? 'matrix__industry matrix__industry--core' : 'matrix__industry'}>
                  {names[k]}
                </span>
              ))}
              {draft && <DraftBadge />}
            </button>
          </td>
        );
      })}
    </tr>
  );
}
