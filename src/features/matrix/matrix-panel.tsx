import { useMemo, useState } from 'react';
import { useCatalogIndex } from '../../data/use-catalog';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { buildMatrix, DEFAULT_TOP_N, type MatrixMode } from './matrix-data';
import { MatrixTable, type OpenCell } from './matrix-table';
import './matrix.css';

/** Zones × industries for the plans on the map, so a planner sees overlaps and gaps at a glance. */
export function MatrixPanel() {
  const t = useT();
  const index = useCatalogIndex();
  const locale = useAppStore((s) => s.locale);
  const hiddenPlanIds = useAppStore((s) => s.hiddenPlanIds);
  const [mode, setMode] = useState<MatrixMode>('sectors');
  const [openCell, setOpenCell] = useState<OpenCell>();
  const matrix = useMemo(() => {
    if (!index) return undefined;
    const visible = index.catalog.plans.map((plan) => plan.id).filter((id) => !hiddenPlanIds.includes(id));
    return buildMatrix(index, visible, mode);
  }, [index, hiddenPlanIds, mode]);

  if (!matrix) {
    return (
      <div className="empty-state">
        <p>{t('loading')}</p>
      </div>
    );
  }

  const chooseMode = (next: MatrixMode) => {
    setMode(next);
    // Column positions mean something else in the other mode.
    setOpenCell(undefined);
  };
  const topLabel = t('matrixModeTop').replace('{n}', new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US').format(DEFAULT_TOP_N));

  return (
    <section className="matrix" lang={locale} aria-labelledby="matrix-title" data-testid="matrix-panel">
      <h2 id="matrix-title" className="matrix__title">
        {t('matrixTitle')}
      </h2>
      <p className="matrix__hint">{mode === 'families' ? t('matrixFamilyHint') : t('matrixHint')}</p>
      <div className="segmented matrix__mode" role="group" aria-label={t('matrixModeLabel')}>
        <button type="button" className="segmented__option" aria-pressed={mode === 'sectors'} onClick={() => chooseMode('sectors')}>
          {t('matrixModeSectors')}
        </button>
        <button type="button" className="segmented__option" aria-pressed={mode === 'families'} onClick={() => chooseMode('families')}>
          {t('matrixModeFamilies')}
        </button>
        <button type="button" className="segmented__option" aria-pressed={mode === 'top'} onClick={() => chooseMode('top')}>
          {topLabel}
        </button>
      </div>
      {matrix.groups.length === 0 ? (
        <p className="matrix__empty">{t('matrixNoPlans')}</p>
      ) : (
        <MatrixTable matrix={matrix} labelledBy="matrix-title" openCell={openCell} onOpenCell={setOpenCell} />
      )}
    </section>
  );
}
