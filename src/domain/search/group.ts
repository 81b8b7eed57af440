/** Groups search hits for a result list: features by dataset, then places, minerals, companies. */
import type { SearchHit } from './types';

export type SearchGroupKind = 'feature' | 'place' | 'mineral' | 'company';

export interface SearchGroup {
  kind: SearchGroupKind;
  /** The dataset id, for feature groups. */
  group?: string;
  /** The best hits of the group, best first, at most `perGroup`. */
  hits: SearchHit[];
  /** How many hits the group had before capping, for "and 12 more". */
  total: number;
}

const GROUP_ORDER: Record<SearchGroupKind, number> = { feature: 0, place: 1, mineral: 2, company: 3 };

function groupKindOf(hit: SearchHit): SearchGroupKind {
  const k = hit.doc.kind;
  return k === 'state' || k === 'district' ? 'place' : k;
}

/**
 * Groups hits (as {@link searchIndex} ranks them) in the order features, places (states and
 * districts together), minerals, companies. Feature groups are one per dataset, ordered by their
 * best hit; within a group hits keep their rank. Each group keeps at most `perGroup` hits (5).
 */
export function groupHits(hits: readonly SearchHit[], opts: { perGroup?: number } = {}): SearchGroup[] {
  const perGroup = Math.max(0, Math.floor(opts.perGroup ?? 5));
  const groups = new Map<string, SearchGroup & { first: number }>();
  hits.forEach((hit, i) => {
    const kind = groupKindOf(hit);
    const group = kind === 'feature' ? (hit.doc.group ?? '') : undefined;
    const key = `${kind}\u0000${group ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { kind, hits: [], total: 0, first: i, ...(group ? { group } : {}) };
      groups.set(key, g);
    }
    g.total++;
    if (g.hits.length < perGroup) g.hits.push(hit);
  });
  return [...groups.values()]
    .sort((a, b) => GROUP_ORDER[a.kind] - GROUP_ORDER[b.kind] || a.first - b.first)
    .map(({ first: _first, ...g }) => g);
}
