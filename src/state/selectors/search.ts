/**
 * The search index over the registry's datasets, built once per dataset list. Datasets larger
 * than BIG_DATASET rows are not put in the typo-tolerant index (it would block the page for
 * seconds at 100k rows); their names are matched by a plain folded prefix scan instead.
 */
import type { Dataset } from '../../data/datasets';
import {
  buildSearchIndex,
  searchDocsFor,
  searchIndex,
  type SearchHit,
  type SearchIndex,
} from '../../domain/search';
import type { SearchFeatureInput } from '../../domain/search/docs';
import { fold, valuesOf } from '../../domain/model/fields';
import { MINERALS } from '../../domain/minerals';
import { STATES } from '../../domain/states';

export const BIG_DATASET = 20_000;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function inputsOf(ds: Dataset): SearchFeatureInput[] {
  return ds.rows.map((r, i) => {
    const p: Record<string, unknown> = ds.features[i]?.properties ?? {};
    return {
      id: r.id,
      name: str(r.values.name) ?? r.id,
      aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : [],
      locality: str(p.locality),
      district: str(r.values.district),
      stateCode: str(r.values.state),
      minerals: valuesOf(r.values.minerals),
      companies: valuesOf(r.values.company),
      group: ds.id,
    };
  });
}

interface Searchable {
  index: SearchIndex;
  big: readonly Dataset[];
}

const cache = new WeakMap<readonly Dataset[], Searchable>();

function searchableOf(datasets: readonly Dataset[]): Searchable {
  let s = cache.get(datasets);
  if (!s) {
    const small = datasets.filter((d) => d.rows.length <= BIG_DATASET);
    const docs = searchDocsFor({
      features: small.flatMap(inputsOf),
      states: STATES.map((st) => ({ code: st.code, name: st.name, nameHi: st.nameHi })),
      minerals: MINERALS.map((m) => ({ id: m.id, label: m.label, labelHi: m.labelHi })),
    });
    s = { index: buildSearchIndex(docs), big: datasets.filter((d) => d.rows.length > BIG_DATASET) };
    cache.set(datasets, s);
  }
  return s;
}

/** Hits for a query over every dataset, best first. */
export function searchDatasets(datasets: readonly Dataset[], query: string, limit = 40): SearchHit[] {
  const s = searchableOf(datasets);
  const hits = searchIndex(s.index, query, { limit });
  const q = fold(query.slice(0, 200));
  if (q.length >= 2) {
    for (const ds of s.big) {
      let n = 0;
      for (const r of ds.rows) {
        const name = typeof r.values.name === 'string' ? r.values.name : '';
        if (fold(name).startsWith(q)) {
          hits.push({
            doc: { kind: 'feature', id: r.id, label: name, group: ds.id },
            score: 0,
            field: 'label',
            terms: [q],
          });
          if (++n >= 5) break;
        }
      }
    }
  }
  return hits;
}
