/**
 * Every aggregation of the insights views equals a direct count over the raw geodata
 * (geodata/*.geojson, read here without the app's loader), for random filter states: the
 * filter goes through the app's own predicate, the oracle evaluates it by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYER_IDS, PRECISIONS } from '../../../../src/data/schema';
import { STATE_CODES } from '../../../../src/domain/states';
import type { AtlasFeature, BlockProps } from '../../../../src/data/schema';
import { MINERAL_IDS } from '../../../../src/domain/minerals';
import { compilePredicate } from '../../../../src/domain/filter/predicate';
import type { FilterSpec } from '../../../../src/domain/filter/spec';
import { buildScorecard } from '../../../../src/domain/insights/scorecard';
import { trancheChanges, trancheTimeline } from '../../../../src/domain/insights/tranches';
import { criticalMineralsInData, numberIn, seriesOf } from '../../../../src/domain/insights/mission';
import type { FactsFile } from '../../../../src/data/schema';
import { realDatasets, realLayers } from '../../../real-data';

interface RawFeature {
  properties: Record<string, unknown> & {
    id: string;
    layer: string;
    state: string | null;
    minerals: string[];
    precision: string;
    events?: { type: string; tranche?: string; premiumPct?: number }[];
    closureYear?: number | null;
  };
}
const raw: Record<string, RawFeature[]> = Object.fromEntries(
  LAYER_IDS.map((l) => [
    l,
    (JSON.parse(readFileSync(`geodata/${l}.geojson`, 'utf8')) as { features: RawFeature[] }).features,
  ]),
);
const rawBlocksMeta = JSON.parse(readFileSync('geodata/blocks.geojson', 'utf8')) as {
  metadata: { figures: { id: string; value: unknown }[] };
};
const layers = realLayers();
const datasets = realDatasets();

interface RandomFilter {
  minerals: string[] | null;
  precisions: string[] | null;
  statusOut: string[];
}
const STATUSES = ['offered', 're-offered', 'awarded', 'licence-executed', 'annulled', 'deferred'];

const toSpec = (r: RandomFilter): FilterSpec => ({
  ...(r.minerals && { minerals: { op: 'in', values: r.minerals } }),
  ...(r.precisions && { precision: { op: 'in', values: r.precisions } }),
  ...(r.statusOut.length > 0 && { 'blocks/status': { op: 'out', values: r.statusOut } }),
});

/** The oracle: the filter evaluated by hand on the raw properties. */
function passes(r: RandomFilter, f: RawFeature): boolean {
  const p = f.properties;
  if (r.minerals && !p.minerals.some((m) => r.minerals!.includes(m))) return false;
  if (r.precisions && !r.precisions.includes(p.precision)) return false;
  if (p.layer === 'blocks' && r.statusOut.length > 0) {
    const last = p.events![p.events!.length - 1]!.type;
    if (r.statusOut.includes(last)) return false;
  }
  return true;
}

/** The app's way: each dataset's rows through the compiled predicate, back to features. */
function appFiltered(spec: FilterSpec): AtlasFeature[] {
  return datasets.flatMap((ds) => {
    const pred = compilePredicate(spec, ds.id, ds.fields);
    return ds.rows.filter(pred).map((row) => layers[ds.layer].features[row.index]!);
  });
}

const filterArb = fc.record({
  minerals: fc.option(fc.subarray([...MINERAL_IDS], { minLength: 1, maxLength: 6 }), { nil: null }),
  precisions: fc.option(fc.subarray([...PRECISIONS], { minLength: 1 }), { nil: null }),
  statusOut: fc.subarray(STATUSES),
});
const RUNS = { seed: 20261201, numRuns: 60 };

describe('state scorecard against a direct count of the raw geodata', () => {
  it('counts, precision, blocks, minerals and closures agree for random filters and states', () => {
    fc.assert(
      fc.property(filterArb, fc.constantFrom(...STATE_CODES), (r, code) => {
        const mine = appFiltered(toSpec(r)).filter((f) => f.properties.state === code);
        const card = buildScorecard(mine, null, []);
        const direct = Object.values(raw)
          .flat()
          .filter((f) => f.properties.state === code && passes(r, f));
        expect(card.total).toBe(direct.length);
        expect(new Set(mine.map((f) => f.properties.id))).toEqual(
          new Set(direct.map((f) => f.properties.id)),
        );
        for (const l of card.layers)
          expect(l.count).toBe(direct.filter((f) => f.properties.layer === l.layer).length);
        for (const p of PRECISIONS)
          expect(card.precision[p]).toBe(direct.filter((f) => f.properties.precision === p).length);
        expect(card.stateOnly).toBe(direct.filter((f) => f.properties.precision === 'state').length);
        const blocks = direct.filter((f) => f.properties.layer === 'blocks');
        expect(card.blocks.count).toBe(blocks.length);
        for (const [status, n] of card.blocks.byStatus)
          expect(n).toBe(blocks.filter((b) => b.properties.events!.at(-1)!.type === status).length);
        for (const [m, n] of card.minerals)
          expect(n).toBe(direct.filter((f) => f.properties.minerals.includes(m)).length);
        expect(card.minerals.reduce((a, [, n]) => a + n, 0)).toBe(
          direct.reduce((a, f) => a + new Set(f.properties.minerals).size, 0),
        );
        expect(card.closures.length).toBe(
          direct.filter((f) => f.properties.layer === 'coal-closures').length,
        );
        // A premium is counted only for an award that stands; never more than the awards.
        expect(card.blocks.premium?.count ?? 0).toBeLessThanOrEqual(card.blocks.awarded.length);
      }),
      RUNS,
    );
  });

  it('Odisha holds exactly the features whose state is IN-OD', () => {
    const all = LAYER_IDS.flatMap((l) => layers[l].features);
    const card = buildScorecard(
      all.filter((f) => f.properties.state === 'IN-OD'),
      [85.0, 20.5],
      layers.processing.features,
    );
    expect(card.total).toBe(
      Object.values(raw)
        .flat()
        .filter((f) => f.properties.state === 'IN-OD').length,
    );
    expect(card.total).toBeGreaterThan(10);
    // Nearest hubs are ranked by their nearest possible distance.
    expect(card.nearestHubs.length).toBe(3);
    for (let i = 1; i < card.nearestHubs.length; i++)
      expect(card.nearestHubs[i]!.minKm).toBeGreaterThanOrEqual(card.nearestHubs[i - 1]!.minKm);
    for (const h of card.nearestHubs) expect(h.maxKm).toBeGreaterThanOrEqual(h.minKm);
  });
});

describe('tranche timeline against a direct count of the raw geodata', () => {
  const tranchesOf = (r: RandomFilter) => {
    const blocks = appFiltered(toSpec(r)).filter(
      (f): f is AtlasFeature<BlockProps> => f.properties.layer === 'blocks',
    );
    return { blocks, timeline: trancheTimeline(blocks, layers.blocks.metadata.figures) };
  };
  const KIND_TYPE = {
    new: 'offered',
    're-offered': 're-offered',
    awarded: 'awarded',
    annulled: 'annulled',
    deferred: 'deferred',
    'licence-executed': 'licence-executed',
  } as const;

  it('each tranche’s counts are the blocks with that event in that tranche, for random filters', () => {
    fc.assert(
      fc.property(filterArb, (r) => {
        const { blocks, timeline } = tranchesOf(r);
        const direct = raw.blocks!.filter((f) => passes(r, f));
        for (const tr of timeline) {
          const inTr = direct.filter((b) => b.properties.events!.some((e) => e.tranche === tr.tranche));
          expect(tr.blocksInData).toBe(inTr.length);
          for (const [kind, type] of Object.entries(KIND_TYPE)) {
            const n = direct.filter((b) =>
              b.properties.events!.some((e) => e.tranche === tr.tranche && e.type === type),
            ).length;
            expect(tr.inData[kind as keyof typeof KIND_TYPE]).toBe(n);
            const changes = trancheChanges(blocks, tr.tranche).filter((c) => c.kind === kind);
            expect(new Set(changes.map((c) => c.blockId)).size).toBe(n);
          }
        }
      }),
      RUNS,
    );
  });

  it('reports a tranche’s totals only from the figures, and names Tranche VIII though no block has it', () => {
    const { timeline } = tranchesOf({ minerals: null, precisions: null, statusOut: [] });
    const figs = new Map(rawBlocksMeta.metadata.figures.map((f) => [f.id, f.value]));
    const names = timeline.map((t) => t.tranche);
    expect(names.slice(0, 8)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    for (const [i, tr] of timeline.slice(0, 8).entries()) {
      expect(tr.reported.offered?.value).toBe(figs.get(`blocks-t${i + 1}-offered`));
      expect(tr.reported.awarded?.value).toBe(figs.get(`blocks-t${i + 1}-awarded`));
    }
    const viii = timeline.find((t) => t.tranche === 'VIII')!;
    expect(viii.blocksInData).toBe(0);
    expect(viii.launched).toBe('2026-07-15');
    // The state auctions have no reported totals: nothing is made up for them.
    const state = timeline.find((t) => t.tranche === 'State')!;
    expect(state.reported).toEqual({ offered: null, awarded: null, annulled: null });
  });
});

describe('mission dashboard against geodata/facts.json and a direct count', () => {
  const facts = JSON.parse(readFileSync('geodata/facts.json', 'utf8')) as FactsFile;
  it('counts each critical mineral’s features as a direct count does, for random filters', () => {
    fc.assert(
      fc.property(filterArb, (r) => {
        const got = criticalMineralsInData(facts.criticalMinerals2023.minerals, appFiltered(toSpec(r)));
        expect(got.map((g) => g.mineral).sort()).toEqual([...facts.criticalMinerals2023.minerals].sort());
        const direct = Object.values(raw)
          .flat()
          .filter((f) => passes(r, f));
        for (const g of got) {
          expect(g.count).toBe(direct.filter((f) => f.properties.minerals.includes(g.mineral)).length);
          expect(Object.values(g.byLayer).reduce((a, b) => a + b, 0)).toBe(g.count);
        }
      }),
      RUNS,
    );
  });

  it('takes targets and progress only from the figures', () => {
    expect(facts.criticalMinerals2023.minerals).toHaveLength(30);
    const target = facts.figures.find((f) => f.id === 'ncmm-target-blocks')!;
    expect(numberIn(target.value)).toBe(100);
    const s = seriesOf(facts, /^critical-blocks-auctioned-after-t\d+$/);
    expect(s.figures.map((f) => f.value)).toEqual([34, 46, 56]);
    expect(s.latest?.id).toBe('critical-blocks-auctioned-after-t7');
    expect(numberIn('no number here')).toBeNull();
    expect(numberIn('over 4,000')).toBe(4000);
  });
});
