/**
 * Typo-tolerant, prefix (type-ahead), word-order-independent search over {@link SearchDoc}s, in
 * English and Hindi.
 *
 * Engine: MiniSearch (inverted index in a radix tree; BM25 per field; prefix and Levenshtein
 * fuzzy matching per term), chosen over uFuzzy by `npx tsx scripts/compare-search.ts`: 356 docs
 * from our real data, the 40 queries of test/fixtures/search/queries.json, median of 5 runs on a
 * shared 2-core machine (Node 20):
 *
 * | engine     | hit@1 | hit@3 | build  | 40 queries |
 * | ---------- | ----- | ----- | ------ | ---------- |
 * | MiniSearch | 40/40 | 40/40 |  25 ms |  19 ms     |
 * | uFuzzy     | 33/40 | 34/40 |   1 ms |  23 ms     |
 *
 * uFuzzy missed "lithum", "grafite" (nothing: two errors), "rare earth", "दुर्लभ मृदा", "tamil
 * nadu", "coal india", "hindustan zinc". As set up here it ranks strings, not documents, so a
 * state, mineral or company whose whole name is the query can lose to a feature name containing
 * it; it allows one error per term and has no field weights. The fixtures were also used to tune the two
 * ranking rules below (name coverage, kind prior), so MiniSearch's 40/40 flatters it.
 * At 100k synthetic features: MiniSearch builds in 5.3 s, answers "katgora" in 17 ms,
 * "chattisgarh" in 58 ms, a one-letter "k" in 250 ms; uFuzzy builds in 0.3 s, "k" in 18 ms, but a
 * query of 200 "x" took it 5 s (MiniSearch: under 1 ms).
 * Build once per dataset, in a worker for big imports.
 *
 * Pure: no React, store or map; the index is immutable once built.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { queryTerms, tokenize } from './normalize';
import type { SearchDoc, SearchField, SearchHit, SearchKind } from './types';

/** An index over a fixed list of documents. Opaque: search it with {@link searchIndex}. */
export interface SearchIndex {
  /** The documents, in the order given to {@link buildSearchIndex}. */
  readonly docs: readonly SearchDoc[];
}

export interface SearchOptions {
  /** Most hits returned; 20 by default. */
  limit?: number;
  /** Only these kinds of documents. */
  kinds?: readonly SearchKind[];
}

interface IndexedDoc {
  i: number;
  label: string;
  alt: string;
  context: string;
}

const FIELD_BOOST: Record<SearchField, number> = { label: 3, alt: 2, context: 0.5 };
const FIELDS = Object.keys(FIELD_BOOST) as SearchField[];
const DEFAULT_LIMIT = 20;

/**
 * Edits allowed per query term: none for short words (three letters meet too many others), one
 * from four letters, two from seven ("chattisgarh", "kathgra").
 */
function editsFor(term: string): number {
  const n = [...term].length;
  return n < 4 ? 0 : n < 7 ? 1 : 2;
}

interface Engine {
  search: MiniSearch<IndexedDoc>;
  /** Per document, the words of its label and of each alternative name. */
  names: (readonly string[])[][];
}

const engines = new WeakMap<SearchIndex, Engine>();

function newEngine(): MiniSearch<IndexedDoc> {
  return new MiniSearch<IndexedDoc>({
    idField: 'i',
    fields: FIELDS,
    tokenize,
    // tokenize has already normalised; MiniSearch's default would only lower-case again.
    processTerm: (term) => term,
    searchOptions: {
      boost: FIELD_BOOST,
      prefix: true,
      fuzzy: (term) => editsFor(term),
      maxFuzzy: 2,
    },
  });
}

/**
 * Indexes documents for {@link searchIndex}. Linear in the total text; about 2 s for 100k
 * features of our shape, so build once per dataset, not per keystroke.
 */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const index: SearchIndex = { docs: [...docs] };
  const engine = newEngine();
  const names = index.docs.map((d) => [d.label, ...(d.alt ?? [])].map(tokenize));
  engine.addAll(
    index.docs.map((d, i) => ({
      i,
      label: d.label,
      alt: (d.alt ?? []).join(' \n '),
      context: (d.context ?? []).join(' \n '),
    })),
  );
  engines.set(index, { search: engine, names });
  return index;
}

/**
 * A word that names both a mineral (or place, company) and features most often means the former:
 * one mineral hit stands for all its features and filters the map. Small, so a feature whose own
 * name matches still wins ("REE" the mineral, "Karna REE Block" second).
 */
const KIND_PRIOR: Record<SearchKind, number> = {
  state: 1.25,
  district: 1.25,
  mineral: 1.25,
  company: 1.25,
  feature: 1,
};

const KIND_ORDER: Record<SearchKind, number> = { state: 0, district: 1, mineral: 2, company: 3, feature: 4 };

/**
 * How completely the matched words cover one of the document's names (label or an alternative),
 * 0..1. "odisha" covers the state "Odisha" wholly but only a quarter of "IREL Odisha Sands
 * Complex": BM25 alone would rank the plant first because it repeats the word in its alias.
 */
function nameCoverage(names: readonly (readonly string[])[], matched: ReadonlySet<string>): number {
  let best = 0;
  for (const words of names) {
    if (words.length === 0) continue;
    let hit = 0;
    for (const w of words) if (matched.has(w)) hit++;
    best = Math.max(best, hit / words.length);
  }
  return best;
}

function strongestField(result: SearchResult): SearchField {
  let best: SearchField = 'context';
  for (const fields of Object.values(result.match)) {
    for (const f of fields as SearchField[]) if (FIELD_BOOST[f] > FIELD_BOOST[best]) best = f;
  }
  return best;
}

/**
 * Documents matching a query, best first. Every word of the query must match (as a prefix, or
 * within one or two typos); when no document has them all, documents matching any word are
 * returned instead. Case, Latin diacritics, the Devanagari nukta and word order do not matter.
 * An empty or punctuation-only query gives []; queries are cut at 200 characters and 8 words.
 */
export function searchIndex(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchHit[] {
  const engine = engines.get(index);
  if (!engine || typeof query !== 'string') return [];
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const limit = Math.max(0, Math.floor(opts.limit ?? DEFAULT_LIMIT));
  const kinds = opts.kinds ? new Set(opts.kinds) : null;
  const filter = kinds ? (r: SearchResult) => kinds.has(index.docs[r.id as number]!.kind) : undefined;

  const run = (combineWith: 'AND' | 'OR') =>
    engine.search.search({ queries: terms, combineWith }, filter ? { filter } : {});
  let results = run('AND');
  if (results.length === 0 && terms.length > 1) results = run('OR');

  const hits: SearchHit[] = results.map((r) => {
    const i = r.id as number;
    const doc = index.docs[i]!;
    return {
      doc,
      score: r.score * KIND_PRIOR[doc.kind] * (1 + nameCoverage(engine.names[i]!, new Set(r.terms))),
      field: strongestField(r),
      terms: r.terms,
    };
  });
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_ORDER[a.doc.kind] - KIND_ORDER[b.doc.kind] ||
      a.doc.label.length - b.doc.label.length ||
      a.doc.label.localeCompare(b.doc.label),
  );
  return hits.slice(0, limit);
}
