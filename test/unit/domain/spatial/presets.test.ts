/**
 * The value-chain presets against a direct computation over the real built data (public/data,
 * `npm run prepare-data`): a plain loop over every pair with Turf's distance and the same
 * precision radii, with and without an active filter.
 */
import { existsSync } from 'node:fs';
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { compilePredicate } from '../../../../src/domain/filter/predicate';
import type { FilterSpec } from '../../../../src/domain/filter/spec';
import { valuesOf, type DatasetView, type Row } from '../../../../src/domain/model/fields';
import { PRECISION_RADIUS_KM } from '../../../../src/domain/symbology';
import {
  blocksNearCentres,
  closingCoalNearReeOrGraphite,
  nearestHubForAwardedBlocks,
  type PresetPair,
} from '../../../../src/domain/spatial/presets';
import { realDatasets } from '../../../real-data';

const built = existsSync('public/data/blocks.json');
if (!built) console.warn('SKIPPED: public/data not built; run `npm run prepare-data` first');

const r = (row: Row) => PRECISION_RADIUS_KM[row.values.precision as string] ?? 0;
const d = (a: Row, b: Row) => distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
const range = (a: Row, b: Row): [number, number] => [
  Math.max(0, d(a, b) - r(a) - r(b)),
  d(a, b) + r(a) + r(b),
];
const passing = (ds: DatasetView, spec: FilterSpec) => {
  const p = compilePredicate(spec, ds.id, ds.fields);
  return ds.rows.filter(p);
};
const key = (p: Pick<PresetPair, 'fromId' | 'toId' | 'membership'>) =>
  `${p.fromId}>${p.toId}:${p.membership}`;

const SPECS: Record<string, FilterSpec> = {
  none: {},
  lithium: { minerals: { op: 'in', values: ['lithium', 'ree', 'graphite', 'coal'] } },
  chhattisgarh: { state: { op: 'in', values: ['IN-CG', 'IN-JH', 'IN-OD'] } },
};

describe.skipIf(!built)('value-chain presets on the real data', () => {
  const datasets = built ? realDatasets() : [];
  const ds = (id: string) => datasets.find((x) => x.id === id)!;

  for (const [name, spec] of Object.entries(SPECS)) {
    it(`nearest processing hub for every awarded block (filter: ${name})`, () => {
      const blocks = passing(ds('blocks'), spec).filter((b) =>
        ['awarded', 'licence-executed'].includes(b.values.status as string),
      );
      const hubs = passing(ds('processing'), spec);
      const want = blocks.flatMap((b) => {
        const best = hubs
          .map((h) => ({ h, range: range(b, h) }))
          .sort((x, y) => x.range[0] - y.range[0] || x.range[1] - y.range[1] || x.h.index - y.h.index)[0];
        return best ? [`${b.id}>${best.h.id}:null`] : [];
      });
      const got = nearestHubForAwardedBlocks(datasets, spec);
      expect(got.pairs.map(key)).toEqual(want);
      if (name === 'none') expect(want.length).toBeGreaterThan(40);
      for (const p of got.pairs) {
        const [lo, hi] = range(ds('blocks').rows[p.fromIndex]!, ds('processing').rows[p.toIndex]!);
        expect(p.minKm).toBeCloseTo(lo, 2);
        expect(p.maxKm).toBeCloseTo(hi, 2);
      }
    });

    for (const km of [50, 200]) {
      it(`closing coal mines within ${km} km of REE or graphite blocks (filter: ${name})`, () => {
        const coal = passing(ds('coal-closures'), spec);
        const blocks = passing(ds('blocks'), spec).filter((b) =>
          valuesOf(b.values.minerals).some((m) => m === 'ree' || m === 'graphite'),
        );
        const want = coal
          .flatMap((c) =>
            blocks.map((b) => {
              const [lo, hi] = range(c, b);
              return { c, b, lo, hi, m: hi <= km ? 'inside' : lo <= km ? 'possibly' : null };
            }),
          )
          .filter((x) => x.m)
          .sort((x, y) => x.c.index - y.c.index || x.lo - y.lo || x.hi - y.hi || x.b.index - y.b.index)
          .map((x) => `${x.c.id}>${x.b.id}:${x.m}`);
        expect(closingCoalNearReeOrGraphite(datasets, spec, km).pairs.map(key)).toEqual(want);
      });

      it(`blocks within ${km} km of a Centre of Excellence (filter: ${name})`, () => {
        const blocks = passing(ds('blocks'), spec);
        const centres = passing(ds('centres'), spec);
        const want = blocks
          .flatMap((b) =>
            centres.map((c) => {
              const [lo, hi] = range(b, c);
              return { b, c, lo, hi, m: hi <= km ? 'inside' : lo <= km ? 'possibly' : null };
            }),
          )
          .filter((x) => x.m)
          .sort((x, y) => x.b.index - y.b.index || x.lo - y.lo || x.hi - y.hi || x.c.index - y.c.index)
          .map((x) => `${x.b.id}>${x.c.id}:${x.m}`);
        const got = blocksNearCentres(datasets, spec, km).pairs.map(key);
        expect(got).toEqual(want);
        if (name === 'none' && km === 200) expect(got.length).toBeGreaterThan(0);
      });
    }
  }

  it('names a dataset that is not loaded', () => {
    expect(nearestHubForAwardedBlocks([ds('blocks')], {}).missing).toEqual(['processing']);
  });
});
