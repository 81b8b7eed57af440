/**
 * The choropleth's numbers: one value per state (or approximate district area) for a chosen
 * measure over the rows that pass the filter, and the classes the map and its legend share.
 * Pure: rows and areas in, plain values out.
 */
import { valueOn, type Row } from '../model/fields';

export const CHOROPLETH_MEASURES = [
  'blocks',
  'blockDensity',
  'blockArea',
  'exploration',
  'closures',
  'processing',
] as const;
export type ChoroplethMeasure = (typeof CHOROPLETH_MEASURES)[number];

export type ChoroplethLevel = 'state' | 'district';

/** The dataset each measure reads. */
export const MEASURE_DATASET: Record<ChoroplethMeasure, string> = {
  blocks: 'blocks',
  blockDensity: 'blocks',
  blockArea: 'blocks',
  exploration: 'exploration',
  closures: 'coal-closures',
  processing: 'processing',
};

/** Whether a measure reads blocks (and so can be narrowed to one auction status). */
export const isBlockMeasure = (m: ChoroplethMeasure) => MEASURE_DATASET[m] === 'blocks';

export interface AreaValue {
  /** The measure's value: a count, blocks per 10,000 km², or hectares. */
  readonly value: number;
  /** Features counted in it. */
  readonly count: number;
  /** Of those, features placed at the state's centre (their place within the state is unknown). */
  readonly atStateCentre: number;
  /** Of those, features whose area is unknown (the block-area measure leaves them out of the sum). */
  readonly unknownArea: number;
}

export interface Choropleth {
  readonly measure: ChoroplethMeasure;
  readonly level: ChoroplethLevel;
  /** By area key (`IN-OD`, or `IN-CG:Korba` for a district); areas with nothing are absent. */
  readonly values: ReadonlyMap<string, AreaValue>;
  /** Features counted in the map's areas. */
  readonly counted: number;
  /** Of those, features placed at a state centre. */
  readonly atStateCentre: number;
  /** Features that pass the filter but name no area of this level (at district level: known only to their state). */
  readonly uncounted: number;
  /** Features whose area has no outline (or, for the density measure, no known size). */
  readonly noOutline: number;
  /** Features whose area is unknown (block-area measure only). */
  readonly unknownArea: number;
}

export interface ChoroplethInput {
  readonly measure: ChoroplethMeasure;
  readonly level: ChoroplethLevel;
  /** The rows of the measure's dataset that pass the filter (and the question, when one is active). */
  readonly rows: readonly Row[];
  /** Only blocks of this auction status (block measures); null for every status. */
  readonly status?: string | null;
  /** The time slider's day, if on: the status is then a block's status on that day. */
  readonly day?: number | null;
  /** An area's size in km², or null when it is unknown (needed for the density measure). */
  readonly areaKm2: (key: string) => number | null;
  /** The keys of the areas drawn at this level (rows in any other area are uncounted). */
  readonly keys: ReadonlySet<string>;
}

/** The area a row belongs to at a level, or null (no district known, or no state). */
export function areaKeyOf(row: Row, level: ChoroplethLevel): string | null {
  const state = row.values.state;
  if (typeof state !== 'string' || state === '') return null;
  if (level === 'state') return state;
  const district = row.values.district;
  return typeof district === 'string' && district !== '' ? `${state}:${district}` : null;
}

/** Blocks per this many km² in the density measure. */
export const DENSITY_PER_KM2 = 10_000;

/** One value per area for the measure over the given rows (see `ChoroplethInput`). */
export function aggregateChoropleth(input: ChoroplethInput): Choropleth {
  const { measure, level, rows, keys } = input;
  const status = isBlockMeasure(measure) ? (input.status ?? null) : null;
  const acc = new Map<string, { count: number; atStateCentre: number; ha: number; unknownArea: number }>();
  let uncounted = 0;
  let noOutline = 0;
  for (const row of rows) {
    if (status !== null && valueOn(row, 'status', input.day ?? null) !== status) continue;
    const key = areaKeyOf(row, level);
    if (key === null) {
      uncounted++;
      continue;
    }
    if (!keys.has(key)) {
      noOutline++;
      continue;
    }
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { count: 0, atStateCentre: 0, ha: 0, unknownArea: 0 }));
    a.count++;
    if (row.values.precision === 'state') a.atStateCentre++;
    const ha = row.values.areaHa;
    if (typeof ha === 'number' && Number.isFinite(ha)) a.ha += ha;
    else a.unknownArea++;
  }
  const values = new Map<string, AreaValue>();
  let counted = 0;
  let atStateCentre = 0;
  let unknownArea = 0;
  for (const [key, a] of acc) {
    counted += a.count;
    atStateCentre += a.atStateCentre;
    let value: number;
    if (measure === 'blockDensity') {
      const km2 = input.areaKm2(key);
      if (km2 === null || !(km2 > 0)) {
        noOutline += a.count;
        counted -= a.count;
        atStateCentre -= a.atStateCentre;
        continue;
      }
      value = (a.count / km2) * DENSITY_PER_KM2;
    } else if (measure === 'blockArea') {
      value = a.ha;
      unknownArea += a.unknownArea;
    } else value = a.count;
    values.set(key, {
      value,
      count: a.count,
      atStateCentre: a.atStateCentre,
      unknownArea: measure === 'blockArea' ? a.unknownArea : 0,
    });
  }
  return { measure, level, values, counted, atStateCentre, uncounted, noOutline, unknownArea };
}

export interface ChoroplethClass {
  /** Position in the ramp (0 = lowest). */
  readonly index: number;
  /** Smallest and largest value in the class (both included). */
  readonly min: number;
  readonly max: number;
  /** How many areas fall in it. */
  readonly areas: number;
}

/** The most classes a legend shows (besides "none"). */
export const MAX_CLASSES = 5;

/**
 * Quantile classes of the non-zero values: each class holds about as many areas as the next,
 * and one value never straddles two classes (tied areas share a class). Areas with nothing
 * form a class of their own ("none"), kept out of these.
 */
export function quantileClasses(values: readonly number[], k = MAX_CLASSES): ChoroplethClass[] {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  const n = positive.length;
  if (n === 0) return [];
  const groups: { min: number; max: number; areas: number; slot: number }[] = [];
  let i = 0;
  while (i < n) {
    const v = positive[i]!;
    let j = i;
    while (j < n && positive[j] === v) j++;
    // The class of a run of equal values: where its first member falls among n ranked values.
    const slot = Math.min(k - 1, Math.floor((i * k) / n));
    const last = groups[groups.length - 1];
    if (last && last.slot === slot) {
      last.max = v;
      last.areas += j - i;
    } else groups.push({ min: v, max: v, areas: j - i, slot });
    i = j;
  }
  return groups.map((g, index) => ({ index, min: g.min, max: g.max, areas: g.areas }));
}

/** The class of a value (-1: none, for zero or no value). */
export function classOf(value: number | undefined, classes: readonly ChoroplethClass[]): number {
  if (value === undefined || !(value > 0)) return -1;
  for (const c of classes) if (value <= c.max) return c.index;
  return classes.length - 1;
}

/**
 * Sequential ramps from viridis (perceptually uniform, readable with every common colour-vision
 * deficiency), five steps each. Light theme: pale for little, dark for much; dark theme the
 * reverse, so "more" always stands out from the basemap.
 */
export const CHOROPLETH_RAMP = {
  light: ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487'],
  dark: ['#414487', '#2a788e', '#22a884', '#7ad151', '#fde725'],
} as const;

/** The colour of areas with nothing (distinct from every ramp step). */
export const CHOROPLETH_NONE = { light: '#e6e1d6', dark: '#353c44' } as const;

/** The ramp's colours for `n` classes, spread over the whole ramp so the ends stay distinct. */
export function rampColours(theme: 'light' | 'dark', n: number): string[] {
  const ramp = CHOROPLETH_RAMP[theme];
  if (n <= 0) return [];
  if (n === 1) return [ramp[ramp.length - 1]!];
  return Array.from({ length: n }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (n - 1))]!);
}

/** Area key → colour, for every key given (areas with nothing get the "none" colour). */
export function colourByArea(
  keys: Iterable<string>,
  ch: Choropleth,
  classes: readonly ChoroplethClass[],
  theme: 'light' | 'dark',
): Map<string, string> {
  const colours = rampColours(theme, classes.length);
  const out = new Map<string, string>();
  for (const key of keys) {
    const c = classOf(ch.values.get(key)?.value, classes);
    out.set(key, c < 0 ? CHOROPLETH_NONE[theme] : colours[c]!);
  }
  return out;
}
