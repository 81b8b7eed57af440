/**
 * The time slider: a day's view equals a direct count over the raw geodata (a block from its
 * first event, a month or year counting from its last day), for random days and filters (seeded);
 * its day travels in the URL as a date, and a malformed date is ignored.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYER_IDS } from '../../../../src/domain/model/enums';
import type { AtlasFeature, BlockProps, LayerCollection } from '../../../../src/data/schema';
import type { AtlasData } from '../../../../src/data/load';
import { curatedDatasets } from '../../../../src/data/datasets';
import { compilePredicate } from '../../../../src/domain/filter/predicate';
import {
  AS_OF_KEY,
  blockStatusOn,
  dateOfDay,
  dayOf,
  dayOfEnd,
  timelineStops,
} from '../../../../src/domain/insights/timeline';
import { decodeUrlState, encodeUrlState } from '../../../../src/state/url-codec';

const layers = Object.fromEntries(
  LAYER_IDS.map((l) => [l, JSON.parse(readFileSync(`public/data/${l}.json`, 'utf8')) as LayerCollection]),
) as AtlasData['layers'];
const datasets = curatedDatasets({ layers } as AtlasData);

/** The last day a partial date can mean, as an ISO string, worked out by hand. */
function endOf(d: string): string {
  if (d.length === 10) return d;
  if (d.length === 4) return `${d}-12-31`;
  const [y, m] = d.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${d}-${String(last).padStart(2, '0')}`;
}

describe('time slider days', () => {
  it('reads partial dates as their last day, and refuses impossible ones', () => {
    expect(dayOfEnd('2024-02')).toBe(20240229);
    expect(dayOfEnd('2025')).toBe(20251231);
    expect(dayOfEnd('2023-11-29')).toBe(20231129);
    expect(dayOf('2024-02-30')).toBeNull();
    expect(dayOf('2024-1-01')).toBeNull();
    expect(dayOf('2024')).toBeNull();
    expect(dateOfDay(20240101)).toBe('2024-01-01');
  });

  it('a day’s view equals a direct count over the raw geodata, for random days and states', () => {
    const stops = timelineStops(LAYER_IDS.flatMap((l) => layers[l].features as AtlasFeature[]));
    expect(stops.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2015-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        fc.option(fc.constantFrom('IN-OD', 'IN-CG', 'IN-RJ', 'IN-JH'), { nil: null }),
        (date, state) => {
          const iso = date.toISOString().slice(0, 10);
          const day = dayOf(iso)!;
          const spec = {
            [AS_OF_KEY]: { op: 'range' as const, min: null, max: day },
            ...(state ? { state: { op: 'in' as const, values: [state] } } : {}),
          };
          for (const ds of datasets) {
            const got = ds.rows.filter(compilePredicate(spec, ds.id, ds.fields)).map((r) => r.id);
            const want = (layers[ds.id as (typeof LAYER_IDS)[number]].features as AtlasFeature[])
              .filter((f) => {
                const p = f.properties;
                if (state && p.state !== state) return false;
                const d =
                  p.layer === 'blocks'
                    ? p.events[0]!.date
                    : p.layer === 'exploration'
                      ? p.announced
                      : p.layer === 'coal-closures'
                        ? p.closureYear === null
                          ? null
                          : String(p.closureYear)
                        : p.layer === 'centres'
                          ? p.recognised
                          : p.layer === 'overseas'
                            ? p.agreed
                            : null;
                return d !== null && endOf(d) <= iso;
              })
              .map((f) => f.properties.id);
            expect(got, `${ds.id} as of ${iso}`).toEqual(want);
          }
        },
      ),
      { numRuns: 200, seed: 20240101 },
    );
  });

  it('a block’s status on a day is its last event by then', () => {
    const b = (layers.blocks.features as AtlasFeature<BlockProps>[]).find(
      (f) => f.properties.events.length >= 3,
    )!;
    const evs = b.properties.events;
    expect(blockStatusOn(evs, dayOfEnd(evs[0]!.date)! - 1)).toBeNull();
    expect(blockStatusOn(evs, dayOfEnd(evs[1]!.date)!)).toBe(evs[1]!.type);
    expect(blockStatusOn(evs, 99991231)).toBe(b.properties.status);
  });

  it('travels in the URL as asof=YYYY-MM-DD; a malformed date is ignored', () => {
    const s = decodeUrlState('asof=2024-01-01&f=minerals:lithium');
    expect(s.filters).toEqual({
      minerals: { op: 'in', values: ['lithium'] },
      [AS_OF_KEY]: { op: 'range', min: null, max: 20240101 },
    });
    expect(encodeUrlState(s)).toBe('f=minerals%3Alithium&asof=2024-01-01');
    for (const bad of ['2024-13-01', '2024-02-30', 'yesterday', '2024', '20240101', ''])
      expect(decodeUrlState(`asof=${encodeURIComponent(bad)}`).filters).toEqual({});
  });
});
