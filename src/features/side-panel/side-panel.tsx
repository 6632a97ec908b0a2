import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import { panelTabs, type PanelTab } from './panel-tabs';

/** Tabs on the right (or below, on portrait screens): zone card, industry lens, matrix, compare, index. */
export function SidePanel({ tabs = panelTabs }: { tabs?: PanelTab[] }) {
  const t = useT();
  const panel = useAppStore((s) => s.panel);
  const panelOpened = useAppStore((s) => s.panelOpened);
  const active = tabs.find((tab) => tab.id === panel) ?? tabs[0]!;
  return (
    <aside className="side-panel">
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
      <div className="side-panel__body" id="side-panel-body" role="tabpanel" aria-labelledby={`tab-${active.id}`}>
        {active.render()}
      </div>
    </aside>
  );
}
