import { useMemo, useState } from 'react';
import { useCatalogIndex } from '../../state/use-catalog';
import { useT } from '../../i18n/use-t';
import { lensMessages } from '../../i18n/messages-lens';
import { useAppStore } from '../../state/store';
import { isoDate } from '../../i18n/format';
import { downloadFile } from '../shared/download-file';
import { PlanTitle } from '../shared/plan-title';
import { buildMatrix, columnOrder, sortRows, type ColumnOrder, type RowOrder } from './matrix-data';
import { matrixCsv } from './matrix-csv';
import { matrixDimensions, type MatrixDimension } from './matrix-dimensions';
import { MatrixTable } from './matrix-table';
import './matrix.css';
import { panelMessages } from '../../i18n/messages-panels';

/**
 * Which zone gets which industries: every zone of the chosen plans against the columns of a dimension
 * (sectors, the top industries …), each cell naming its industries. Shown across the whole window; rows and
 * columns sort; the table as shown downloads as CSV.
 */
export function MatrixPanel({ dimensions = matrixDimensions }: { dimensions?: MatrixDimension[] }) {
  const t = useT(lensMessages, panelMessages);
  const index = useCatalogIndex();
  const locale = useAppStore((s) => s.locale);
  const panelOpened = useAppStore((s) => s.panelOpened);
  const [dimensionId, setDimensionId] = useState(dimensions[0]!.id);
  const [hiddenPlans, setHiddenPlans] = useState<string[]>([]);
  const [rowOrder, setRowOrder] = useState<RowOrder>({ by: 'plan' });
  const [columns, setColumns] = useState<ColumnOrder>('dimension');
  const dimension = dimensions.find((d) => d.id === dimensionId) ?? dimensions[0]!;

  const matrix = useMemo(() => {
    if (!index) return undefined;
    const planIds = index.catalog.plans.map((plan) => plan.id).filter((id) => !hiddenPlans.includes(id));
    return buildMatrix(index, planIds, dimension);
  }, [index, hiddenPlans, dimension]);

  if (!index || !matrix) {
    return (
      <div className="empty-state">
        <p>{t('loading')}</p>
      </div>
    );
  }
  const rows = sortRows(matrix.rows, rowOrder, locale);
  const shownColumns = columnOrder(matrix, columns);
  const chooseDimension = (id: string) => {
    setDimensionId(id);
    // A column position means another column in another dimension.
    if (rowOrder.by === 'column') setRowOrder({ by: 'plan' });
  };
  const exportCsv = () => {
    const csv = matrixCsv(matrix, rows, shownColumns, locale);
    downloadFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `suzhou-plan-matrix-${dimension.id}-${isoDate(new Date())}.csv`);
  };

  return (
    <section className="matrix" lang={locale} aria-labelledby="matrix-title" data-testid="matrix-panel">
      <header className="matrix__header">
        <div>
          <h2 id="matrix-title" className="matrix__title">
            {t('matrixTitle')}
          </h2>
          <p className="matrix__hint">{t(dimension.id === 'families' ? 'matrixFamilyHint' : 'matrixHint')}</p>
        </div>
        <div className="matrix__actions">
          <button type="button" className="button" onClick={exportCsv} data-testid="matrix-csv">
            {t('matrixCsv')}
          </button>
          <button type="button" className="button" onClick={() => panelOpened('zone')}>
            {t('matrixBackToMap')}
          </button>
        </div>
      </header>
      <div className="matrix__controls">
        <div className="segmented" role="group" aria-label={t('matrixModeLabel')}>
          {dimensions.map((d) => (
            <button key={d.id} type="button" className="segmented__option" aria-pressed={d.id === dimension.id} onClick={() => chooseDimension(d.id)}>
              {d.label(locale)}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={t('matrixColumnOrder')}>
          {(['dimension', 'coverage'] as const).map((order) => (
            <button key={order} type="button" className="segmented__option" aria-pressed={columns === order} onClick={() => setColumns(order)}>
              {t(order === 'dimension' ? 'matrixColumnsAsListed' : 'matrixColumnsByCoverage')}
            </button>
          ))}
        </div>
        <fieldset className="matrix__plans">
          <legend>{t('matrixPlans')}</legend>
          {index.catalog.plans.map((plan) => (
            <label key={plan.id} className="matrix__plan">
              <input
                type="checkbox"
                checked={!hiddenPlans.includes(plan.id)}
                onChange={() => setHiddenPlans((hidden) => (hidden.includes(plan.id) ? hidden.filter((id) => id !== plan.id) : [...hidden, plan.id]))}
              />
              <PlanTitle plan={plan} />
            </label>
          ))}
        </fieldset>
      </div>
      {matrix.rows.length === 0 ? (
        <p className="matrix__empty">{t('matrixNoPlans')}</p>
      ) : (
        <MatrixTable matrix={matrix} rows={rows} columns={shownColumns} rowOrder={rowOrder} onRowOrder={setRowOrder} labelledBy="matrix-title" />
      )}
    </section>
  );
}
