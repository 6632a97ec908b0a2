/**
 * What the search box fetches when it is first used (or when the first view is idle): the search over names,
 * pinyin and codes, and the list it draws. The box itself, in the header from the start, is not in here.
 */
export { searchResults } from './search-results';
export { SearchGroups } from './search-groups';
export { hitName } from './search-option';
