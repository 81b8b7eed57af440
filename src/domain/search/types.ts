/** What the search finds, independent of any dataset's schema. */

export type SearchKind = 'feature' | 'state' | 'district' | 'mineral' | 'company';

/** One searchable thing: a feature of any dataset (curated or imported), a place, a mineral, a company. */
export interface SearchDoc {
  kind: SearchKind;
  /** Unique within its kind: a feature slug, a state code, `${stateCode}:${district}`, a mineral id. */
  id: string;
  /** The name shown and searched with the highest weight. */
  label: string;
  /** Other names: aliases, Hindi names, villages. */
  alt?: string[];
  /** Extra text searched with lower weight: district, state, minerals, companies. */
  context?: string[];
  /** The dataset id for features, so results can be grouped by dataset. */
  group?: string;
  /** Anything the caller wants back with the hit (never searched). */
  payload?: unknown;
}

/** Which part of a document the query met; the strongest when several did. */
export type SearchField = 'label' | 'alt' | 'context';

export interface SearchHit {
  doc: SearchDoc;
  /** Relevance, higher is better; comparable only within one result list. */
  score: number;
  field: SearchField;
  /** The indexed (normalised) words the query terms met, for highlighting. */
  terms: string[];
}
