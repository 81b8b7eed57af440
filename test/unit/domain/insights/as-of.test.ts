/**
 * Status as of the time slider's day (issue 12): every count the legend, the status facet and
 * the filter give under the slider equals a direct count over the raw geodata, with each
 * block's status on the day worked out by `blockStatusOn` from its events, for random days and
 * status filters (seeded).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYER_IDS } from '../../../../src/domain/model/enums';
import type { BlockEvent, LayerCollection } from '../../../../src/data/schema';
import type { AtlasData } from '../../../../src/data/load';
import { curatedDatasets } from '../../../../src/data/datasets';
import { compilePredicate, matchingIndexes } from '../../../../src/domain/filter/predicate';
import { facetCounts } from '../../../../src/domain/filter/facets';
import { valueOn, type Row } from '../../../../src/domain/model/fields';
import type { FilterSpec } from '../../../../src/domain/filter/spec';
import { AS_OF_KEY, blockStatusOn, dayOfEnd } from '../../../../src/domain/insights/timeline';
import { BLOCK_STATUSES } from '../../../../src/domain/model/enums';
import { aggregateChoropleth } from '../../../../src/domain/insights/choropleth';
import { STATE_CODES } from '../../../../src/domain/states';
import { summarizeHits } from '../../../../src/domain/spatial/run-query';

const layers = Object.fromEntries(
  LAYER_IDS.map((l) => [l, JSON.parse(readFileSync(`public/data/${l}.json`, 'utf8')) as LayerCollection]),
) as AtlasData['layers'];
const blocksDs = curatedDatasets({ layers } as AtlasData).find((d) => d.id === 'blocks')!;

/** The raw geodata, read here directly (not through the app's build or loader). */
const raw = (
  JSON.parse(readFileSync('geodata/blocks.geojson', 'utf8')) as {
    features: { properties: { id: string; state: string; events: BlockEvent[] } }[];
  }
).features.map((f) => f.properties);

const eventDays = [...new Set(raw.flatMap((b) => b.events.map((e) => dayOfEnd(e.date)!)))].sort();
const asOf = (day: number, more: FilterSpec = {}): FilterSpec => ({
  ...more,
  [AS_OF_KEY]: { op: 'range', min: null, max: day },
});

/** Per status, how many blocks were in the view on the day (first event by then) with that status. */
function directCounts(day: number, keep: (b: (typeof raw)[number]) => boolean = () => true) {
  const out = new Map<string, number>();
  for (const b of raw) {
    if (!keep(b) || dayOfEnd(b.events[0]!.date)! > day) continue;
    const s = blockStatusOn(b.events, day)!;
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

const dayArb = fc.oneof(
  fc.constantFrom(...eventDays),
  fc.constantFrom(...eventDays).map((d) => d - 1),
  fc
    .integer({ min: 2023, max: 2026 })
    .chain((y) =>
      fc
        .integer({ min: 1, max: 12 })
        .chain((m) => fc.integer({ min: 1, max: 28 }).map((d) => y * 10000 + m * 100 + d)),
    ),
);

describe('status as of the time slider’s day', () => {
  it('reads a timed field’s value on a day: its last step by then, today’s value without a day', () => {
    const row: Row = {
      id: 'x',
      index: 0,
      lon: 0,
      lat: 0,
      values: { status: 'awarded' },
      history: {
        status: [
          [20231129, 'offered'],
          [20240624, 'awarded'],
        ],
      },
    };
    expect(valueOn(row, 'status', 20231128)).toBeNull();
    expect(valueOn(row, 'status', 20231129)).toBe('offered');
    expect(valueOn(row, 'status', 20240623)).toBe('offered');
    expect(valueOn(row, 'status', 20240624)).toBe('awarded');
    expect(valueOn(row, 'status', null)).toBe('awarded');
    expect(valueOn(row, 'name', 20240101)).toBeUndefined();
  });

  it('the legend’s and the facet’s status counts equal a direct count with blockStatusOn, for random days', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const counts = facetCounts(blocksDs, asOf(day), 'status');
        const want = directCounts(day);
        for (const s of BLOCK_STATUSES) expect(counts.get(s) ?? 0, `${s} on ${day}`).toBe(want.get(s) ?? 0);
      }),
      { numRuns: 200, seed: 12 },
    );
  });

  it('a status filter under the slider keeps the blocks with that status on the day (and the counts agree)', () => {
    const statusArb = fc.subarray<string>([...BLOCK_STATUSES], { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(dayArb, statusArb, fc.boolean(), (day, statuses, scoped) => {
        const key = scoped ? 'blocks/status' : 'status';
        const spec = asOf(day, { [key]: { op: 'in', values: statuses } });
        const shown = matchingIndexes(blocksDs.rows, compilePredicate(spec, blocksDs.id, blocksDs.fields));
        const want = [...directCounts(day)]
          .filter(([s]) => statuses.includes(s))
          .reduce((n, [, k]) => n + k, 0);
        expect(shown.length, `${statuses.join(',')} on ${day}`).toBe(want);
        // The facet's own condition does not shrink its counts; another condition does.
        const state = raw[0]!.state;
        const byState = facetCounts(
          blocksDs,
          asOf(day, { ...spec, state: { op: 'in', values: [state] } }),
          'status',
        );
        const direct = directCounts(day, (b) => b.state === state);
        for (const s of BLOCK_STATUSES) expect(byState.get(s) ?? 0).toBe(direct.get(s) ?? 0);
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('the choropleth of blocks of one status counts, per state, the blocks with that status on the day', () => {
    fc.assert(
      fc.property(dayArb, fc.constantFrom(...BLOCK_STATUSES), (day, status) => {
        const spec = asOf(day);
        const pred = compilePredicate(spec, blocksDs.id, blocksDs.fields);
        const data = aggregateChoropleth({
          measure: 'blocks',
          level: 'state',
          rows: blocksDs.rows.filter(pred),
          status,
          day,
          keys: new Set(STATE_CODES),
          areaKm2: () => null,
        });
        for (const code of STATE_CODES) {
          const want = directCounts(day, (b) => b.state === code).get(status) ?? 0;
          expect(data.values.get(code)?.count ?? 0, `${code} ${status} on ${day}`).toBe(want);
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('a spatial question’s summary counts its blocks by their status on the day', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const shown = matchingIndexes(
          blocksDs.rows,
          compilePredicate(asOf(day), blocksDs.id, blocksDs.fields),
        );
        const hits = Array.from(shown, (index) => ({
          datasetId: 'blocks',
          index,
          id: blocksDs.rows[index]!.id,
          membership: 'inside' as const,
          minKm: null,
          maxKm: null,
        }));
        const summary = summarizeHits([blocksDs], hits, day);
        const want = directCounts(day);
        for (const st of BLOCK_STATUSES)
          expect(summary.byStatus.get(st)?.total ?? 0, `${st} on ${day}`).toBe(want.get(st) ?? 0);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('with the slider off, statuses are today’s', () => {
    const counts = facetCounts(blocksDs, {}, 'status');
    const today = new Map<string, number>();
    for (const b of raw) {
      const s = blockStatusOn(b.events, 99991231)!;
      today.set(s, (today.get(s) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(today));
  });

  it('a day between a block’s offer and its award counts it as offered, not awarded', () => {
    const b = raw.find((x) => x.events[0]!.type === 'offered' && x.events[1]?.type === 'awarded')!;
    const day = dayOfEnd(b.events[0]!.date)!;
    const spec = asOf(day, { state: { op: 'in', values: [b.state] }, name: { op: 'contains', text: '' } });
    const row = blocksDs.rows.find((r) => r.id === b.id)!;
    expect(valueOn(row, 'status', day)).toBe('offered');
    expect(
      compilePredicate(
        asOf(day, { status: { op: 'in', values: ['offered'] } }),
        'blocks',
        blocksDs.fields,
      )(row),
    ).toBe(true);
    expect(
      compilePredicate(
        asOf(day, { status: { op: 'in', values: ['awarded'] } }),
        'blocks',
        blocksDs.fields,
      )(row),
    ).toBe(false);
    expect(facetCounts(blocksDs, spec, 'status').get('offered')).toBeGreaterThanOrEqual(1);
  });
});
