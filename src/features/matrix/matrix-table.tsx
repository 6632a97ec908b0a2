import { localize } from '../../i18n/localize';
import { sectorTerms } from '../../i18n/terms';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import type { Matrix } from './matrix-data';
import { MatrixRow } from './matrix-row';

export interface OpenCell {
  zoneId: string;
  column: number;
}

interface Props {
  matrix: Matrix;
  labelledBy: string;
  openCell?: OpenCell;
  onOpenCell: (cell: OpenCell | undefined) => void;
}

/** The semantic table: zones as row headers under their plan's pattern, columns as sectors or industries. */
export function MatrixTable({ matrix, labelledBy, openCell, onOpenCell }: Props) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US');
  const labels = matrix.columns.map((column) =>
    column.kind === 'sector'
      ? sectorTerms[column.sector][locale]
      : localize(column.kind === 'family' ? column.family.name : column.industry.name, locale),
  );
  const span = matrix.columns.length + 1;

  return (
    // The region scrolls sideways when the columns outgrow the panel, so it must be reachable by keyboard.
    <div className="matrix__scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="matrix__table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col" className="matrix__zone matrix__corner">
              {t('kindZone')}
            </th>
            {labels.map((label, i) => (
              <th key={matrix.columns[i]!.id} scope="col" className="matrix__col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        {matrix.groups.map(({ plan, rows }) => (
          <tbody key={plan.id}>
            <tr className="matrix__group">
              <th scope="rowgroup" colSpan={span} className="matrix__group-head">
                <span>{localize(plan.pattern, locale)}</span>
              </th>
            </tr>
            {rows.map((row) => (
              <MatrixRow
                key={row.zone.id}
                row={row}
                columns={matrix.columns}
                columnLabels={labels}
                max={matrix.max}
                openColumn={openCell?.zoneId === row.zone.id ? openCell.column : undefined}
                onToggle={(column) => onOpenCell(column === undefined ? undefined : { zoneId: row.zone.id, column })}
              />
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" className="matrix__zone matrix__total-head">
              {t('matrixZonesWith')}
            </th>
            {matrix.zoneTotals.map((total, i) => (
              <td key={matrix.columns[i]!.id} className="matrix__total">
                {format.format(total)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
