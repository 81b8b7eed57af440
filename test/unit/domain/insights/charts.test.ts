/**
 * The charts' numbers equal direct counts over the raw geodata, for random filter states
 * (seeded): the raw features are filtered here by their own properties, not by the filter model.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYER_IDS } from '../../../../src/domain/model/enums';
import type {
  AtlasFeature,
  BlockProps,
  CoalClosureProps,
  LayerCollection,
} from '../../../../src/data/schema';
import type { AtlasData } from '../../../../src/data/load';
import { curatedDatasets } from '../../../../src/data/datasets';
import { compilePredicate } from '../../../../src/domain/filter/predicate';
import type { FilterSpec } from '../../../../src/domain/filter/spec';
import { standingAward } from '../../../../src/domain/auction';
import {
  blocksByMineralOutcome,
  blocksByTranche,
  closuresByYear,
  countsByState,
  mineralOutcomeFilter,
  premiumHistogram,
  PREMIUM_BIN,
  withoutChartKeys,
  type Bar,
} from '../../../../src/domain/insights/charts';
import { STATE_CODES } from '../../../../src/domain/states';

const layers = Object.fromEntries(
  LAYER_IDS.map((l) => [l, JSON.parse(readFileSync(`public/data/${l}.json`, 'utf8')) as LayerCollection]),
) as AtlasData['layers'];
const datasets = curatedDatasets({ layers } as AtlasData);
const ds = (id: string) => datasets.find((d) => d.id === id)!;
const raw = (l: (typeof LAYER_IDS)[number]) => layers[l].features as AtlasFeature[];

interface RawFilter {
  minerals: string[] | null;
  states: string[] | null;
}
const allMinerals = [...new Set(LAYER_IDS.flatMap((l) => raw(l).flatMap((f) => f.properties.minerals)))];
const rawFilter: fc.Arbitrary<RawFilter> = fc.record({
  minerals: fc.option(fc.uniqueArray(fc.constantFrom(...allMinerals), { minLength: 1, maxLength: 4 }), {
    nil: null,
  }),
  states: fc.option(fc.uniqueArray(fc.constantFrom(...STATE_CODES), { minLength: 1, maxLength: 8 }), {
    nil: null,
  }),
});
const toSpec = (r: RawFilter): FilterSpec => ({
  ...(r.minerals ? { minerals: { op: 'in', values: [...r.minerals].sort() } } : {}),
  ...(r.states ? { state: { op: 'in', values: [...r.states].sort() } } : {}),
});
const passes = (f: AtlasFeature, r: RawFilter) =>
  (!r.minerals || f.properties.minerals.some((m) => r.minerals!.includes(m))) &&
  (!r.states || r.states.includes(f.properties.state ?? ''));
const rowsOf = (id: string, spec: FilterSpec) =>
  ds(id).rows.filter(compilePredicate(spec, id, ds(id).fields));

/** Bars as `x|series → count`, to compare with a direct count. */
const asMap = (bars: readonly Bar[]) => new Map(bars.map((b) => [`${b.x}|${b.series}`, b.count]));
function countInto(m: Map<string, number>, k: string) {
  m.set(k, (m.get(k) ?? 0) + 1);
}

describe('chart aggregations', () => {
  it('equal direct counts over the raw geodata for random filters', () => {
    fc.assert(
      fc.property(rawFilter, (r) => {
        const spec = toSpec(r);
        const blocks = raw('blocks').filter((f) => passes(f, r)) as AtlasFeature<BlockProps>[];

        const mo = new Map<string, number>();
        for (const f of blocks)
          for (const m of f.properties.minerals) countInto(mo, `${m}|${f.properties.status}`);
        expect(asMap(blocksByMineralOutcome(rowsOf('blocks', spec)))).toEqual(mo);

        const tr = new Map<string, number>();
        for (const f of blocks) {
          const tranches = [
            ...new Set(f.properties.events.map((e) => e.tranche).filter(Boolean)),
          ] as string[];
          for (const t of tranches) {
            const inT = f.properties.events.filter((e) => e.tranche === t);
            countInto(tr, `${t}|${inT[inT.length - 1]!.type}`);
          }
        }
        const blockRows = rowsOf('blocks', spec);
        const trancheBars = blocksByTranche(
          blockRows.map((row) => ({
            row,
            events: (raw('blocks')[row.index]!.properties as BlockProps).events,
          })),
        );
        expect(asMap(trancheBars)).toEqual(tr);
        // Tranches in the order first offered.
        const dates = [...new Map(trancheBars.map((b) => [b.x, b.date])).values()];
        expect([...dates].sort()).toEqual(dates);

        const pr = new Map<string, number>();
        for (const f of blocks) {
          const p = standingAward(f.properties.events)?.premiumPct;
          if (p !== undefined) countInto(pr, `${Math.floor(p / PREMIUM_BIN) * PREMIUM_BIN}|`);
        }
        expect(asMap(premiumHistogram(blockRows))).toEqual(pr);

        const st = new Map<string, number>();
        for (const l of LAYER_IDS)
          for (const f of raw(l))
            if (passes(f, r) && l !== 'overseas' && f.properties.state)
              countInto(st, `${f.properties.state}|${l}`);
        const byState = countsByState(
          datasets.filter((d) => d.id !== 'overseas').map((d) => ({ id: d.id, rows: rowsOf(d.id, spec) })),
        );
        expect(asMap(byState)).toEqual(st);

        const cl = new Map<string, number>();
        let unknown = 0;
        for (const f of raw('coal-closures') as AtlasFeature<CoalClosureProps>[]) {
          if (!passes(f, r)) continue;
          if (f.properties.closureYear === null) unknown++;
          else countInto(cl, `${f.properties.closureYear}|${f.properties.closureStatus}`);
        }
        const closed = closuresByYear(rowsOf('coal-closures', spec));
        expect(asMap(closed.bars)).toEqual(cl);
        expect(closed.unknownYear).toBe(unknown);
      }),
      { numRuns: 150, seed: 1201 },
    );
  });

  it('count without their own filter, and a second click on the same bar clears it', () => {
    const set = Object.fromEntries(
      mineralOutcomeFilter({}, 'lithium', 'awarded').filter(([, c]) => c),
    ) as FilterSpec;
    expect(set).toEqual({
      minerals: { op: 'in', values: ['lithium'] },
      status: { op: 'in', values: ['awarded'] },
    });
    expect(withoutChartKeys({ ...set, state: { op: 'in', values: ['IN-OD'] } }, 'mineralOutcome')).toEqual({
      state: { op: 'in', values: ['IN-OD'] },
    });
    expect(mineralOutcomeFilter(set, 'lithium', 'awarded')).toEqual([
      ['minerals', null],
      ['status', null],
    ]);
  });
});
