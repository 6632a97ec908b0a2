import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { LayerPanel } from './layer-panel';
import './layer-sheet.css';

/**
 * The layer panel as a phone's bottom sheet: a modal <dialog> (focus stays in it, Esc and a tap on the
 * dimmed map close it), opened from the layers button. Open or shut is the store's, so the back gesture
 * closes it too.
 */
export function LayerSheet() {
  const t = useT();
  const open = useAppStore((s) => s.layerSheetOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => useAppStore.getState().layerSheetToggled(false);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal?.();
    if (!open && el.open) el.close();
  }, [open]);

  useEffect(
    () =>
      // A zone picked from the key is shown on the map, so the sheet makes way.
      useAppStore.subscribe((state, previous) => {
        if (state.layerSheetOpen && state.selectedZoneId && state.selectedZoneId !== previous.selectedZoneId) state.layerSheetToggled(false);
      }),
    [],
  );

  return (
    <dialog
      ref={dialog}
      className="layer-sheet"
      aria-labelledby="layer-panel-title"
      onClose={() => useAppStore.getState().layerSheetOpen && close()}
      onClick={(event) => event.target === event.currentTarget && close()}
      data-testid="layer-sheet"
    >
      {open && (
        <LayerPanel
          headerAction={
            <button type="button" className="icon-button layer-sheet__close" aria-label={t('close')} onClick={close}>
              ×
            </button>
          }
        />
      )}
    </dialog>
  );
}
