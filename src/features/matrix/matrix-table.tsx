import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { PlanTitle } from '../shared/plan-title';
import type { Matrix, MatrixRow as Row, RowOrder } from './matrix-data';
import { MatrixRow } from './matrix-row';
import { formatNumber } from '../../i18n/format';
import { panelMessages } from '../../i18n/messages-panels';

interface Props {
  matrix: Matrix;
  rows: Row[];
  /** Column positions, in display order. */
  columns: number[];
  rowOrder: RowOrder;
  onRowOrder: (order: RowOrder) => void;
  labelledBy: string;
}

/** The semantic table: zones as row headers (under their plan while in plan order), columns that sort the rows. */
export function MatrixTable({ matrix, rows, columns, rowOrder, onRowOrder, labelledBy }: Props) {
  const t = useT(panelMessages);
  const locale = useAppStore((s) => s.locale);
  const grouped = rowOrder.by === 'plan';
  const groups = grouped
    ? [...new Set(rows.map((row) => row.plan))].map((plan) => ({ plan, rows: rows.filter((row) => row.plan === plan) }))
    : [{ plan: undefined, rows }];
  const sortedBy = (i: number) => rowOrder.by === 'column' && rowOrder.column === i;

  return (
    <div className="matrix__scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="matrix__table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col" className="matrix__zone matrix__corner" aria-sort={rowOrder.by === 'name' ? 'ascending' : 'none'}>
              <button type="button" className="matrix__sort" onClick={() => onRowOrder(grouped ? { by: 'name' } : { by: 'plan' })}>
                {t('kindZone')}
                <span className="matrix__sort-state">{t(grouped ? 'matrixByPlan' : rowOrder.by === 'name' ? 'matrixByName' : 'matrixByPlan')}</span>
              </button>
            </th>
            {columns.map((i) => (
              <th key={matrix.columns[i]!.id} scope="col" className="matrix__col" aria-sort={sortedBy(i) ? 'descending' : 'none'}>
                <button
                  type="button"
                  className="matrix__sort"
                  onClick={() => onRowOrder(sortedBy(i) ? { by: 'plan' } : { by: 'column', column: i })}
                  title={t('matrixSortByColumn')}
                >
                  {localize(matrix.columns[i]!.name, locale)}
                  <span className="matrix__sort-state" aria-hidden="true">
                    {sortedBy(i) ? '▼' : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ plan, rows: groupRows }) => (
          <tbody key={plan?.id ?? 'all'}>
            {plan && (
              <tr className="matrix__group">
                <th scope="rowgroup" colSpan={columns.length + 1} className="matrix__group-head">
                  <span>
                    <PlanTitle plan={plan} />
                  </span>
                </th>
              </tr>
            )}
            {groupRows.map((row) => (
              <MatrixRow key={row.zone.id} row={row} matrix={matrix} columns={columns} showPlan={!grouped} />
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" className="matrix__zone matrix__total-head">
              {t('matrixZonesWith')}
            </th>
            {columns.map((i) => (
              <td key={matrix.columns[i]!.id} className="matrix__total">
                {formatNumber(matrix.zoneTotals[i]!, locale)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
