/**
 * The one filter model: per-field conditions joined with AND. Pure and serialisable, so the
 * store holds it, the URL carries it, and it compiles to a JavaScript predicate (predicate.ts)
 * and a MapLibre expression over `global-state` (expression.ts) that select the same features.
 *
 * A key is a field key (`minerals`: applies to every dataset) or `<dataset>/<field>` (applies
 * to that dataset only: the legend's category switches). A dataset that lacks an unscoped
 * field is matched as if the value were missing: `in`, `range` and `contains` fail, `out` passes.
 */
import type { FieldSpec, FieldType } from '../model/fields';

/** Which conditions each kind of field takes. */
export const OPS_BY_TYPE: Record<FieldType, readonly Condition['op'][]> = {
  category: ['in', 'out'],
  multi: ['in', 'out'],
  number: ['range'],
  text: ['contains'],
};

export type Condition =
  /** One of these values (for a multi field: at least one of them). */
  | { readonly op: 'in'; readonly values: readonly string[] }
  /** None of these values (the legend's switched-off categories). */
  | { readonly op: 'out'; readonly values: readonly string[] }
  /** A number between min and max, both included; null is open. */
  | { readonly op: 'range'; readonly min: number | null; readonly max: number | null }
  /** Text containing this (folded: case and accents ignored). */
  | { readonly op: 'contains'; readonly text: string };

export type FilterSpec = Readonly<Record<string, Condition>>;

export const EMPTY_FILTER: FilterSpec = Object.freeze({});

/** `blocks/status` → ['blocks', 'status']; `minerals` → [null, 'minerals']. */
export function splitKey(key: string): [string | null, string] {
  const i = key.indexOf('/');
  return i < 0 ? [null, key] : [key.slice(0, i), key.slice(i + 1)];
}

export function scopedKey(dataset: string, field: string): string {
  return `${dataset}/${field}`;
}

/** Whether a condition restricts anything (an empty `in` does: it lets nothing through). */
export function isActive(c: Condition | undefined): c is Condition {
  if (!c) return false;
  switch (c.op) {
    case 'in':
      return true;
    case 'out':
      return c.values.length > 0;
    case 'range':
      return c.min !== null || c.max !== null;
    case 'contains':
      return c.text.trim() !== '';
  }
}

/** The spec with a key set (or removed, for an inactive condition). */
export function withCondition(spec: FilterSpec, key: string, c: Condition | null): FilterSpec {
  const next: Record<string, Condition> = { ...spec };
  if (c && isActive(c) && !(c.op === 'in' && c.values.length === 0)) next[key] = normalise(c);
  else delete next[key];
  return next;
}

/** Toggles one value of an `in` (or `out`) condition. */
export function toggleValue(
  spec: FilterSpec,
  key: string,
  value: string,
  op: 'in' | 'out' = 'in',
): FilterSpec {
  const cur = spec[key];
  const values = cur && cur.op === op ? cur.values : [];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return withCondition(spec, key, { op, values: next });
}

function normalise(c: Condition): Condition {
  switch (c.op) {
    case 'in':
    case 'out':
      return { op: c.op, values: [...new Set(c.values.filter((v) => v !== ''))].sort() };
    case 'range': {
      // An upside-down range is read as the range the user meant.
      const { min, max } = c;
      return min !== null && max !== null && min > max ? { op: 'range', min: max, max: min } : c;
    }
    case 'contains':
      return { op: 'contains', text: c.text.slice(0, 200) };
  }
}

/** The number of active conditions, for the "n filters" badge. */
export function activeCount(spec: FilterSpec): number {
  return Object.values(spec).filter(isActive).length;
}

/** What one field must satisfy in one dataset: every part that is present must hold. */
export interface FieldTest {
  in?: readonly string[];
  out?: readonly string[];
  range?: readonly [number | null, number | null];
  contains?: string;
}

/**
 * The conditions that apply to one dataset, merged per field, and whether one of them names a
 * field the dataset lacks (then nothing in it matches, unless that condition is an `out`).
 * A scoped and an unscoped condition of the same kind on one field merge: `out`s unite,
 * ranges intersect, `in`s intersect (exact for one-valued fields; the UI never produces two
 * `in`s on a many-valued one).
 */
export function conditionsFor(
  spec: FilterSpec,
  datasetId: string,
  fields: readonly FieldSpec[],
): { byField: Map<string, FieldTest>; lacking: boolean } {
  const known = new Map(fields.map((f) => [f.key, f]));
  const byField = new Map<string, FieldTest>();
  let lacking = false;
  for (const key of Object.keys(spec).sort()) {
    const c = spec[key]!;
    if (!isActive(c)) continue;
    const [scope, field] = splitKey(key);
    if (scope !== null && scope !== datasetId) continue;
    const fs = known.get(field);
    if (!fs) {
      if (c.op !== 'out') lacking = true;
      continue;
    }
    // A condition of a kind the field does not take (a range on a category) is ignored.
    if (!OPS_BY_TYPE[fs.type].includes(c.op)) continue;
    const t = byField.get(field) ?? {};
    switch (c.op) {
      case 'in':
        t.in = t.in ? t.in.filter((v) => c.values.includes(v)) : c.values;
        break;
      case 'out':
        t.out = t.out ? [...new Set([...t.out, ...c.values])] : c.values;
        break;
      case 'range': {
        const [lo, hi] = t.range ?? [null, null];
        t.range = [maxOf(lo, c.min), minOf(hi, c.max)];
        break;
      }
      case 'contains':
        t.contains = c.text;
        break;
    }
    byField.set(field, t);
  }
  return { byField, lacking };
}

const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
