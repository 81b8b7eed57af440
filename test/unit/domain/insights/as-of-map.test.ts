/**
 * The map draws each block's status on the time slider's day through `global-state` (issue 12):
 * the layer specs, evaluated with MapLibre's own style-spec evaluator on the features as the
 * map receives them, give every block the icon of `blockStatusOn` for random days, and a
 * cluster's ring (its per-day cluster properties summed as MapLibre's clustering does) the
 * shares of a direct count of its blocks' statuses on the day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { LAYER_IDS } from '../../../../src/domain/model/enums';
import type { BlockEvent, LayerCollection } from '../../../../src/data/schema';
import type { AtlasData } from '../../../../src/data/load';
import { curatedDatasets } from '../../../../src/data/datasets';
import { AS_OF_STATE, timedCategoryOf } from '../../../../src/domain/filter/expression';
import { blockStatusOn, dayOfEnd } from '../../../../src/domain/insights/timeline';
import { SYMBOLOGY } from '../../../../src/domain/symbology';
import { parseRingName, ringParts } from '../../../../src/domain/cluster-mix';
import {
  clusterPropertiesFor,
  clusterRingLayerId,
  dataLayerSpecs,
  symbolLayerId,
} from '../../../../src/map/data-style';
import { mapCollection } from '../../../../src/map/layers/map-features';

const layers = Object.fromEntries(
  LAYER_IDS.map((l) => [l, JSON.parse(readFileSync(`public/data/${l}.json`, 'utf8')) as LayerCollection]),
) as AtlasData['layers'];
const ds = curatedDatasets({ layers } as AtlasData).find((d) => d.id === 'blocks')!;
const timed = timedCategoryOf(ds)!;
const style = { id: ds.id, layer: ds.layer, cluster: true, timed };
const specs = dataLayerSpecs(style, 'light');
const features = mapCollection(ds).features;
const events = new Map(
  (
    JSON.parse(readFileSync('geodata/blocks.geojson', 'utf8')) as {
      features: { properties: { id: string; events: BlockEvent[] } }[];
    }
  ).features.map((f) => [f.properties.id, f.properties.events]),
);

/** One global state object, mutated per case as MapLibre does (expressions are compiled once). */
const globalState: Record<string, unknown> = {};
function compile(value: unknown, rootKey: string, spec?: StylePropertySpecification) {
  const c = createExpression(value, rootKey, spec, globalState);
  if (c.result !== 'success') throw new Error(JSON.stringify(c.value));
  return c.value;
}
const layoutOf = (id: string) =>
  specs.find((s) => s.id === id)!.layout as Record<string, unknown> & { 'icon-image': unknown };
const iconSpec = latest.layout_symbol['icon-image'] as unknown as StylePropertySpecification;
const icon = compile(
  layoutOf(symbolLayerId('blocks'))['icon-image'],
  'layers[0].layout.icon-image',
  iconSpec,
);
const ring = compile(
  layoutOf(clusterRingLayerId('blocks'))['icon-image'],
  'layers[1].layout.icon-image',
  iconSpec,
);
// Each cluster property is [reduce, map]; its map expression is evaluated per point.
const clusterProps = Object.entries(clusterPropertiesFor('blocks', timed)).map(
  ([key, pair]) =>
    [key, compile((pair as unknown[])[1], `sources.blocks.clusterProperties.${key}[1]`)] as const,
);

const days = [...new Set([...events.values()].flatMap((e) => e.map((x) => dayOfEnd(x.date)!)))];
const dayArb = fc.oneof(
  fc.constantFrom(...days),
  fc.constantFrom(...days).map((d) => d - 1),
  fc
    .integer({ min: 2023, max: 2026 })
    .chain((y) => fc.integer({ min: 1, max: 12 }).map((m) => y * 10000 + m * 100 + 15)),
);

/** A cluster's properties as MapLibre's clustering makes them: each map expression summed. */
function clusterOf(members: typeof features) {
  const props: Record<string, unknown> = { point_count: members.length, cluster: true };
  for (const [key, expr] of clusterProps)
    props[key] = members.reduce(
      (n, f) => n + Number(expr.evaluate({ zoom: 0 } as never, f as never) ?? 0),
      0,
    );
  return { type: 1, properties: props };
}

describe('the map’s blocks as of the time slider’s day', () => {
  it('every block’s icon is its status on the day, and today’s while the slider is off', () => {
    fc.assert(
      fc.property(fc.option(dayArb, { nil: null }), (day) => {
        globalState[AS_OF_STATE] = day;
        for (const f of features) {
          const id = f.properties!.id as string;
          const present = day === null || dayOfEnd(events.get(id)![0]!.date)! <= day;
          if (!present) continue; // the filter hides it (tested in filter-agreement)
          const want = day === null ? f.properties!.status : blockStatusOn(events.get(id)!, day);
          const got = String(
            icon.evaluate({ zoom: 8 } as never, { type: 1, properties: f.properties } as never),
          );
          expect(got, `${id} on ${day}`).toBe(`k|blocks|${want}|light`);
        }
      }),
      { numRuns: 60, seed: 3 },
    );
  });

  it('a cluster’s ring shows the shares of its blocks’ statuses on the day', () => {
    const cats = SYMBOLOGY.blocks.categories.map((c) => c.value);
    fc.assert(
      fc.property(
        fc.option(dayArb, { nil: null }),
        fc.uniqueArray(fc.nat({ max: features.length - 1 }), { minLength: 2, maxLength: 12 }),
        (day, picks) => {
          globalState[AS_OF_STATE] = day;
          // The clustered source holds only the blocks in the view on the day (re-sent data).
          const members = picks
            .map((i) => features[i]!)
            .filter(
              (f) => day === null || dayOfEnd(events.get(f.properties!.id as string)![0]!.date)! <= day,
            );
          if (members.length === 0) return;
          const statuses = members.map((f) =>
            day === null
              ? String(f.properties!.status)
              : blockStatusOn(events.get(f.properties!.id as string)!, day)!,
          );
          const name = String(ring.evaluate({ zoom: 5 } as never, clusterOf(members) as never));
          const parsed = parseRingName(name);
          expect(parsed, name).not.toBeNull();
          expect(parsed!.parts, `${day} ${statuses.join(',')}`).toEqual(
            ringParts(cats.map((c) => statuses.filter((s) => s === c).length)),
          );
        },
      ),
      { numRuns: 150, seed: 9 },
    );
  });
});
