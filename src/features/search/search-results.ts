import type { CatalogIndex } from '../../data/catalog-index';
import type { CodeNames } from '../../data/code-table';
import { messages, type Locale } from '../../i18n/messages';
import { lensMessages } from '../../i18n/messages-lens';
import { searchCodes, withCodeHits } from './code-search';
import { flatHits, searchTable, type SearchGroup, type SearchHit } from './search';
import type { SearchSource } from './use-search-source';

export interface SearchResults {
  groups: SearchGroup[];
  /** The groups' hits in list order, as the arrow keys go through them. */
  hits: SearchHit[];
  /** What the box says when there are none: no such code, not a code, or no match. */
  none: string;
}

/**
 * The search box's answer to a query: the code's industries first, then names (zh, en, pinyin) from the search's
 * table, which `source` holds once the links are in.
 */
export function searchResults(index: CatalogIndex, source: SearchSource | undefined, codeNames: CodeNames | undefined, query: string, locale: Locale): SearchResults {
  const codes = searchCodes(index, codeNames, query);
  const groups =
    source && query.trim() !== '' ? withCodeHits(codes?.hits ?? [], searchTable(source.table(), query, 12, source.draftZones)) : [];
  const message = codes?.message;
  const none = message
    ? lensMessages[locale][message.key].replace(message.key === 'codeNone' ? '{code}' : '{text}', message.value)
    : messages[locale].searchNone;
  return { groups, hits: flatHits(groups), none };
}
