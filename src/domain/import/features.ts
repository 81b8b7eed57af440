/**
 * Feature validation shared by every format: each candidate feature is checked (geometry
 * rules, properties sanitised) and either kept or counted under its reason.
 */
import type { Feature } from 'geojson';
import { checkGeometry, GEOMETRY_FOREIGN } from './geometry';
import { CHECKPOINT_EVERY, checkpoint } from './progress';
import { excerpt, ReasonCollector } from './report';
import { isObject, sanitizeProperties } from './sanitize';
import type { AcceptedFeature, ImportFormat, ImportSuccess, ParseOptions } from './types';

/** Members that change a Feature's meaning when present (RFC 7946 §7.1). */
const FEATURE_FOREIGN = ['features', 'coordinates', 'geometries'] as const;

const BBOX_LENGTHS = new Set([4, 6]);

function checkBbox(o: Record<string, unknown>, index: number, c: ReasonCollector) {
  if (!('bbox' in o) || o.bbox === undefined) return;
  const b = o.bbox;
  if (!Array.isArray(b) || !BBOX_LENGTHS.has(b.length) || !b.every((n) => typeof n === 'number'))
    c.warn('badBbox', index, b);
}

function checkForeign(
  o: Record<string, unknown>,
  names: readonly string[],
  index: number,
  c: ReasonCollector,
) {
  for (const m of names) if (Object.hasOwn(o, m)) c.warn('foreignMember', index, m);
}

/**
 * One untrusted feature as an accepted feature, or null (its reason recorded). `index` is its
 * position in the file, used by the report's examples.
 */
export function acceptFeature(raw: unknown, index: number, c: ReasonCollector): AcceptedFeature | null {
  if (!isObject(raw) || raw.type !== 'Feature') {
    c.reject('notFeature', index, isObject(raw) ? (raw.type ?? raw) : raw);
    return null;
  }
  checkForeign(raw, FEATURE_FOREIGN, index, c);
  checkBbox(raw, index, c);
  const g = checkGeometry(raw.geometry);
  if (!g.ok) {
    c.reject(g.problem.kind, index, g.problem.value);
    return null;
  }
  if (isObject(raw.geometry)) {
    checkForeign(raw.geometry, GEOMETRY_FOREIGN, index, c);
    checkBbox(raw.geometry, index, c);
  }
  const feature: Feature<typeof g.geometry, ReturnType<typeof sanitizeProperties>> = {
    type: 'Feature',
    geometry: g.geometry,
    properties: sanitizeProperties(raw.properties, index, c),
  };
  const id = raw.id;
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))
    feature.id = typeof id === 'string' ? id.slice(0, c.limits.maxKeyLength) : id;
  else if (id !== undefined && id !== null) c.warn('badId', index, excerpt(id));
  return feature;
}

/**
 * Validates candidate features in order, with progress over `progressRange` and cancelling
 * between chunks. Past `maxFeatures` the rest are rejected as `overLimit`. `at.indexes` gives
 * each candidate's position in the file when it differs from its position in `raws`.
 */
export async function acceptFeatures(
  raws: readonly unknown[],
  format: ImportFormat,
  c: ReasonCollector,
  options: ParseOptions,
  progressRange: readonly [number, number] = [0, 1],
  at: { readonly indexes?: readonly number[]; readonly total?: number } = {},
): Promise<ImportSuccess> {
  const features: AcceptedFeature[] = [];
  const { maxFeatures } = c.limits;
  for (let i = 0; i < raws.length; i++) {
    if (i > 0 && i % CHECKPOINT_EVERY === 0)
      await checkpoint(i, raws.length, progressRange, options.onProgress, options.signal);
    const index = at.indexes?.[i] ?? i;
    if (features.length >= maxFeatures) {
      c.reject('overLimit', index, String(index), { max: maxFeatures });
      continue;
    }
    const f = acceptFeature(raws[i], index, c);
    if (f) features.push(f);
  }
  options.onProgress?.(progressRange[1]);
  return { ok: true, features, report: c.report(format, at.total ?? raws.length, features.length) };
}
