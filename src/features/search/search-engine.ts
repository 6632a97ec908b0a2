/**
 * What the search box fetches once the first view is drawn and the browser is idle, or at its first use: the
 * search's table and how it is built, the search over names, pinyin and codes, and the list it draws. The box
 * itself, in the header from the start, is not in here.
 */
export { searchResults } from './search-results';
export { SearchGroups } from './search-groups';
export { hitName } from './search-option';
export { draftZoneCandidates } from './search-table';
export { prepareSearchTable, searchTableNow } from './search-table-build';
export { workOutFamilyCounts } from './family-counts';
