/**
 * The filter model against direct computations over the raw geodata: predicate results, facet
 * counts (with the faceted rule), and the URL sanitiser.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { realDatasets, realLayers } from '../../real-data';
import { compilePredicate } from '../../../src/domain/filter/predicate';
import { facetCounts } from '../../../src/domain/filter/facets';
import { sanitizeFilter } from '../../../src/domain/filter/codec';
import { filterCatalogue } from '../../../src/state/selectors/filtered';
import { withCondition, type FilterSpec } from '../../../src/domain/filter/spec';
import type { BlockProps } from '../../../src/data/schema';

const datasets = realDatasets();
const layers = realLayers();
const blocks = datasets.find((d) => d.id === 'blocks')!;
const rawBlocks = layers.blocks.features.map((f) => f.properties as BlockProps);
const ids = (spec: FilterSpec) =>
  blocks.rows.filter(compilePredicate(spec, 'blocks', blocks.fields)).map((r) => r.id);

describe('filter predicate on the real blocks', () => {
  it('lithium blocks in Chhattisgarh are exactly the raw blocks with both', () => {
    const spec: FilterSpec = {
      minerals: { op: 'in', values: ['lithium'] },
      state: { op: 'in', values: ['IN-CG'] },
    };
    const want = rawBlocks
      .filter((p) => p.minerals.includes('lithium') && p.state === 'IN-CG')
      .map((p) => p.id);
    expect(want.length).toBeGreaterThan(0);
    expect(ids(spec)).toEqual(want);
  });

  it('"what did Vedanta win": blocks with a Vedanta bid, from the events', () => {
    const vedanta = [...new Set(rawBlocks.flatMap((p) => p.events.map((e) => e.bidder ?? '')))].filter((b) =>
      /vedanta/i.test(b),
    );
    expect(vedanta.length).toBeGreaterThan(0);
    const want = rawBlocks
      .filter((p) => p.events.some((e) => e.bidder && vedanta.includes(e.bidder)))
      .map((p) => p.id);
    expect(ids({ company: { op: 'in', values: vedanta } })).toEqual(want);
  });

  it('everything annulled in Tranche V', () => {
    const want = rawBlocks
      .filter((p) => p.status === 'annulled' && p.events.some((e) => e.tranche === 'V'))
      .map((p) => p.id);
    expect(ids({ status: { op: 'in', values: ['annulled'] }, tranche: { op: 'in', values: ['V'] } })).toEqual(
      want,
    );
  });

  it('a year range keeps blocks whose latest event falls in it, and upside down means the same', () => {
    const want = rawBlocks.filter((p) => Number(p.events.at(-1)!.date.slice(0, 4)) >= 2024).map((p) => p.id);
    expect(ids({ year: { op: 'range', min: 2024, max: null } })).toEqual(want);
    expect(withCondition({}, 'year', { op: 'range', min: 2026, max: 2024 })).toEqual({
      year: { op: 'range', min: 2024, max: 2026 },
    });
  });

  it('name contains ignores case and accents', () => {
    const want = rawBlocks.filter((p) => p.name.toLowerCase().includes('katgh')).map((p) => p.id);
    expect(want.length).toBeGreaterThan(0);
    expect(ids({ name: { op: 'contains', text: 'KÁTGH' } })).toEqual(want);
  });
});

describe('facet counts', () => {
  it('equal direct counts over the raw data for random filters, a facet ignoring its own condition', () => {
    const statuses = [...new Set(rawBlocks.map((p) => p.status))];
    const states = [...new Set(rawBlocks.map((p) => p.state))];
    fc.assert(
      fc.property(
        fc.subarray(statuses),
        fc.subarray(states),
        fc.option(fc.integer({ min: 2023, max: 2026 }), { nil: null }),
        (st, sts, from) => {
          let spec: FilterSpec = {};
          if (st.length) spec = withCondition(spec, 'status', { op: 'in', values: st });
          if (sts.length) spec = withCondition(spec, 'state', { op: 'in', values: sts });
          if (from !== null) spec = withCondition(spec, 'year', { op: 'range', min: from, max: null });
          const year = (p: BlockProps) => Number(p.events.at(-1)!.date.slice(0, 4));
          const passYear = (p: BlockProps) => from === null || year(p) >= from;
          const passState = (p: BlockProps) => sts.length === 0 || sts.includes(p.state);
          const passStatus = (p: BlockProps) => st.length === 0 || st.includes(p.status);
          // Status counts: every condition but the status one.
          const want = new Map<string, number>();
          for (const p of rawBlocks)
            if (passYear(p) && passState(p)) want.set(p.status, (want.get(p.status) ?? 0) + 1);
          expect(facetCounts(blocks, spec, 'status')).toEqual(want);
          // State counts: every condition but the state one.
          const wantStates = new Map<string, number>();
          for (const p of rawBlocks)
            if (passYear(p) && passStatus(p)) wantStates.set(p.state, (wantStates.get(p.state) ?? 0) + 1);
          expect(facetCounts(blocks, spec, 'state')).toEqual(wantStates);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts a many-valued field once per feature for each of its values', () => {
    const want = new Map<string, number>();
    for (const p of rawBlocks) for (const m of new Set(p.minerals)) want.set(m, (want.get(m) ?? 0) + 1);
    expect(facetCounts(blocks, {}, 'minerals')).toEqual(want);
  });
});

describe('sanitising a filter from a URL', () => {
  const cat = filterCatalogue(datasets);
  it('drops unknown fields, values and datasets, names each, and keeps the rest', () => {
    const { spec, dropped } = sanitizeFilter(
      {
        nosuchfield: { op: 'in', values: ['x'] },
        minerals: { op: 'in', values: ['lithium', 'unobtainium'] },
        'nodataset/status': { op: 'out', values: ['annulled'] },
        'blocks/status': { op: 'out', values: ['annulled'] },
        state: { op: 'range', min: 1, max: 2 },
      },
      cat,
    );
    expect(spec).toEqual({
      minerals: { op: 'in', values: ['lithium'] },
      'blocks/status': { op: 'out', values: ['annulled'] },
    });
    expect(dropped.sort()).toEqual(
      ['minerals:unobtainium', 'nodataset/status', 'nosuchfield', 'state'].sort(),
    );
  });
});
