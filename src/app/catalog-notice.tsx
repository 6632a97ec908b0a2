import { useT } from '../i18n/use-t';
import { useAppStore } from '../state/store';

/** Names the broken data file and its first problems; the base map keeps working underneath. */
export function CatalogNotice() {
  const t = useT();
  const catalog = useAppStore((s) => s.catalog);
  if (catalog.status !== 'error') return null;
  return (
    <div className="notice notice--error" role="alert" data-testid="catalog-error">
      <strong>{t('catalogErrorTitle')}</strong>
      <p>{t('catalogErrorBody')}</p>
      <code>{catalog.file}</code>
      <ul>
        {catalog.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
