/**
 * Value-chain presets: questions asked often enough to be one click. Each respects the active
 * filter (compilePredicate over each dataset), reads true coordinates, and answers with
 * distance ranges and inside/possibly classes that account for both features' uncertainty.
 */
import { valueOn, valuesOf, type DatasetView } from '../model/fields';
import { asOfDayOf } from '../insights/timeline';
import type { FilterSpec } from '../filter/spec';
import { nearestK } from './nearest';
import { filterMask, pointSetFromRows } from './point-set';
import { uncertaintyRadiusKm } from './precision-disc';
import { withinRadius } from './within-radius';
import { membershipName, type Membership } from './types';

export const PRESET_IDS = [
  'hub-for-awarded-blocks',
  'coal-near-ree-graphite',
  'blocks-near-centres',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** Block statuses that count as awarded. */
export const AWARDED_STATUSES: readonly string[] = ['awarded', 'licence-executed'];
/** Minerals of the blocks a closing coal mine is compared with. */
export const REE_GRAPHITE: readonly string[] = ['ree', 'graphite'];

/** One answer: a feature of the first dataset, one of the second, and how far apart. */
export interface PresetPair {
  readonly fromDataset: string;
  readonly fromIndex: number;
  readonly fromId: string;
  readonly toDataset: string;
  readonly toIndex: number;
  readonly toId: string;
  readonly minKm: number;
  readonly maxKm: number;
  /** For radius presets; null for nearest (every row has a nearest). */
  readonly membership: Membership | null;
}

export interface PresetResult {
  readonly preset: PresetId;
  readonly pairs: readonly PresetPair[];
  /** A dataset the preset needs is not loaded. */
  readonly missing: readonly string[];
}

const find = (ds: readonly DatasetView[], id: string) => ds.find((d) => d.id === id);

function andMask(mask: Uint8Array, ds: DatasetView, test: (i: number) => boolean): Uint8Array {
  const out = new Uint8Array(mask.length);
  for (let i = 0; i < mask.length; i++) out[i] = mask[i] && test(i) ? 1 : 0;
  return out;
}

/** What one origin's search returns: positions in `to`, their distance ranges, and classes when a radius search. */
type Found = { positions: Uint32Array; rangesKm: Float32Array; classes?: Uint8Array };

/** Pairs of each selected `from` row with the `to` rows `search` finds around it (its true position and disc). */
function pairsAround(
  from: DatasetView,
  fromMask: Uint8Array,
  to: DatasetView,
  search: (origin: { lon: number; lat: number; radiusKm: number }, i: number) => Found,
): PresetPair[] {
  const pairs: PresetPair[] = [];
  from.rows.forEach((r, i) => {
    if (!fromMask[i]) return;
    const res = search({ lon: r.lon, lat: r.lat, radiusKm: uncertaintyRadiusKm(r.values.precision) }, i);
    res.positions.forEach((p, j) =>
      pairs.push({
        fromDataset: from.id,
        fromIndex: i,
        fromId: r.id,
        toDataset: to.id,
        toIndex: p,
        toId: to.rows[p]!.id,
        minKm: res.rangesKm[2 * j]!,
        maxKm: res.rangesKm[2 * j + 1]!,
        membership: res.classes ? membershipName(res.classes[j]!) : null,
      }),
    );
  });
  return pairs;
}

/** For each selected `from` row, the nearest `k` filtered `to` rows. */
function nearestPairs(
  from: DatasetView,
  fromMask: Uint8Array,
  to: DatasetView,
  toMask: Uint8Array,
  k: number,
) {
  const points = pointSetFromRows(to.rows);
  return pairsAround(from, fromMask, to, (origin, i) =>
    nearestK(points, origin, k, { allowed: toMask, exclude: from.id === to.id ? i : undefined }),
  );
}

/** Every pair of a selected `from` row and a filtered `to` row within `radiusKm`. */
function radiusPairs(
  from: DatasetView,
  fromMask: Uint8Array,
  to: DatasetView,
  toMask: Uint8Array,
  radiusKm: number,
) {
  const points = pointSetFromRows(to.rows);
  return pairsAround(from, fromMask, to, (origin) =>
    withinRadius(points, origin, radiusKm, { allowed: toMask }),
  );
}

/** The nearest processing hub(s) for every awarded (or licence-executed) block. */
export function nearestHubForAwardedBlocks(
  datasets: readonly DatasetView[],
  spec: FilterSpec,
  k = 1,
): PresetResult {
  const blocks = find(datasets, 'blocks'),
    hubs = find(datasets, 'processing');
  const missing = [!blocks && 'blocks', !hubs && 'processing'].filter((x): x is string => !!x);
  if (!blocks || !hubs) return { preset: 'hub-for-awarded-blocks', pairs: [], missing };
  // Awarded on the time slider's day while it is on.
  const day = asOfDayOf(spec);
  const bm = andMask(filterMask(blocks, spec), blocks, (i) =>
    AWARDED_STATUSES.includes(String(valueOn(blocks.rows[i]!, 'status', day))),
  );
  return {
    preset: 'hub-for-awarded-blocks',
    pairs: nearestPairs(blocks, bm, hubs, filterMask(hubs, spec), k),
    missing,
  };
}

/** Closing coal mines within `radiusKm` of a rare-earth or graphite block. */
export function closingCoalNearReeOrGraphite(
  datasets: readonly DatasetView[],
  spec: FilterSpec,
  radiusKm: number,
): PresetResult {
  const coal = find(datasets, 'coal-closures'),
    blocks = find(datasets, 'blocks');
  const missing = [!coal && 'coal-closures', !blocks && 'blocks'].filter((x): x is string => !!x);
  if (!coal || !blocks) return { preset: 'coal-near-ree-graphite', pairs: [], missing };
  const bm = andMask(filterMask(blocks, spec), blocks, (i) =>
    valuesOf(blocks.rows[i]!.values.minerals).some((m) => REE_GRAPHITE.includes(m)),
  );
  return {
    preset: 'coal-near-ree-graphite',
    pairs: radiusPairs(coal, filterMask(coal, spec), blocks, bm, radiusKm),
    missing,
  };
}

/** Blocks within `radiusKm` of a Centre of Excellence. */
export function blocksNearCentres(
  datasets: readonly DatasetView[],
  spec: FilterSpec,
  radiusKm: number,
): PresetResult {
  const blocks = find(datasets, 'blocks'),
    centres = find(datasets, 'centres');
  const missing = [!blocks && 'blocks', !centres && 'centres'].filter((x): x is string => !!x);
  if (!blocks || !centres) return { preset: 'blocks-near-centres', pairs: [], missing };
  return {
    preset: 'blocks-near-centres',
    pairs: radiusPairs(blocks, filterMask(blocks, spec), centres, filterMask(centres, spec), radiusKm),
    missing,
  };
}
