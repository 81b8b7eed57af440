/**
 * The filter as a MapLibre expression over `global-state`. The expression's structure depends
 * only on the dataset's fields, never on the filter: every value a filter sets lives in one
 * global-state object per dataset, so a filter change is one `setGlobalStateProperty` call and
 * no data is sent again.
 *
 * Features reach MapLibre's worker with flat properties (arrays would arrive as strings):
 * - a category value as `f.<key>`, with `|` and NUL replaced (see `token`);
 * - a many-valued field as slots `f.<key>.0` … `f.<key>.<n-1>`, n the longest list in the dataset;
 * - a number as `f.<key>`; a text folded (case, accents) as `f.<key>`.
 * - a timed field's history (a block's status changes) as `h.<key>.d<i>` (the day, yyyymmdd) and
 *   `h.<key>.v<i>` (the value from then on), i < n, n the longest history in the dataset; the
 *   one global-state number `asOfDay` (the time slider's day, or null) picks the value of the day.
 * A value list in the global state is `|a|b|`, and a one-of test is a substring test of `|v|`.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { fold, valuesOf, type FieldSpec, type Row } from '../model/fields';
import { conditionsFor, type FilterSpec } from './spec';

type Expr = ExpressionSpecification;

/** Name of the global-state property holding one dataset's filter values. */
export const filterStateKey = (datasetId: string) => `filter:${datasetId}`;

/** Stands for a missing value: never a token, so it never matches a list. */
const NONE = '\u0000';

/** A value as it may appear between the `|` delimiters. */
export function token(v: string): string {
  return v.split('|').join('¦').split(NONE).join('¦');
}

const list = (values: readonly string[]) => `|${values.map(token).join('|')}|`;
const BIG = 1e300;

/** The global-state property holding the time slider's day (yyyymmdd), or null while it is off. */
export const AS_OF_STATE = 'asOfDay';

/**
 * How many slots each field's map encoding needs: the longest list of a many-valued field, the
 * longest history of a timed one.
 */
export function multiSlots(fields: readonly FieldSpec[], rows: readonly Row[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fields) {
    if (f.type !== 'multi' && !f.timed) continue;
    let n = 0;
    for (const r of rows)
      n = Math.max(n, f.timed ? (r.history?.[f.key]?.length ?? 0) : valuesOf(r.values[f.key]).length);
    out[f.key] = n;
  }
  return out;
}

/**
 * A timed field's value on a day (`day`: an expression giving yyyymmdd) from the feature's
 * history properties: its last step dated by then (a later step wins), or NONE before the first.
 * `valueOn` (src/domain/model/fields.ts) is the same rule in JavaScript.
 */
export function historyValueExpression(key: string, n: number, day: Expr): Expr {
  if (n === 0) return ['literal', NONE] as unknown as Expr;
  const branches: unknown[] = [];
  for (let i = n - 1; i >= 0; i--)
    branches.push(
      ['<=', ['to-number', ['coalesce', ['get', `h.${key}.d${i}`], BIG]], day],
      ['to-string', ['get', `h.${key}.v${i}`]],
    );
  return ['case', ...branches, NONE] as unknown as Expr;
}

/** A timed field's value on the time slider's day while it is on (global state), else `today`. */
export function valueAsOfExpression(key: string, n: number, today: Expr): Expr {
  return [
    'let',
    'asof',
    ['global-state', AS_OF_STATE],
    [
      'case',
      ['==', ['typeof', ['var', 'asof']], 'number'],
      historyValueExpression(key, n, ['to-number', ['var', 'asof']]),
      today,
    ],
  ] as unknown as Expr;
}

/** The filter-related map properties of one row (merged into the feature's properties). */
export function mapFilterProperties(
  row: Row,
  fields: readonly FieldSpec[],
  slots: Readonly<Record<string, number>>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const f of fields) {
    if (f.timed) {
      const steps = row.history?.[f.key] ?? [];
      const n = Math.min(slots[f.key] ?? 0, steps.length);
      for (let i = 0; i < n; i++) {
        out[`h.${f.key}.d${i}`] = steps[i]![0];
        out[`h.${f.key}.v${i}`] = token(steps[i]![1]);
      }
    }
    const v = row.values[f.key];
    if (v === null || v === undefined) continue;
    switch (f.type) {
      case 'category':
        if (typeof v === 'string' && v !== '') out[`f.${f.key}`] = token(v);
        break;
      case 'multi': {
        const vs = valuesOf(v);
        const n = slots[f.key] ?? 0;
        for (let i = 0; i < Math.min(n, vs.length); i++) out[`f.${f.key}.${i}`] = token(vs[i]!);
        break;
      }
      case 'number':
        if (typeof v === 'number' && Number.isFinite(v)) out[`f.${f.key}`] = v;
        break;
      case 'text':
        out[`f.${f.key}`] = fold(typeof v === 'string' ? v : valuesOf(v).join(' '));
        break;
    }
  }
  return out;
}

/** The dataset's filter expression: fixed for its fields, driven by `filterStateKey(id)`. */
export function filterExpression(
  datasetId: string,
  fields: readonly FieldSpec[],
  slots: Readonly<Record<string, number>>,
): Expr {
  const state: Expr = ['object', ['coalesce', ['global-state', filterStateKey(datasetId)], ['literal', {}]]];
  const g = (k: string): Expr => ['get', k, state];
  const on = (k: string): Expr => ['to-boolean', g(k)];
  const inList = (tok: Expr, k: string): Expr => ['in', tok, ['to-string', g(k)]];
  const tok = (prop: string): Expr => tokOf(['get', prop]);
  const tokOf = (value: Expr): Expr => ['concat', '|', ['coalesce', value, NONE], '|'];

  const parts: Expr[] = [['!', on('__none')]];
  for (const f of fields) {
    const k = f.key;
    switch (f.type) {
      case 'category': {
        // A timed field is tested with its value on the time slider's day while it is on.
        const t = f.timed ? tokOf(valueAsOfExpression(k, slots[k] ?? 0, ['get', `f.${k}`])) : tok(`f.${k}`);
        parts.push(['any', ['!', on(`${k}.i`)], inList(t, `${k}.iv`)]);
        parts.push(['!', inList(t, `${k}.o`)]);
        break;
      }
      case 'multi': {
        const n = slots[k] ?? 0;
        const toks = Array.from({ length: n }, (_, i) => tok(`f.${k}.${i}`));
        const anyIn = (key: string): Expr =>
          (toks.length === 0
            ? ['to-boolean', 0]
            : ['any', ...toks.map((t) => inList(t, key))]) as unknown as Expr;
        parts.push(['any', ['!', on(`${k}.i`)], anyIn(`${k}.iv`)]);
        parts.push(['!', anyIn(`${k}.o`)]);
        break;
      }
      case 'number': {
        const v: Expr = ['get', `f.${k}`];
        parts.push([
          'any',
          ['!', on(`${k}.r`)],
          [
            'all',
            ['==', ['typeof', v], 'number'],
            ['>=', ['to-number', v], ['to-number', g(`${k}.lo`)]],
            ['<=', ['to-number', v], ['to-number', g(`${k}.hi`)]],
          ],
        ]);
        break;
      }
      case 'text':
        parts.push([
          'any',
          ['!', on(`${k}.c`)],
          ['in', ['to-string', g(`${k}.q`)], ['to-string', ['coalesce', ['get', `f.${k}`], '']]],
        ]);
        break;
    }
  }
  return ['all', ...parts] as unknown as Expr;
}

/** The global-state value that makes `filterExpression` select what `compilePredicate` selects. */
export function filterStateFor(
  spec: FilterSpec,
  datasetId: string,
  fields: readonly FieldSpec[],
): Record<string, string | number | boolean> {
  const { byField, lacking } = conditionsFor(spec, datasetId, fields);
  const out: Record<string, string | number | boolean> = {};
  if (lacking) out.__none = true;
  const types = new Map(fields.map((f) => [f.key, f.type]));
  for (const [k, test] of byField) {
    const type = types.get(k);
    if (test.in && (type === 'category' || type === 'multi')) {
      out[`${k}.i`] = true;
      out[`${k}.iv`] = test.in.length ? list(test.in) : '';
    }
    if (test.out && test.out.length && (type === 'category' || type === 'multi'))
      out[`${k}.o`] = list(test.out);
    if (test.range && type === 'number') {
      out[`${k}.r`] = true;
      out[`${k}.lo`] = test.range[0] ?? -BIG;
      out[`${k}.hi`] = test.range[1] ?? BIG;
    }
    if (test.contains !== undefined && type === 'text') {
      out[`${k}.c`] = true;
      out[`${k}.q`] = fold(test.contains);
    }
  }
  return out;
}

/** A dataset whose category (the legend's field) is timed: what the map needs to draw it as of a day. */
export interface TimedCategory {
  /** The category field's key. */
  readonly field: string;
  /** Slots of its history in the map encoding. */
  readonly steps: number;
  /** Every day on which some row's category changes, ascending: the days clusters count by. */
  readonly days: readonly number[];
}

const timedCache = new WeakMap<object, TimedCategory | null>();

/** The dataset's timed category, or null when its category field is not timed. */
export function timedCategoryOf(ds: {
  readonly fields: readonly FieldSpec[];
  readonly rows: readonly Row[];
  readonly categoryField: string | null;
  readonly slots: Readonly<Record<string, number>>;
}): TimedCategory | null {
  const hit = timedCache.get(ds);
  if (hit !== undefined) return hit;
  const field = ds.categoryField;
  const spec = field ? ds.fields.find((f) => f.key === field) : undefined;
  let out: TimedCategory | null = null;
  if (field && spec?.timed && (ds.slots[field] ?? 0) > 0) {
    const days = new Set<number>();
    for (const r of ds.rows) for (const [d] of r.history?.[field] ?? []) days.add(d);
    out = { field, steps: ds.slots[field]!, days: [...days].sort((a, b) => a - b) };
  }
  timedCache.set(ds, out);
  return out;
}
