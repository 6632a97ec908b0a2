import type { Ref } from '../../data/catalog-schema';
import { useLoadedCatalogIndex } from '../../state/use-catalog';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';
import './inline-citation.css';

/**
 * A fact's citation on one line: lines and the quoted words, and the document's title when it is not the
 * plan's own (a 002 task cited in the city plan, say). Inferred facts say so and why.
 */
export function InlineCitation({ citation, planSource }: { citation?: Ref; planSource?: string }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const index = useLoadedCatalogIndex();
  if (!citation) return null;
  const source = citation.source !== planSource ? index?.catalog.sources.find((s) => s.id === citation.source) : undefined;
  return (
    <span className="inline-cite">
      {source && <span className="inline-cite__doc">{localize(source.title, locale)} </span>}
      <span className="inline-cite__lines">
        {t('lines')} {citation.lines[0]}–{citation.lines[1]}
      </span>
      {citation.quote && (
        <q className="inline-cite__quote" lang="zh-CN">
          {citation.quote}
        </q>
      )}
      {citation.basis === 'inferred' && (
        <span className="badge badge--inferred" title={citation.note && localize(citation.note, locale)}>
          {t('inferred')}
        </span>
      )}
    </span>
  );
}
