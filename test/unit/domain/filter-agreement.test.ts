/**
 * The filter's two compilations select the same features: the JavaScript predicate (lists,
 * counts, exports) and the MapLibre expression over `global-state` (the map), evaluated with
 * MapLibre's own style-spec evaluator, for many random filters on the real geodata.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { LAYER_IDS } from '../../../src/domain/model/enums';
import type { LayerCollection } from '../../../src/data/schema';
import type { AtlasData } from '../../../src/data/load';
import { curatedDatasets, type Dataset } from '../../../src/data/datasets';
import { compilePredicate } from '../../../src/domain/filter/predicate';
import {
  AS_OF_STATE,
  filterExpression,
  filterStateFor,
  filterStateKey,
  mapFilterProperties,
} from '../../../src/domain/filter/expression';
import { valuesOf } from '../../../src/domain/model/fields';
import type { Condition, FilterSpec } from '../../../src/domain/filter/spec';
import { AS_OF_KEY, asOfDayOf, timelineStops } from '../../../src/domain/insights/timeline';

const layers = Object.fromEntries(
  LAYER_IDS.map((l) => [l, JSON.parse(readFileSync(`public/data/${l}.json`, 'utf8')) as LayerCollection]),
) as AtlasData['layers'];
const datasets = curatedDatasets({ layers } as AtlasData);

const BOOLEAN_FILTER = {
  type: 'boolean',
  'property-type': 'data-driven',
  expression: { interpolated: false, parameters: ['zoom', 'feature'] },
} as const;

/**
 * Per dataset: the expression compiled once with a global-state object we then mutate (as
 * MapLibre does: the expression's structure never depends on the filter), and the features
 * as MapLibre's worker receives them.
 */
const compiledFor = new Map(
  datasets.map((ds) => {
    const globalState: Record<string, unknown> = {};
    const compiled = createExpression(
      filterExpression(ds.id, ds.fields, ds.slots),
      'filter',
      BOOLEAN_FILTER as never,
      globalState,
    );
    if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
    const features = ds.rows.map((row) => ({
      type: 1,
      id: row.index,
      properties: mapFilterProperties(row, ds.fields, ds.slots),
    }));
    return [ds.id, { expr: compiled.value, globalState, features }] as const;
  }),
);

/** Ids the map expression lets through, evaluated by MapLibre's style-spec evaluator. */
function mapSelects(ds: Dataset, spec: FilterSpec): string[] {
  const c = compiledFor.get(ds.id)!;
  c.globalState[filterStateKey(ds.id)] = filterStateFor(spec, ds.id, ds.fields);
  // As the app does (src/map/sync/use-filter-state.ts): the slider's day, for timed fields.
  c.globalState[AS_OF_STATE] = asOfDayOf(spec);
  return ds.rows
    .filter((_, i) => c.expr.evaluate({ zoom: 5 } as never, c.features[i] as never) === true)
    .map((r) => r.id);
}

function jsSelects(ds: Dataset, spec: FilterSpec): string[] {
  const pred = compilePredicate(spec, ds.id, ds.fields);
  return ds.rows.filter(pred).map((r) => r.id);
}

// Every field key with the values seen in the data, to draw conditions from.
const fieldValues = new Map<string, { type: string; values: string[]; names: string[] }>();
for (const ds of datasets)
  for (const f of ds.fields) {
    const e = fieldValues.get(f.key) ?? { type: f.type, values: [], names: [] };
    for (const r of ds.rows) {
      const v = r.values[f.key];
      if (f.type === 'number' && typeof v === 'number') e.values.push(String(v));
      else if (f.type === 'text' && typeof v === 'string') e.names.push(v);
      else e.values.push(...valuesOf(v));
    }
    e.values = [...new Set(e.values)];
    fieldValues.set(f.key, e);
  }

const keys = [...fieldValues.keys()].flatMap((k) => [k, ...datasets.map((d) => `${d.id}/${k}`)]);

function conditionArb(key: string): fc.Arbitrary<Condition> {
  const field = key.includes('/') ? key.split('/')[1]! : key;
  const info = fieldValues.get(field)!;
  if (info.type === 'number') {
    const nums = info.values.map(Number);
    const bound = fc.option(fc.oneof(fc.constantFrom(...nums), fc.integer({ min: -10, max: 3000 })), {
      nil: null,
    });
    return fc.record({ op: fc.constant('range' as const), min: bound, max: bound });
  }
  if (info.type === 'text') {
    const text = fc.oneof(
      fc
        .constantFrom(...info.names)
        .chain((n) => fc.nat({ max: Math.max(0, n.length - 1) }).map((i) => n.slice(i, i + 4).toUpperCase())),
      fc.string({ maxLength: 4 }),
    );
    return fc.record({ op: fc.constant('contains' as const), text });
  }
  const values = fc.subarray([...info.values, 'no-such-value', 'a|b'], { maxLength: 4 });
  return fc.record({ op: fc.constantFrom('in' as const, 'out' as const), values });
}

const specArb: fc.Arbitrary<FilterSpec> = fc
  .uniqueArray(fc.constantFrom(...keys), { maxLength: 5 })
  .chain((ks) =>
    ks.length === 0
      ? fc.constant({})
      : fc
          .tuple(...ks.map((k) => conditionArb(k)))
          .map((cs) => Object.fromEntries(ks.map((k, i) => [k, cs[i]!]))),
  );

// The time slider's days: every event day and the days either side, to draw as-of days from.
const stopDays = timelineStops(
  datasets.flatMap((d) => d.features as unknown as Parameters<typeof timelineStops>[0]),
).flatMap((s) => [s.day - 1, s.day, s.day + 1]);

/** A random filter with the time slider on at a random day (so status is read on that day). */
const asOfSpecArb: fc.Arbitrary<FilterSpec> = fc
  .tuple(
    specArb,
    fc.constantFrom(...stopDays),
    fc.option(conditionArb('status'), { nil: null }),
    fc.option(conditionArb('blocks/status'), { nil: null }),
  )
  .map(([spec, day, status, scoped]) => ({
    ...spec,
    ...(status ? { status } : {}),
    ...(scoped ? { 'blocks/status': scoped } : {}),
    [AS_OF_KEY]: { op: 'range' as const, min: null, max: day },
  }));

describe('filter predicate and map expression', () => {
  it('agree under the time slider: a status condition reads each block’s status on the day', () => {
    fc.assert(
      fc.property(asOfSpecArb, (spec) => {
        for (const ds of datasets)
          expect(mapSelects(ds, spec), `${ds.id} ${JSON.stringify(spec)}`).toEqual(jsSelects(ds, spec));
      }),
      { numRuns: 300 },
    );
  });

  it('select exactly the same features of every layer, for random filters on the real data', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        for (const ds of datasets)
          expect(mapSelects(ds, spec), `${ds.id} ${JSON.stringify(spec)}`).toEqual(jsSelects(ds, spec));
      }),
      { numRuns: 300 },
    );
  });

  it('filtering to lithium keeps exactly the features whose minerals include lithium', () => {
    const spec: FilterSpec = { minerals: { op: 'in', values: ['lithium'] } };
    for (const ds of datasets) {
      const want = ds.rows.filter((r) => valuesOf(r.values.minerals).includes('lithium')).map((r) => r.id);
      expect(jsSelects(ds, spec)).toEqual(want);
      expect(mapSelects(ds, spec)).toEqual(want);
    }
    expect(datasets.reduce((n, ds) => n + jsSelects(ds, spec).length, 0)).toBeGreaterThan(3);
  });

  it('a condition on a field a layer lacks hides that layer, except a none-of', () => {
    const centres = datasets.find((d) => d.id === 'centres')!;
    expect(jsSelects(centres, { tranche: { op: 'in', values: ['V'] } })).toEqual([]);
    expect(mapSelects(centres, { tranche: { op: 'in', values: ['V'] } })).toEqual([]);
    expect(jsSelects(centres, { tranche: { op: 'out', values: ['V'] } })).toHaveLength(centres.rows.length);
  });

  it('an empty filter lets everything through on the map, even before the global state is set', () => {
    for (const ds of datasets) {
      const compiled = createExpression(
        filterExpression(ds.id, ds.fields, ds.slots),
        'filter',
        BOOLEAN_FILTER as never,
      );
      if (compiled.result !== 'success') throw new Error('bad expression');
      for (const row of ds.rows) {
        const feature = { type: 1, properties: mapFilterProperties(row, ds.fields, ds.slots) };
        expect(compiled.value.evaluate({ zoom: 5 } as never, feature as never)).toBe(true);
      }
    }
  });
});
