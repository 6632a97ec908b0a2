import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';

/** On a phone, the way to the plan layers: a round button on the map that opens the layer sheet. */
export function LayersButton() {
  const t = useT();
  return (
    <button
      type="button"
      className="layers-button"
      aria-label={t('layersTitle')}
      aria-haspopup="dialog"
      onClick={() => useAppStore.getState().layerSheetToggled(true)}
      data-testid="layers-button"
    >
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
        <path d="M12 3 2.5 8 12 13l9.5-5z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
        <path d="m2.5 12 9.5 5 9.5-5M2.5 16l9.5 5 9.5-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
