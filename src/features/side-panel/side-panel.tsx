import { useT } from '../../i18n/use-t';

export function SidePanel() {
  const t = useT();
  return (
    <aside className="side-panel" aria-label={t('emptyPanelTitle')}>
      <div className="empty-state">
        <h2>{t('emptyPanelTitle')}</h2>
        <p>{t('emptyPanelHint')}</p>
      </div>
    </aside>
  );
}
