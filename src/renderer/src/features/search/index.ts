// Search feature entry points used by the app shell (issue 4).
export { SearchBox } from './SearchBox';
export { SearchResults } from './SearchResults';
export { HitNavigator } from './HitNavigator';
export { useSearchActive, useSearchDecorations, useSearchTitleDecorations } from './use-search-decorations';
export { SEARCH_SYNTAX } from './search-syntax';
