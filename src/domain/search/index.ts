/** Typo-tolerant English and Hindi search over features, places, minerals and companies. */
export type { SearchDoc, SearchField, SearchHit, SearchKind } from './types';
export { buildSearchIndex, searchIndex, type SearchIndex, type SearchOptions } from './search-index';
export {
  searchDocsFor,
  companyKey,
  type SearchDocsInput,
  type SearchFeatureInput,
  type SearchMineralInput,
  type SearchStateInput,
} from './docs';
export { groupHits, type SearchGroup, type SearchGroupKind } from './group';
export { normalizeText, tokenize, queryTerms, MAX_QUERY_CHARS, MAX_QUERY_TERMS } from './normalize';
