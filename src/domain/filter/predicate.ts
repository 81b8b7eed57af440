/**
 * The filter as a JavaScript predicate over rows: what lists, counts, tables and exports use.
 * It must select exactly what the map expression (expression.ts) selects; a property test
 * checks that on the real data for random filters.
 */
import { fold, valueOn, valuesOf, type FieldSpec, type FieldValue, type Row } from '../model/fields';
import { asOfDayOf } from '../insights/timeline';
import { conditionsFor, type FieldTest, type FilterSpec } from './spec';

export type RowPredicate = (row: Row) => boolean;

/** Whether one value passes one field's test. Missing values fail `in`, `range` and `contains`. */
export function passesFieldTest(test: FieldTest, v: FieldValue | undefined): boolean {
  if (test.in) {
    const vs = valuesOf(v);
    if (!vs.some((x) => test.in!.includes(x))) return false;
  }
  if (test.out) {
    const vs = valuesOf(v);
    if (vs.some((x) => test.out!.includes(x))) return false;
  }
  if (test.range) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return false;
    const [lo, hi] = test.range;
    if ((lo !== null && v < lo) || (hi !== null && v > hi)) return false;
  }
  if (test.contains !== undefined) {
    const needle = fold(test.contains);
    const hay = typeof v === 'string' ? fold(v) : Array.isArray(v) ? fold(v.join(' ')) : '';
    if (!hay.includes(needle)) return false;
  }
  return true;
}

/**
 * A predicate for one dataset's rows. While the time slider is on (the spec's as-of day), a
 * timed field (a block's status) is tested with its value on that day.
 */
export function compilePredicate(
  spec: FilterSpec,
  datasetId: string,
  fields: readonly FieldSpec[],
): RowPredicate {
  const { byField, lacking } = conditionsFor(spec, datasetId, fields);
  if (lacking) return () => false;
  const tests = [...byField.entries()];
  if (tests.length === 0) return () => true;
  const day = asOfDayOf(spec);
  return (row) => tests.every(([key, test]) => passesFieldTest(test, valueOn(row, key, day)));
}

/** The positions of the rows that pass, in order, as a compact array. */
export function matchingIndexes(rows: readonly Row[], pred: RowPredicate): Uint32Array {
  const out = new Uint32Array(rows.length);
  let n = 0;
  for (let i = 0; i < rows.length; i++) if (pred(rows[i]!)) out[n++] = i;
  return out.slice(0, n);
}
