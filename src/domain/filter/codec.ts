/**
 * The filter in the URL: `f=minerals:lithium,graphite;blocks/status!annulled;year=2024..;name~katg`.
 *
 *   key:v1,v2   one of          key!v1,v2   none of
 *   key=lo..hi  range (either end may be empty)          key~text   contains
 *
 * Keys and values are percent-encoded inside the parameter, so `,` `;` `:` in values survive.
 * Decoding is syntactic and never throws; `sanitizeFilter` then checks the result against the
 * datasets' fields and drops (or corrects) what they do not know, saying what it dropped.
 */
import type { FieldSpec } from '../model/fields';
import { OPS_BY_TYPE, splitKey, withCondition, type Condition, type FilterSpec } from './spec';

const enc = (s: string) =>
  encodeURIComponent(s).replace(/[!~=.]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const dec = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

const KEY = /^([a-z0-9-]+\/)?[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const MAX_PARTS = 64;
const MAX_VALUES = 200;

export function encodeFilter(spec: FilterSpec): string {
  return Object.keys(spec)
    .sort()
    .map((k) => {
      const c = spec[k]!;
      switch (c.op) {
        case 'in':
          return `${k}:${c.values.map(enc).join(',')}`;
        case 'out':
          return `${k}!${c.values.map(enc).join(',')}`;
        case 'range':
          return `${k}=${c.min ?? ''}..${c.max ?? ''}`;
        case 'contains':
          return `${k}~${enc(c.text)}`;
      }
    })
    .join(';');
}

function num(s: string): number | null | undefined {
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** The spec a parameter describes; malformed parts are skipped. */
export function decodeFilter(param: string): FilterSpec {
  let spec: FilterSpec = {};
  for (const part of param.split(';').slice(0, MAX_PARTS)) {
    const m = /^([^:!=~]+)([:!=~])(.*)$/s.exec(part);
    if (!m) continue;
    const [, key, op, rest] = m as unknown as [string, string, string, string];
    if (!KEY.test(key)) continue;
    let c: Condition;
    if (op === ':' || op === '!') {
      const values = rest === '' ? [] : rest.split(',').slice(0, MAX_VALUES).map(dec);
      if (values.some((v) => v === null)) continue;
      c = { op: op === ':' ? 'in' : 'out', values: values as string[] };
    } else if (op === '=') {
      const r = /^(-?[\d.e+]*)\.\.(-?[\d.e+]*)$/.exec(rest);
      if (!r) continue;
      const lo = num(r[1]!),
        hi = num(r[2]!);
      if (lo === undefined || hi === undefined) continue;
      c = { op: 'range', min: lo, max: hi };
    } else {
      const text = dec(rest);
      if (text === null) continue;
      c = { op: 'contains', text };
    }
    spec = withCondition(spec, key, c);
  }
  return spec;
}

/** What the datasets offer to filter on: their fields, and the values seen for category fields. */
export interface FilterCatalogue {
  /** Dataset ids. */
  readonly datasets: ReadonlySet<string>;
  /** Field key → its spec (the first dataset's, for a key several datasets share). */
  readonly fields: ReadonlyMap<string, FieldSpec>;
  /** Dataset id → its field keys. */
  readonly fieldsOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** Field key → every value seen (category and multi fields). */
  readonly values: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The spec with unknown datasets, fields and values dropped; each drop named in `dropped`. */
export function sanitizeFilter(
  spec: FilterSpec,
  cat: FilterCatalogue,
): { spec: FilterSpec; dropped: string[] } {
  let out: FilterSpec = {};
  const dropped: string[] = [];
  for (const [key, c] of Object.entries(spec)) {
    const [scope, field] = splitKey(key);
    if (scope !== null && !cat.datasets.has(scope)) {
      dropped.push(key);
      continue;
    }
    const f = cat.fields.get(field);
    if (
      !f ||
      (scope !== null && !cat.fieldsOf.get(scope)?.has(field)) ||
      !OPS_BY_TYPE[f.type].includes(c.op)
    ) {
      dropped.push(key);
      continue;
    }
    if (c.op === 'in' || c.op === 'out') {
      const known = cat.values.get(field) ?? new Set<string>();
      const values = c.values.filter((v) => known.has(v));
      for (const v of c.values) if (!known.has(v)) dropped.push(`${key}:${v}`);
      if (values.length === 0) continue;
      out = withCondition(out, key, { op: c.op, values });
      continue;
    }
    out = withCondition(out, key, c);
  }
  return { spec: out, dropped };
}
