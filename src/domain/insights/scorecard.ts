/**
 * A state's scorecard: everything the data holds in one state, counted from the features
 * themselves (never from a stored total), so each number can be checked against a direct count.
 * Pure: features in, plain values out.
 */
import type { AtlasFeature, BlockProps, CoalClosureProps, LayerId, Precision } from '../../data/schema';
import { LAYER_IDS, PRECISIONS } from '../model/enums';
import { categoryOf } from '../symbology';
import { standingAward } from '../auction';
import { nearestHubs, type NearHub } from './hubs';

export interface LayerTally {
  readonly layer: LayerId;
  readonly count: number;
  /** Category (the legend's: status, stage, kind…) → count, in first-seen order. */
  readonly byCategory: ReadonlyMap<string, number>;
}

export interface AwardedBlock {
  readonly feature: AtlasFeature<BlockProps>;
  readonly bidder: string | null;
  readonly premiumPct: number | null;
  readonly tranche: string | null;
  readonly date: string;
}

export interface PremiumSummary {
  /** Awards that carry a premium. */
  readonly count: number;
  readonly minPct: number;
  readonly medianPct: number;
  readonly maxPct: number;
}

export interface ClosureEntry {
  readonly feature: AtlasFeature<CoalClosureProps>;
  readonly status: CoalClosureProps['closureStatus'];
  readonly year: number | null;
}

export interface Scorecard {
  readonly total: number;
  readonly layers: readonly LayerTally[];
  /** How many features are placed at each precision. */
  readonly precision: Readonly<Record<Precision, number>>;
  /** Features known only to the state: their points are the state's centre. */
  readonly stateOnly: number;
  readonly blocks: {
    readonly count: number;
    /** Blocks by current status (last event), in the order of the symbology. */
    readonly byStatus: ReadonlyMap<string, number>;
    /** Blocks whose award stands (no later annulment), by date. */
    readonly awarded: readonly AwardedBlock[];
    readonly premium: PremiumSummary | null;
    /** How many of the state's blocks each tranche offered or re-offered. */
    readonly byTranche: ReadonlyMap<string, number>;
  };
  /** Mineral id → how many of the state's features name it, most first. */
  readonly minerals: readonly (readonly [string, number])[];
  /** The state's coal closures, by year (unknown years last). */
  readonly closures: readonly ClosureEntry[];
  /** The processing hubs nearest to the state's centre point (any state), with distance ranges. */
  readonly nearestHubs: readonly NearHub[];
}

const isBlock = (f: AtlasFeature): f is AtlasFeature<BlockProps> => f.properties.layer === 'blocks';
const isClosure = (f: AtlasFeature): f is AtlasFeature<CoalClosureProps> =>
  f.properties.layer === 'coal-closures';

function median(sorted: readonly number[]): number {
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}

/** Min, median and max of the premiums, or null when no award carries one. */
export function premiumSummary(premiums: readonly number[]): PremiumSummary | null {
  if (premiums.length === 0) return null;
  const s = [...premiums].sort((a, b) => a - b);
  return { count: s.length, minPct: s[0]!, medianPct: median(s), maxPct: s[s.length - 1]! };
}

function bump<K>(m: Map<K, number>, k: K): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/**
 * The scorecard of a state from its features (all layers, already limited to the state) and the
 * processing hubs to measure from its centre point `[lon, lat]`.
 */
export function buildScorecard(
  features: readonly AtlasFeature[],
  centre: readonly [number, number] | null,
  hubs: readonly AtlasFeature[],
  nearestCount = 3,
): Scorecard {
  const layers = LAYER_IDS.map((layer) => {
    const of = features.filter((f) => f.properties.layer === layer);
    const byCategory = new Map<string, number>();
    for (const f of of) bump(byCategory, categoryOf(f.properties));
    return { layer, count: of.length, byCategory };
  }).filter((l) => l.count > 0);

  const precision = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<Precision, number>;
  for (const f of features) precision[f.properties.precision] += 1;

  const blocks = features.filter(isBlock);
  const byStatus = new Map<string, number>();
  const byTranche = new Map<string, number>();
  const awarded: AwardedBlock[] = [];
  for (const b of blocks) {
    bump(byStatus, b.properties.status);
    const tranches = new Set(
      b.properties.events
        .filter((e) => (e.type === 'offered' || e.type === 're-offered') && e.tranche)
        .map((e) => e.tranche!),
    );
    for (const tr of tranches) bump(byTranche, tr);
    const a = standingAward(b.properties.events);
    if (a)
      awarded.push({
        feature: b,
        bidder: a.bidder ?? null,
        premiumPct: a.premiumPct ?? null,
        tranche: a.tranche ?? null,
        date: a.date,
      });
  }
  awarded.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));

  const minerals = new Map<string, number>();
  for (const f of features) for (const m of new Set(f.properties.minerals)) bump(minerals, m);

  const closures = features.filter(isClosure).map((f) => ({
    feature: f,
    status: f.properties.closureStatus,
    year: f.properties.closureYear,
  }));
  closures.sort(
    (a, b) =>
      (a.year ?? Infinity) - (b.year ?? Infinity) ||
      a.feature.properties.name.localeCompare(b.feature.properties.name),
  );

  return {
    total: features.length,
    layers,
    precision,
    stateOnly: precision.state,
    blocks: {
      count: blocks.length,
      byStatus,
      awarded,
      premium: premiumSummary(awarded.flatMap((a) => (a.premiumPct === null ? [] : [a.premiumPct]))),
      byTranche,
    },
    minerals: [...minerals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    closures,
    nearestHubs: centre
      ? nearestHubs({ lon: centre[0], lat: centre[1], radiusKm: 0 }, hubs, nearestCount)
      : [],
  };
}

/** Every distinct source of some features (by URL), newest first: what a printed page cites. */
export function distinctSources(features: readonly AtlasFeature[]) {
  const seen = new Map<string, AtlasFeature['properties']['sources'][number]>();
  for (const f of features) for (const s of f.properties.sources) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
