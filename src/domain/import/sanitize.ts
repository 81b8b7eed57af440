/**
 * Properties of untrusted features, made safe to keep: an object without a prototype, the keys
 * that could reach a prototype dropped, counts and lengths capped, values scalar. Nothing here
 * interprets a value: text stays text.
 */
import type { ReasonCollector } from './report';
import type { SafeProperties, SafeValue } from './types';

/** Keys that reach or replace prototypes when an object is merged or assigned somewhere. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether `x` is a non-null, non-array object. */
export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function cap(s: string, max: number, index: number, key: string, c: ReasonCollector): string {
  if (s.length <= max) return s;
  c.warn('longValue', index, key, { max });
  return s.slice(0, max);
}

function safeValue(v: unknown, index: number, key: string, c: ReasonCollector): SafeValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return cap(v, c.limits.maxValueLength, index, key, c);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return cap(String(v), c.limits.maxValueLength, index, key, c);
  let json: string | undefined;
  try {
    json = JSON.stringify(v);
  } catch {
    json = undefined;
  }
  return json === undefined ? null : cap(json, c.limits.maxValueLength, index, key, c);
}

/**
 * The properties of feature `index` as a prototype-less object of scalar values. `null` and
 * `undefined` give no properties; anything else that is not an object is reported and ignored.
 * Unsafe keys and over-long keys are dropped, properties past `maxProperties` too, each reported.
 */
export function sanitizeProperties(raw: unknown, index: number, c: ReasonCollector): SafeProperties {
  const out = Object.create(null) as SafeProperties;
  if (raw === null || raw === undefined) return out;
  if (!isObject(raw)) {
    c.warn('badProperties', index, raw);
    return out;
  }
  const { maxProperties, maxKeyLength } = c.limits;
  let kept = 0;
  let over = 0;
  // for…in would walk a prototype; JSON.parse and the XML readers make own keys only.
  for (const key of Object.keys(raw)) {
    if (UNSAFE_KEYS.has(key)) {
      c.warn('unsafeKey', index, key);
      continue;
    }
    if (key.length > maxKeyLength) {
      c.warn('longKey', index, key, { max: maxKeyLength });
      continue;
    }
    if (kept >= maxProperties) {
      over++;
      continue;
    }
    out[key] = safeValue(raw[key], index, key, c);
    kept++;
  }
  if (over > 0) c.warn('tooManyProperties', index, String(kept + over), { max: maxProperties });
  return out;
}
