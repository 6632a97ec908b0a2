import { useId, useRef, type MouseEvent } from 'react';
import { ExportButton } from '../features/export/export-button';
import { PresentButton } from '../features/present/present-button';
import { PrintBriefButton } from '../features/print-brief/print-brief-button';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { LanguageSwitch } from '../features/shared/language-switch';

/**
 * One menu for what the desktop header shows as buttons: language, image export, presenting and, with a
 * zone selected, its printed brief. A popover: it closes on a tap outside, on Esc, and after an action.
 */
export function PhoneMenu() {
  const t = useT();
  const menuId = useId();
  const menu = useRef<HTMLDivElement>(null);
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const closeAfterAction = (event: MouseEvent) => {
    const button = (event.target as Element).closest('button');
    // The language switch stays open, so the reader sees the menu change language.
    if (button && !button.closest('.segmented')) menu.current?.hidePopover?.();
  };
  return (
    <>
      <button type="button" className="icon-button phone-header__button" popoverTarget={menuId} aria-label={t('menu')} data-testid="menu-open">
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <path d="M4 6.5h16M4 12h16M4 17.5h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <div id={menuId} ref={menu} popover="auto" className="phone-menu" onClick={closeAfterAction} data-testid="phone-menu">
        <LanguageSwitch />
        <ExportButton />
        <PresentButton />
        {selectedZoneId && <PrintBriefButton zoneId={selectedZoneId} />}
      </div>
    </>
  );
}
