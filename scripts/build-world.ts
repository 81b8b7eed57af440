/**
 * Writes geodata/boundaries/world-land.geojson: the world's land at 1:110m from world-atlas
 * (ISC; Natural Earth, public domain), drawn muted under India and its neighbours so that the
 * overseas view (Argentina, Australia, Chile, Zambia) has land to stand on.
 *
 *   npx tsx scripts/build-world.ts      (world-atlas is a dev dependency; nothing is downloaded)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

const ROOT = process.cwd();
const topo = JSON.parse(
  readFileSync(join(ROOT, 'node_modules', 'world-atlas', 'land-110m.json'), 'utf8'),
) as Topology<{ land: GeometryCollection }>;

const round = (p: Position): Position => [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];
const land = feature(topo, topo.objects.land);
const features: Feature[] = land.features.map((f) => {
  const g = f.geometry as Polygon | MultiPolygon;
  const geometry =
    g.type === 'Polygon'
      ? { type: 'Polygon' as const, coordinates: g.coordinates.map((r) => r.map(round)) }
      : { type: 'MultiPolygon' as const, coordinates: g.coordinates.map((p) => p.map((r) => r.map(round))) };
  return { type: 'Feature', properties: {}, geometry };
});

const out = join(ROOT, 'geodata', 'boundaries', 'world-land.geojson');
writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
console.log(`build-world: ${features.length} land features -> geodata/boundaries/world-land.geojson`);
