import { useState } from 'react';
import type { Ref } from '../../data/catalog-schema';
import { linesBySource } from '../../data/lines-by-source';
import { useCatalogIndex } from '../../state/use-catalog';
import { localize } from '../../i18n/localize';
import { useT } from '../../i18n/use-t';
import { kioskMessages } from '../../i18n/messages-kiosk';
import { useAppStore } from '../../state/store';

/**
 * Where the card's facts are written, one tap away: the document and its lines for whoever asks, out of the
 * passer-by's way until then.
 */
export function VisitorSources({ refs }: { refs: Ref[] }) {
  const t = useT(kioskMessages);
  const index = useCatalogIndex();
  const locale = useAppStore((s) => s.locale);
  const [open, setOpen] = useState(false);
  return (
    <footer className="visitor-sources">
      <button type="button" className="visitor-sources__toggle" aria-expanded={open} aria-controls="visitor-sources-list" onClick={() => setOpen(!open)}>
        {t(open ? 'kioskSourcesHide' : 'kioskSourcesShow')}
      </button>
      {open && (
        <ul id="visitor-sources-list" className="visitor-sources__list" data-testid="visitor-sources">
          {[...linesBySource(refs)].map(([id, lines]) => {
            const source = index?.catalog.sources.find((s) => s.id === id);
            return (
              <li key={id}>
                {source ? localize(source.title, locale) : id} · {t('lines')} {lines.join(', ')}
              </li>
            );
          })}
        </ul>
      )}
    </footer>
  );
}
