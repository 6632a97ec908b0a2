import type { Ref } from '../../data/catalog-schema';
import { linesBySource } from '../../data/lines-by-source';
import { useCatalogIndex } from '../../state/use-catalog';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';

/**
 * Where the slide's facts are written, in one small line per document: on a slide the audience needs the
 * document and lines, not every quoted phrase (the explore card's SourceList shows those).
 */
export function PresentSources({ refs }: { refs: Ref[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const index = useCatalogIndex();
  const bySource = linesBySource(refs);
  return (
    <ul className="present-sources" aria-label={t('sources')}>
      {[...bySource].map(([id, lines]) => {
        const source = index?.catalog.sources.find((s) => s.id === id);
        return (
          <li key={id}>
            <span className="present-sources__doc">{source ? localize(source.title, locale) : id}</span>
            {' · '}
            {t('lines')} {lines.join(', ')}
          </li>
        );
      })}
    </ul>
  );
}
