import type { Ref } from '../../data/catalog-schema';
import { sectionOf } from '../../data/section-of';
import { useLoadedCatalogIndex } from '../../state/use-catalog';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../state/store';

/** Where each fact is written: document, section, line range, the quoted words; inferred facts say so and why. */
export function SourceList({ refs }: { refs: Ref[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const index = useLoadedCatalogIndex();
  return (
    <ul className="sources">
      {refs.map((ref, i) => {
        const source = index?.catalog.sources.find((s) => s.id === ref.source);
        const section = sectionOf(source?.sections, ref.lines[0]);
        return (
          <li key={i} className={ref.basis === 'inferred' ? 'source source--inferred' : 'source'}>
            <span className="source__doc">{source ? localize(source.title, locale) : ref.source}</span>{' '}
            {/* Headings and quotations stay in the words of the document. */}
            {section && (
              <span className="source__section" lang="zh">
                {section.title}
              </span>
            )}{' '}
            <span className="source__lines">
              {t('lines')} {ref.lines[0]}–{ref.lines[1]}
            </span>
            {ref.quote && (
              <q className="source__quote" lang="zh">
                {ref.quote}
              </q>
            )}
            {ref.basis === 'inferred' && <span className="badge badge--inferred">{t('inferred')}</span>}
            {ref.note && <span className="source__note">{localize(ref.note, locale)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
