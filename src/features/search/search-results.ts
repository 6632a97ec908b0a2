import type { CatalogIndex } from '../../data/catalog-index';
import type { CodeNames } from '../../data/code-table';
import type { SearchEntry } from '../../data/search-index-schema';
import { messages, type Locale } from '../../i18n/messages';
import { lensMessages } from '../../i18n/messages-lens';
import { searchCodes, withCodeHits } from './code-search';
import { flatHits, searchCatalog, type SearchGroup, type SearchHit } from './search';

export interface SearchResults {
  groups: SearchGroup[];
  /** The groups' hits in list order, as the arrow keys go through them. */
  hits: SearchHit[];
  /** What the box says when there are none: no such code, not a code, or no match. */
  none: string;
}

/** The search box's answer to a query: the code's industries first, then names (zh, en, pinyin). */
export function searchResults(index: CatalogIndex, codeNames: CodeNames | undefined, query: string, pinyin: SearchEntry[] | undefined, locale: Locale): SearchResults {
  const codes = searchCodes(index, codeNames, query);
  const groups = withCodeHits(codes?.hits ?? [], searchCatalog(index.catalog, query, pinyin));
  const message = codes?.message;
  const none = message
    ? lensMessages[locale][message.key].replace(message.key === 'codeNone' ? '{code}' : '{text}', message.value)
    : messages[locale].searchNone;
  return { groups, hits: flatHits(groups), none };
}
