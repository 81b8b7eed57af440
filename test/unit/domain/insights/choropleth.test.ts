/**
 * The choropleth's numbers equal a direct count over the raw geodata, for random filter
 * states (seeded): the raw features are filtered here by reading their properties, not by the
 * app's filter model, and counted per state and per district.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYER_IDS, BLOCK_STATUSES } from '../../../../src/domain/model/enums';
import type { AtlasFeature, BlockProps, LayerCollection } from '../../../../src/data/schema';
import type { AtlasData } from '../../../../src/data/load';
import { curatedDatasets } from '../../../../src/data/datasets';
import { compilePredicate } from '../../../../src/domain/filter/predicate';
import type { FilterSpec } from '../../../../src/domain/filter/spec';
import {
  aggregateChoropleth,
  CHOROPLETH_MEASURES,
  classOf,
  DENSITY_PER_KM2,
  MEASURE_DATASET,
  quantileClasses,
  type ChoroplethLevel,
} from '../../../../src/domain/insights/choropleth';
import { STATE_CODES } from '../../../../src/domain/states';

const layers = Object.fromEntries(
  LAYER_IDS.map((l) => [l, JSON.parse(readFileSync(`public/data/${l}.json`, 'utf8')) as LayerCollection]),
) as AtlasData['layers'];
const datasets = curatedDatasets({ layers } as AtlasData);

/** A filter a user can set, described so this test can apply it to raw properties itself. */
interface RawFilter {
  minerals: string[] | null;
  states: string[] | null;
  statusOut: string[];
  yearMin: number | null;
}

const allMinerals = [
  ...new Set(LAYER_IDS.flatMap((l) => layers[l].features.flatMap((f) => f.properties.minerals))),
];
const rawFilter: fc.Arbitrary<RawFilter> = fc.record({
  minerals: fc.option(fc.uniqueArray(fc.constantFrom(...allMinerals), { minLength: 1, maxLength: 3 }), {
    nil: null,
  }),
  states: fc.option(fc.uniqueArray(fc.constantFrom(...STATE_CODES), { minLength: 1, maxLength: 6 }), {
    nil: null,
  }),
  statusOut: fc.uniqueArray(fc.constantFrom(...BLOCK_STATUSES), { maxLength: 3 }),
  yearMin: fc.option(fc.integer({ min: 2015, max: 2026 }), { nil: null }),
});

function toSpec(r: RawFilter): FilterSpec {
  const spec: Record<string, FilterSpec[string]> = {};
  if (r.minerals) spec.minerals = { op: 'in', values: [...r.minerals].sort() };
  if (r.states) spec.state = { op: 'in', values: [...r.states].sort() };
  if (r.statusOut.length) spec['blocks/status'] = { op: 'out', values: [...r.statusOut].sort() };
  if (r.yearMin !== null) spec.year = { op: 'range', min: r.yearMin, max: null };
  return spec;
}

/** A feature's "year" as the raw data gives it, per layer. */
function rawYear(f: AtlasFeature): number | null {
  const p = f.properties;
  const y = (d: string | null | undefined) => (d ? Number(d.slice(0, 4)) : null);
  switch (p.layer) {
    case 'blocks':
      return y(p.events[p.events.length - 1]?.date);
    case 'exploration':
      return y(p.announced);
    case 'coal-closures':
      return p.closureYear;
    case 'centres':
      return y(p.recognised);
    case 'overseas':
      return y(p.agreed);
    default:
      return null;
  }
}

function rawPasses(f: AtlasFeature, r: RawFilter): boolean {
  const p = f.properties;
  if (r.minerals && !p.minerals.some((m) => r.minerals!.includes(m))) return false;
  if (r.states && !(typeof p.state === 'string' && r.states.includes(p.state))) return false;
  if (p.layer === 'blocks' && r.statusOut.includes(p.status)) return false;
  if (r.yearMin !== null) {
    const y = rawYear(f);
    if (y === null || y < r.yearMin) return false;
  }
  return true;
}

const districtKeys = new Set(
  (
    JSON.parse(readFileSync('public/data/boundaries/districts.geojson', 'utf8')) as {
      features: { properties: { state: string; district: string } }[];
    }
  ).features.map((f) => `${f.properties.state}:${f.properties.district}`),
);
/** A made-up but fixed size per area: the density must be count / size × 10,000 whatever the sizes. */
const sizeOf = (key: string) => 1000 + [...key].reduce((a, c) => a + c.charCodeAt(0), 0) * 7;

describe('choropleth aggregation', () => {
  it('equals a direct count over the raw geodata for random filters, every measure and level', () => {
    fc.assert(
      fc.property(
        rawFilter,
        fc.constantFrom(...CHOROPLETH_MEASURES),
        fc.constantFrom<ChoroplethLevel>('state', 'district'),
        fc.option(fc.constantFrom(...BLOCK_STATUSES), { nil: null }),
        (r, measure, level, status) => {
          const layer = MEASURE_DATASET[measure] as (typeof LAYER_IDS)[number];
          const ds = datasets.find((d) => d.id === layer)!;
          const spec = toSpec(r);
          const pred = compilePredicate(spec, ds.id, ds.fields);
          const keys = level === 'state' ? new Set<string>(STATE_CODES) : districtKeys;
          const got = aggregateChoropleth({
            measure,
            level,
            rows: ds.rows.filter(pred),
            status,
            keys,
            areaKm2: sizeOf,
          });

          // The direct count: raw features, filtered by their own properties.
          const want = new Map<string, { n: number; ha: number; atState: number }>();
          const blockStatus = layer === 'blocks' ? status : null;
          for (const f of layers[layer].features as AtlasFeature[]) {
            if (!rawPasses(f, r)) continue;
            if (blockStatus && (f.properties as BlockProps).status !== blockStatus) continue;
            const st = f.properties.state!;
            const key =
              level === 'state' ? st : f.properties.district ? `${st}:${f.properties.district}` : null;
            if (!key || !keys.has(key)) continue;
            const e = want.get(key) ?? { n: 0, ha: 0, atState: 0 };
            e.n++;
            if (f.properties.precision === 'state') e.atState++;
            const ha = (f.properties as { areaHa?: number | null }).areaHa;
            if (typeof ha === 'number') e.ha += ha;
            want.set(key, e);
          }
          expect([...got.values.keys()].sort()).toEqual([...want.keys()].sort());
          for (const [key, e] of want) {
            const v = got.values.get(key)!;
            expect(v.count).toBe(e.n);
            expect(v.atStateCentre).toBe(e.atState);
            const value =
              measure === 'blockDensity'
                ? (e.n / sizeOf(key)) * DENSITY_PER_KM2
                : measure === 'blockArea'
                  ? e.ha
                  : e.n;
            expect(v.value).toBeCloseTo(value, 9);
          }
          const total = [...want.values()].reduce((a, e) => a + e.n, 0);
          expect(got.counted).toBe(total);
        },
      ),
      { numRuns: 400, seed: 20261201 },
    );
  });

  it('counts features known only to their state in no district, and says how many', () => {
    const ds = datasets.find((d) => d.id === 'blocks')!;
    const got = aggregateChoropleth({
      measure: 'blocks',
      level: 'district',
      rows: ds.rows,
      keys: districtKeys,
      areaKm2: () => null,
    });
    const noDistrict = layers.blocks.features.filter((f) => !f.properties.district).length;
    expect(noDistrict).toBeGreaterThan(0);
    expect(got.uncounted).toBe(noDistrict);
    expect(got.counted + got.uncounted + got.noOutline).toBe(ds.rows.length);
  });
});

describe('quantile classes', () => {
  it('puts every positive value in exactly one class, ties together, classes in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        (vs, k) => {
          const classes = quantileClasses(vs, k);
          expect(classes.length).toBeLessThanOrEqual(k);
          for (let i = 1; i < classes.length; i++)
            expect(classes[i]!.min).toBeGreaterThan(classes[i - 1]!.max);
          const positive = vs.filter((v) => v > 0);
          expect(classes.reduce((a, c) => a + c.areas, 0)).toBe(positive.length);
          for (const v of vs) {
            const c = classOf(v, classes);
            if (v === 0) expect(c).toBe(-1);
            else expect(v >= classes[c]!.min && v <= classes[c]!.max).toBe(true);
          }
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
