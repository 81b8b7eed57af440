/**
 * The spatial question the user asked, as one serialisable value and one URL parameter (`q=`).
 * Areas are written with the area codec (encodeArea / decodeArea: polyline at 1e-4°); a state's
 * outline is named by its code (`state:IN-OR`), not spelt out, so its link stays short.
 *
 *   within!<area>            everything in an area (poly / rect / circle / line / state)
 *   radius!circle:<c>,<km>   everything within km of a point (distance ranges)
 *   near:<id>,<km>           everything within km of a feature (its own uncertainty counts)
 *   knn:<id>,<dataset>,<k>   the k nearest of a dataset to a feature
 *   preset:<preset>,<km>     a value-chain preset
 *
 * Decoding never throws: anything malformed gives null (the parameter is ignored).
 */
import { decodeArea, encodeArea, type EncodedArea } from './area-codec';
import { validateRadiusKm } from './buffer';
import { PRESET_IDS, type PresetId } from './presets';

export type QueryArea = EncodedArea | { readonly kind: 'state'; readonly code: string };

export type QuerySpec =
  | { readonly kind: 'within'; readonly area: QueryArea }
  | { readonly kind: 'radius'; readonly center: [number, number]; readonly km: number }
  | { readonly kind: 'near'; readonly id: string; readonly km: number }
  | { readonly kind: 'nearest'; readonly id: string; readonly dataset: string; readonly k: number }
  | { readonly kind: 'preset'; readonly preset: PresetId; readonly km: number };

export type QueryKind = QuerySpec['kind'];

/** The most features a nearest query lists. */
export const MAX_NEAREST = 100;

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const STATE = /^IN-[A-Z]{2}$/;
const NUM = /^\d+(\.\d+)?$/;
const num = (n: number) => String(Math.round(n * 1000) / 1000);

function encodeQueryArea(a: QueryArea): string {
  return a.kind === 'state' ? `state:${a.code}` : encodeArea(a);
}

/** The question as URL text. */
export function encodeQuerySpec(q: QuerySpec): string {
  switch (q.kind) {
    case 'within':
      return `within!${encodeQueryArea(q.area)}`;
    case 'radius':
      return `radius!${encodeArea({ kind: 'circle', center: q.center, radiusKm: q.km })}`;
    case 'near':
      return `near:${q.id},${num(q.km)}`;
    case 'nearest':
      return `knn:${q.id},${q.dataset},${q.k}`;
    case 'preset':
      return `preset:${q.preset},${num(q.km)}`;
  }
}

const km = (s: string | undefined): number | null => {
  if (s === undefined || !NUM.test(s)) return null;
  const n = Number(s);
  return validateRadiusKm(n) ? null : n;
};

function decodeUnsafe(text: string): QuerySpec | null {
  const bang = text.indexOf('!');
  if (bang >= 0) {
    const head = text.slice(0, bang),
      body = text.slice(bang + 1);
    if (head === 'within') {
      const st = /^state:(.+)$/.exec(body);
      if (st) return STATE.test(st[1]!) ? { kind: 'within', area: { kind: 'state', code: st[1]! } } : null;
      const area = decodeArea(body);
      return area ? { kind: 'within', area } : null;
    }
    if (head === 'radius') {
      const area = decodeArea(body);
      return area?.kind === 'circle' ? { kind: 'radius', center: area.center, km: area.radiusKm } : null;
    }
    return null;
  }
  const m = /^(near|knn|preset):(.*)$/.exec(text);
  if (!m) return null;
  const parts = m[2]!.split(',');
  if (m[1] === 'near') {
    const k = km(parts[1]);
    return parts.length === 2 && SLUG.test(parts[0]!) && k !== null
      ? { kind: 'near', id: parts[0]!, km: k }
      : null;
  }
  if (m[1] === 'knn') {
    if (parts.length !== 3 || !SLUG.test(parts[0]!) || !SLUG.test(parts[1]!) || !/^\d{1,3}$/.test(parts[2]!))
      return null;
    const k = Number(parts[2]);
    return k >= 1 && k <= MAX_NEAREST ? { kind: 'nearest', id: parts[0]!, dataset: parts[1]!, k } : null;
  }
  const k = km(parts[1]);
  return parts.length === 2 && (PRESET_IDS as readonly string[]).includes(parts[0]!) && k !== null
    ? { kind: 'preset', preset: parts[0] as PresetId, km: k }
    : null;
}

/** The question of a URL value, or null for anything malformed. Never throws. */
export function decodeQuerySpec(text: unknown): QuerySpec | null {
  if (typeof text !== 'string' || text.length > 20_000) return null;
  try {
    return decodeUnsafe(text);
  } catch {
    return null;
  }
}

/** What is wrong with a typed distance, as a catalogue code (null when usable). */
export type DistanceProblem = 'nan' | 'zero' | 'negative' | 'tooLarge';

/** Why a typed distance (km) is refused, or null: 0 < km ≤ MAX_RADIUS_KM, finite. */
export function distanceProblem(value: number): DistanceProblem | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'nan';
  if (value === 0) return 'zero';
  if (value < 0) return 'negative';
  if (validateRadiusKm(value)) return 'tooLarge';
  return null;
}
