import { Suspense, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';
import { panelTabs, type PanelTab } from './panel-tabs';
import { useScrollToTop } from './use-scroll-to-top';

/** Tabs on the right (or below, on portrait screens): zone card, industry lens, matrix, compare, index. */
export function SidePanel({ tabs = panelTabs }: { tabs?: PanelTab[] }) {
  const t = useT();
  const panel = useAppStore((s) => s.panel);
  const panelOpened = useAppStore((s) => s.panelOpened);
  const selectedZoneId = useAppStore((s) => s.selectedZoneId);
  const active = tabs.find((tab) => tab.id === panel) ?? tabs[0]!;
  const bodyRef = useRef<HTMLDivElement>(null);
  // A panel opens at its top, heading in view: the body would otherwise keep the previous panel's scroll
  // (e.g. down where the "add to comparison" button was).
  useScrollToTop(bodyRef, '.side-panel', `${active.id} ${selectedZoneId ?? ''}`);
  return (
    <aside className={active.wide ? 'side-panel side-panel--wide' : 'side-panel'} data-map-overlay>
      {/* A wide tab's sheet lies over the map while the aside keeps its place, so the map never changes size. */}
      <div className={active.wide ? 'side-panel__sheet side-panel__sheet--wide' : 'side-panel__sheet'}>
        {tabs.length > 1 && (
          <div className="tabs" role="tablist">
            {tabs.map((tab) => (
              <button
                key={tab.id}
                type="button"
                role="tab"
                id={`tab-${tab.id}`}
                aria-selected={tab.id === active.id}
                aria-controls="side-panel-body"
                className="tabs__tab"
                onClick={() => panelOpened(tab.id)}
              >
                {t(tab.label)}
              </button>
            ))}
          </div>
        )}
        <div ref={bodyRef} className="side-panel__body" id="side-panel-body" role="tabpanel" aria-labelledby={`tab-${active.id}`}>
          {/* A tab whose code is still arriving shows nothing for that moment rather than the previous tab. */}
          <Suspense fallback={null}>{active.render()}</Suspense>
        </div>
      </div>
    </aside>
  );
}
