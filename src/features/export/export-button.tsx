import { useState } from 'react';
import { useCatalogIndex } from '../../state/use-catalog';
import { useT } from '../../i18n/use-t';
import { planVisibility } from '../../state/plan-visibility';
import { useAppStore } from '../../state/store';
import { usePlanMap } from '../../map/plan-map-context';
import { deferredModule } from '../shared/deferred';
import '../shared/export-buttons.css';

// Drawing the image (layout, locator, QR code) is fetched on the first export, or when the browser is idle.
const exportCode = deferredModule(() => import('./export-image'));

/** Saves a PNG of what is picked (or the view) with industries, legend, credits, date and a QR code that reopens it. */
export function ExportButton() {
  const t = useT();
  const index = useCatalogIndex();
  const mapStatus = useAppStore((s) => s.mapStatus);
  const planMap = usePlanMap();
  const [busy, setBusy] = useState(false);
  // What the last image showed, [west, south, east, north]: the browser tests check the framing against it.
  const [exportedBounds, setExportedBounds] = useState<string>();

  const onClick = async () => {
    if (!index || busy) return;
    setBusy(true);
    try {
      const state = useAppStore.getState();
      const { download, exportImage } = await exportCode();
      const image = await exportImage(planMap, { ...state, visiblePlanIds: planVisibility(state, index).visible }, index);
      if (image) {
        setExportedBounds(image.bounds.map((n) => n.toFixed(5)).join(','));
        download(image);
      } else useAppStore.getState().noticeShown(t('exportFailed'));
    } catch (error) {
      console.warn('export failed', error);
      useAppStore.getState().noticeShown(t('exportFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="button export-button"
      onClick={onClick}
      disabled={!index || mapStatus !== 'ready'}
      aria-busy={busy}
      data-testid="export-image"
      data-exported-bounds={exportedBounds}
    >
      <svg className="export-button__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
        <path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 14v2.5h12V14" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span>{busy ? t('exportBusy') : t('exportImage')}</span>
    </button>
  );
}
