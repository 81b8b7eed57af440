/**
 * GeoJSON (RFC 7946) and newline-delimited GeoJSON (GeoJSONSeq, RFC 8142, and plain NDJSON):
 * text in, accepted features and a report out. JSON.parse only: nothing is evaluated, and keys
 * such as `__proto__` become own properties that sanitising drops.
 */
import { acceptFeatures } from './features';
import { GEOMETRY_TYPES } from './geometry';
import { checkpoint, CHECKPOINT_EVERY, throwIfAborted } from './progress';
import { excerpt, ReasonCollector } from './report';
import { isObject } from './sanitize';
import type { ImportFailure, ImportMessage, ImportResult, ParseOptions } from './types';

const failure = (error: ImportMessage): ImportFailure => ({ ok: false, error });

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** The JSON error as a message: where, when the engine says so. */
function badJson(text: string, e: unknown): ImportMessage {
  const m = e instanceof Error ? /position (\d+)/.exec(e.message) : null;
  if (m) return { key: 'import.error.badJsonAt', params: lineColumn(text, Number(m[1])) };
  return { key: 'import.error.badJson' };
}

/** Why a parsed JSON value is not GeoJSON, as a message. */
function notGeoJson(value: unknown): ImportMessage {
  if (!isObject(value)) return { key: 'import.error.notGeoJsonRoot', params: { found: jsonKind(value) } };
  const type = value.type;
  if (type === undefined) return { key: 'import.error.noType' };
  if (typeof type !== 'string') return { key: 'import.error.unknownType', params: { found: excerpt(type) } };
  const canonical = [...GEOMETRY_TYPES, 'Feature', 'FeatureCollection'].find(
    (t) => t.toLowerCase() === type.toLowerCase(),
  );
  if (canonical)
    return { key: 'import.error.typeCase', params: { found: excerpt(type), expected: canonical } };
  return { key: 'import.error.unknownType', params: { found: excerpt(type) } };
}

function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/**
 * The candidate features of one GeoJSON value: a FeatureCollection's features, a Feature, or a
 * bare geometry as a feature without properties. A message when the value is not GeoJSON.
 */
export function featuresOf(value: unknown, c: ReasonCollector): unknown[] | ImportMessage {
  if (!isObject(value)) return notGeoJson(value);
  switch (value.type) {
    case 'FeatureCollection':
      if (!Array.isArray(value.features))
        return value.features === undefined
          ? { key: 'import.error.noFeatures' }
          : { key: 'import.error.featuresNotArray', params: { found: jsonKind(value.features) } };
      for (const m of ['properties', 'coordinates', 'geometry', 'geometries'])
        if (Object.hasOwn(value, m)) c.warn('foreignMember', -1, m);
      return value.features;
    case 'Feature':
      return [value];
    default:
      if (typeof value.type === 'string' && GEOMETRY_TYPES.has(value.type))
        return [{ type: 'Feature', geometry: value, properties: null }];
      return notGeoJson(value);
  }
}

/** A line of RFC 8142 GeoJSONSeq without its leading record separator(s) (U+001E) and spaces. */
export function withoutRecordSeparators(line: string): string {
  let i = 0;
  while (i < line.length && (line[i] === '\u001e' || line[i]!.trim() === '')) i++;
  return line.slice(i).trim();
}

/** Whether text is empty or only whitespace (and a byte-order mark). */
export const isBlank = (text: string) => /^[\s\uFEFF]*$/.test(text);

/**
 * Parses GeoJSON text (a FeatureCollection, a Feature or a geometry). The file fails as a whole
 * when it is empty, not JSON, or JSON that is not GeoJSON; otherwise each feature is kept or
 * reported by reason.
 */
export async function parseGeoJson(text: string, options: ParseOptions = {}): Promise<ImportResult> {
  if (isBlank(text)) return failure({ key: 'import.error.empty' });
  throwIfAborted(options.signal);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return failure(badJson(text, e));
  }
  options.onProgress?.(0.3);
  const c = new ReasonCollector(options.limits);
  const raws = featuresOf(value, c);
  if (!Array.isArray(raws)) return failure(raws);
  return acceptFeatures(raws, 'geojson', c, options, [0.3, 1]);
}

/**
 * Parses newline-delimited GeoJSON: one GeoJSON text per line (RFC 8142's record separator
 * allowed). A line that is not JSON is rejected on its own (`badJson`); the file fails only
 * when no line is JSON at all.
 */
export async function parseNdjson(text: string, options: ParseOptions = {}): Promise<ImportResult> {
  if (isBlank(text)) return failure({ key: 'import.error.empty' });
  const c = new ReasonCollector(options.limits);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const raws: unknown[] = [];
  const indexes: number[] = [];
  let records = 0;
  let firstError: ImportMessage | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && i % CHECKPOINT_EVERY === 0)
      await checkpoint(i, lines.length, [0, 0.5], options.onProgress, options.signal);
    const line = withoutRecordSeparators(lines[i]!);
    if (line === '') continue;
    const index = records++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      c.reject('badJson', index, line);
      firstError ??= { key: 'import.error.badJsonAt', params: { line: i + 1, column: 1 } };
      continue;
    }
    const inner = featuresOf(value, c);
    for (const f of Array.isArray(inner) ? inner : [value]) {
      raws.push(f);
      indexes.push(index);
    }
  }
  if (raws.length === 0 && firstError) return failure(firstError);
  return acceptFeatures(raws, 'ndjson', c, options, [0.5, 1], { indexes, total: records });
}
