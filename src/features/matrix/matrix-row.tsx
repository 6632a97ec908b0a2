import type { MatrixColumn, MatrixRow as Row } from './matrix-data';
import { shadeLevel } from './matrix-data';
import { IndustryChips } from '../zone-card/industry-chips';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';

interface Props {
  row: Row;
  columns: MatrixColumn[];
  columnLabels: string[];
  max: number;
  /** The column whose industries are listed under this row, if any. */
  openColumn?: number;
  onToggle: (column: number | undefined) => void;
}

export const cellId = (zoneId: string, columnId: string) => `matrix-cell-${zoneId}-${columnId}`;

/** One zone: its name selects it, each non-empty cell expands into the industries it counts. */
export function MatrixRow({ row, columns, columnLabels, max, openColumn, onToggle }: Props) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const zoneSelected = useAppStore((s) => s.zoneSelected);
  const familyPicked = useAppStore((s) => s.familyPicked);
  const format = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US');
  const zoneName = localize(row.zone.name, locale);
  const detailId = `matrix-detail-${row.zone.id}`;
  const open = openColumn !== undefined ? { column: columns[openColumn]!, industries: row.cells[openColumn]! } : undefined;

  const close = () => {
    if (!open) return;
    onToggle(undefined);
    document.getElementById(cellId(row.zone.id, open.column.id))?.focus();
  };

  return (
    <>
      <tr className={open ? 'matrix__row matrix__row--open' : 'matrix__row'}>
        <th scope="row" className={row.zone.parentId ? 'matrix__zone matrix__zone--child' : 'matrix__zone'}>
          <button type="button" className="matrix__zone-button" onClick={() => zoneSelected(row.zone.id)}>
            {zoneName}
          </button>
        </th>
        {row.cells.map((industries, i) => {
          const count = industries.length;
          const className = `matrix__cell matrix__cell--l${shadeLevel(count, max)}`;
          if (count === 0) return <td key={columns[i]!.id} className={className}>{format.format(0)}</td>;
          const column = columns[i]!;
          // A family's cell answers the broad question: the lens on the family, with this zone marked in it.
          if (column.kind === 'family') {
            return (
              <td key={column.id} className={className}>
                <button
                  type="button"
                  className="matrix__cell-button"
                  aria-label={`${format.format(count)} · ${zoneName} · ${columnLabels[i]}`}
                  onClick={() => familyPicked(column.family.id, { zoneId: row.zone.id })}
                >
                  {format.format(count)}
                </button>
              </td>
            );
          }
          return (
            <td key={columns[i]!.id} className={className}>
              <button
                type="button"
                id={cellId(row.zone.id, columns[i]!.id)}
                className="matrix__cell-button"
                aria-expanded={openColumn === i}
                aria-controls={openColumn === i ? detailId : undefined}
                aria-label={`${format.format(count)} · ${zoneName} · ${columnLabels[i]}`}
                onClick={() => onToggle(openColumn === i ? undefined : i)}
              >
                {format.format(count)}
              </button>
            </td>
          );
        })}
      </tr>
      {open && (
        <tr className="matrix__detail-row">
          <td colSpan={columns.length + 1}>
            <div
              id={detailId}
              className="matrix__detail"
              role="group"
              aria-label={`${zoneName} · ${columnLabels[openColumn!]}`}
              onKeyDown={(event) => event.key === 'Escape' && close()}
            >
              <div className="matrix__detail-head">
                <span>
                  {zoneName} · {columnLabels[openColumn!]}
                </span>
                <button type="button" className="icon-button" aria-label={t('close')} onClick={close}>
                  ×
                </button>
              </div>
              <IndustryChips industries={open.industries} />
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
