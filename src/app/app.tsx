import { useEffect, useLayoutEffect } from 'react';
import { onDataFileProblem } from '../data/data-file-problems';
import { kioskLaunch } from '../features/kiosk/kiosk-params';
import { LayerPanel } from '../features/legend/layer-panel';
import { LayerSheet } from '../features/legend/layer-sheet';
import { LayersButton } from '../features/legend/layers-button';
import { PresentMode } from '../features/present/present-mode';
import { TakeAwayHost } from '../features/take-away';
import { BottomSheet } from '../features/sheet/bottom-sheet';
import { SheetHead } from '../features/sheet/sheet-head';
import { SidePanel } from './side-panel';
import { dataFileNotice } from '../i18n/data-file-notice';
import { MapView } from '../map/map-view';
import { useAppStore } from '../state/store';
import { Attribution } from './attribution';
import { CatalogNotice } from './catalog-notice';
import { DraftMode } from './draft-mode';
import { Header } from './header';
import { KioskMode } from './kiosk-mode';
import { MapUnavailable } from './map-unavailable';
import { Notices } from './notices';
import { PhoneHeader } from './phone-header';
import { usePrefetchWhenIdle } from './use-prefetch-when-idle';
import { useLayout } from './use-layout';
import './phone.css';

export function App() {
  const mapStatus = useAppStore((s) => s.mapStatus);
  const locale = useAppStore((s) => s.locale);
  const phone = useLayout() === 'phone';
  // A kiosk lays out its own screen around the map (features/kiosk): none of the planner's panels or search.
  const planner = kioskLaunch === undefined;
  usePrefetchWhenIdle();

  // A damaged data file besides the catalog: a notice names it, and the app carries on without it.
  useEffect(
    () =>
      onDataFileProblem((problem) => {
        const { noticeShown, locale } = useAppStore.getState();
        noticeShown(dataFileNotice(locale, problem));
      }),
    [],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // An Escape that closes a dialog or a menu closes only that.
      if (event.key === 'Escape' && !document.querySelector('dialog:modal, :popover-open')) useAppStore.getState().selectionCleared();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);

  // Mirrored to <html data-layout> for the phone's stylesheets, before the first paint.
  useLayoutEffect(() => {
    document.documentElement.dataset.layout = phone ? 'phone' : 'wide';
  }, [phone]);

  return (
    <div className="app">
      {planner && (phone ? <PhoneHeader /> : <Header />)}
      <main className="app__body">
        <div className="app__map">
          {mapStatus === 'unsupported' ? <MapUnavailable /> : <MapView />}
          {planner && (phone ? <LayersButton /> : <LayerPanel />)}
          <CatalogNotice />
          <DraftMode />
          <Notices />
          <Attribution />
        </div>
        {planner &&
          (phone ? (
            <BottomSheet head={<SheetHead />}>
              <SidePanel />
            </BottomSheet>
          ) : (
            <SidePanel />
          ))}
        {planner && phone && <LayerSheet />}
      </main>
      <PresentMode />
      <KioskMode />
      {/* Above the layout switch: a brief being prepared survives a window or a tablet turned. */}
      <TakeAwayHost />
    </div>
  );
}
