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

/** The longest list of each many-valued field: how many slots its map encoding needs. */
export function multiSlots(fields: readonly FieldSpec[], rows: readonly Row[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fields) {
    if (f.type !== 'multi') continue;
    let n = 0;
    for (const r of rows) n = Math.max(n, valuesOf(r.values[f.key]).length);
    out[f.key] = n;
  }
  return out;
}

/** The filter-related map properties of one row (merged into the feature's properties). */
export function mapFilterProperties(
  row: Row,
  fields: readonly FieldSpec[],
  slots: Readonly<Record<string, number>>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const f of fields) {
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
  const tok = (prop: string): Expr => ['concat', '|', ['coalesce', ['get', prop], NONE], '|'];

  const parts: Expr[] = [['!', on('__none')]];
  for (const f of fields) {
    const k = f.key;
    switch (f.type) {
      case 'category':
        parts.push(['any', ['!', on(`${k}.i`)], inList(tok(`f.${k}`), `${k}.iv`)]);
        parts.push(['!', inList(tok(`f.${k}`), `${k}.o`)]);
        break;
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
