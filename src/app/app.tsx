import { useEffect } from 'react';
import { assetUrl } from '../config/env';
import { CatalogLoadError, loadCatalog } from '../data/load-catalog';
import { LayerPanel } from '../features/legend/layer-panel';
import { PresentMode } from '../features/present/present-mode';
import { SidePanel } from '../features/side-panel/side-panel';
import { MapView } from '../map/map-view';
import { useAppStore } from '../state/store';
import { Attribution } from './attribution';
import { CatalogNotice } from './catalog-notice';
import { Header } from './header';
import { KioskMode } from './kiosk-mode';
import { MapUnavailable } from './map-unavailable';
import { Notices } from './notices';

export function App() {
  const mapStatus = useAppStore((s) => s.mapStatus);
  const locale = useAppStore((s) => s.locale);

  useEffect(() => {
    const { catalogLoaded, catalogFailed } = useAppStore.getState();
    loadCatalog(assetUrl('data/catalog.json')).then(catalogLoaded, (error: unknown) =>
      error instanceof CatalogLoadError
        ? catalogFailed(error.file, error.problems)
        : catalogFailed('data/catalog.json', [String(error)]),
    );
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') useAppStore.getState().selectionCleared();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);

  return (
    <div className="app">
      <Header />
      <main className="app__body">
        <div className="app__map">
          {mapStatus === 'unsupported' ? <MapUnavailable /> : <MapView />}
          <LayerPanel />
          <CatalogNotice />
          <Notices />
          <Attribution />
        </div>
        <SidePanel />
      </main>
      <PresentMode />
      <KioskMode />
    </div>
  );
}
