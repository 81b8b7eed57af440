/**
 * Synthetic point datasets for the benchmark, in the format src/data/synthetic.ts validates.
 * Seeded and dependency-free: the same arguments always write the same file.
 *
 *   tsx scripts/synth.ts --count 100000 --out dist/synth/points-100000.json [--cluster] [--seed 1]
 *
 * Points are drawn uniformly over India's extent and kept only where they fall inside a state's
 * polygon (geodata/boundaries/states.geojson), so every point is on land in the state whose
 * ISO code it carries. Write the output only into a build folder (dist/): synthetic data is
 * never committed and never part of the default app.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MINERAL_IDS } from '../src/domain/minerals';
import { mulberry32 } from './lib/random';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const STATUSES = [
  'offered',
  're-offered',
  'awarded',
  'licence-executed',
  'annulled',
  'deferred',
] as const;
const STATUS_WEIGHTS = [30, 10, 25, 10, 15, 10];
const PRECISIONS = ['site', 'locality', 'district', 'state'] as const;
const PRECISION_WEIGHTS = [30, 30, 30, 10];
const COMPANY_POOL = 200;
const DISTRICTS_PER_STATE = 40;
const YEARS = [2023, 2024, 2025, 2026];

type Ring = readonly (readonly [number, number])[];
interface StateShape {
  code: string;
  bbox: readonly [number, number, number, number];
  /** Every ring of every part: even-odd over all of them handles holes and multipolygons. */
  rings: Ring[];
}

interface StatesFile {
  features: {
    properties: { code: string };
    bbox?: [number, number, number, number];
    geometry:
      | { type: 'Polygon'; coordinates: [number, number][][] }
      | { type: 'MultiPolygon'; coordinates: [number, number][][][] };
  }[];
}

function loadStates(): StateShape[] {
  const raw = JSON.parse(
    readFileSync(resolve(ROOT, 'geodata/boundaries/states.geojson'), 'utf8'),
  ) as StatesFile;
  return raw.features.map((f) => {
    const rings: Ring[] =
      f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings)
      for (const [x, y] of ring) {
        w = Math.min(w, x);
        s = Math.min(s, y);
        e = Math.max(e, x);
        n = Math.max(n, y);
      }
    return { code: f.properties.code, bbox: [w, s, e, n], rings };
  });
}

function insideRings(x: number, y: number, rings: Ring[]): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

function pickWeighted<T>(rand: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

/** `k` distinct items of `pool`, drawn with `rand`. */
function pickDistinct<T>(rand: () => number, pool: readonly T[], k: number): T[] {
  const out: T[] = [];
  while (out.length < k) {
    const v = pool[Math.floor(rand() * pool.length)]!;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

export interface SynthOptions {
  count: number;
  cluster: boolean;
  seed: number;
}

/** The synthetic feature collection (plain JSON, as src/data/synthetic.ts reads it). */
export function synthesize({ count, cluster, seed }: SynthOptions) {
  const rand = mulberry32(seed);
  const states = loadStates();
  const ext: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bbox } of states) {
    ext[0] = Math.min(ext[0], bbox[0]);
    ext[1] = Math.min(ext[1], bbox[1]);
    ext[2] = Math.max(ext[2], bbox[2]);
    ext[3] = Math.max(ext[3], bbox[3]);
  }
  const companies = Array.from({ length: COMPANY_POOL }, (_, i) => `Company ${i + 1}`);
  const features = [];
  // Rejection sampling: about a third of India's bounding box is India; bound the loop anyway.
  const maxAttempts = count * 50 + 1000;
  let attempts = 0;
  while (features.length < count) {
    if (++attempts > maxAttempts) throw new Error(`gave up after ${maxAttempts} attempts`);
    const lon = ext[0] + rand() * (ext[2] - ext[0]);
    const lat = ext[1] + rand() * (ext[3] - ext[1]);
    const state = states.find(
      (s) =>
        lon >= s.bbox[0] &&
        lon <= s.bbox[2] &&
        lat >= s.bbox[1] &&
        lat <= s.bbox[3] &&
        insideRings(lon, lat, s.rings),
    );
    if (!state) continue;
    const n: number = features.length + 1;
    features.push({
      type: 'Feature' as const,
      geometry: {
        type: 'Point' as const,
        coordinates: [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5],
      },
      properties: {
        id: `syn-${n}`,
        name: `Synthetic block ${n}`,
        status: pickWeighted(rand, STATUSES, STATUS_WEIGHTS),
        minerals: pickDistinct(rand, MINERAL_IDS, 1 + Math.floor(rand() * 3)),
        state: state.code,
        district: `District ${1 + Math.floor(rand() * DISTRICTS_PER_STATE)}`,
        company: pickDistinct(rand, companies, Math.floor(rand() * 3)),
        year: YEARS[Math.floor(rand() * YEARS.length)]!,
        precision: pickWeighted(rand, PRECISIONS, PRECISION_WEIGHTS),
      },
    });
  }
  return { type: 'FeatureCollection' as const, cluster, features };
}

function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      cluster: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 0 || !values.out || !Number.isInteger(seed)) {
    console.error('usage: tsx scripts/synth.ts --count N --out FILE [--cluster] [--seed S]');
    process.exit(2);
  }
  const fc = synthesize({ count, cluster: values.cluster, seed });
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(values.out, JSON.stringify(fc));
  console.log(
    `wrote ${count} synthetic points (seed ${seed}${values.cluster ? ', clustered' : ''}) to ${values.out}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
