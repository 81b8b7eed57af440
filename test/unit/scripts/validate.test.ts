// @vitest-environment node
/**
 * One test per rule of scripts/lib/validate.ts: a small valid dataset built by factories, with
 * exactly one defect seeded, must yield a problem that names the file, the feature and the field
 * (and no problem about anything else, which also proves the fixture is otherwise valid).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { LAYER_IDS, Manifest, StateLabels, layerSchema, type LayerId } from '../../../src/data/schema';
import { STATE_CODES } from '../../../src/domain/states';
import { buildData, buildLayer } from '../../../scripts/build-data';
import {
  blockEventProblems,
  boundaryProblems,
  coordinateProblems,
  districtAreaProblems,
  duplicateIdProblems,
  flagProblems,
  formatProblem,
  placementProblems,
  schemaProblems,
  sourceProblems,
  stateProblems,
  validateDataset,
  type Dataset,
  type PlacementFn,
  type Problem,
} from '../../../scripts/lib/validate';

type Props = Record<string, unknown>;
type Feature = { type: 'Feature'; geometry: { type: 'Point'; coordinates: number[] }; properties: Props };

// ---------------------------------------------------------------- factories (fictitious data)

const source = (n = 1) => ({
  title: `Test source ${n}`,
  url: `https://example.org/source-${n}`,
  date: '2024-06',
});

function feature(coordinates: number[], properties: Props): Feature {
  return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties };
}

function common(id: string, layer: LayerId): Props {
  return {
    id,
    name: `Test ${id}`,
    district: null,
    minerals: ['graphite'],
    precision: 'site',
    locationBasis: 'Coordinates given in the test source',
    locationSource: source(8),
    sources: [source(1)],
    asOf: '2024-10',
    layer,
  };
}

function validBlock(props: Props = {}, coordinates = [82, 21]): Feature {
  return feature(coordinates, {
    ...common('blk-test', 'blocks'),
    state: 'IN-CG',
    blockKind: 'onshore',
    licence: 'CL',
    areaHa: 120.5,
    events: [
      { date: '2023-11', type: 'offered', tranche: 'I', sourceRefs: [0] },
      { date: '2024-03', type: 'annulled', reason: 'fewer-than-three-bidders' },
      { date: '2024-06', type: 're-offered', tranche: 'III' },
      { date: '2024-09', type: 'awarded', bidder: 'Test Minerals Ltd', premiumPct: 50 },
    ],
    ...props,
  });
}

/** District precision, placed by the stub gazetteer at Raipur's test centre. */
function validExploration(props: Props = {}, coordinates = [81.6, 21.2]): Feature {
  return feature(coordinates, {
    ...common('exp-test', 'exploration'),
    state: 'IN-CG',
    district: 'Raipur',
    precision: 'district',
    locationBasis: RAIPUR.basis,
    stage: 'G3',
    agency: 'Test Survey',
    resource: null,
    resourceMt: null,
    announced: '2024-02',
    ...props,
  });
}

function validProcessing(props: Props = {}, coordinates = [86, 20]): Feature {
  return feature(coordinates, {
    ...common('proc-test', 'processing'),
    state: 'IN-OD',
    kind: 'refinery',
    operator: null,
    capacity: null,
    status: 'planned',
    investmentCrore: null,
    ...props,
  });
}

function validClosure(props: Props = {}, coordinates = [83, 23]): Feature {
  return feature(coordinates, {
    ...common('coal-test', 'coal-closures'),
    minerals: ['coal'],
    state: 'IN-CG',
    company: 'Test Coal Ltd',
    subsidiary: null,
    mineType: 'OC',
    closureStatus: 'closed',
    closureYear: 2019,
    repurposedAs: null,
    ...props,
  });
}

function validCentre(props: Props = {}, coordinates = [85, 19]): Feature {
  return feature(coordinates, {
    ...common('coe-test', 'centres'),
    state: 'IN-OD',
    institution: 'Test Institute',
    city: 'Testpur',
    recognised: '2024-01',
    ...props,
  });
}

function validOverseas(props: Props = {}, coordinates = [-66.9, -27.3]): Feature {
  return feature(coordinates, {
    ...common('ovs-test', 'overseas'),
    minerals: ['lithium'],
    country: 'AR',
    state: 'AR-K',
    kind: 'exploratory',
    partner: null,
    areaHa: null,
    agreed: '2024-01',
    ...props,
  });
}

function collection(features: Feature[]) {
  return {
    type: 'FeatureCollection',
    metadata: { title: 'Test layer', description: 'A fictitious layer for tests', asOf: '2024-10' },
    features,
  };
}

type Square = [west: number, south: number, east: number, north: number];

function squareFeature(properties: Props, [w, s, e, n]: Square) {
  return {
    type: 'Feature',
    bbox: [w, s, e, n],
    properties,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  };
}

/** IN-CG and IN-OD are side-by-side squares; the other 34 codes get small squares out of the way. */
function validStates() {
  const squares = new Map<string, Square>([
    ['IN-CG', [80, 18, 84, 24]],
    ['IN-OD', [84, 18, 88, 24]],
  ]);
  let k = 0;
  const features = STATE_CODES.map((code) => {
    let sq = squares.get(code);
    if (!sq) {
      const w = 68 + 0.8 * k++;
      sq = [w, 30, w + 0.7, 30.7];
    }
    const name = code === 'IN-CG' ? 'Chhattisgarh' : code === 'IN-OD' ? 'Odisha' : code;
    return squareFeature({ code, name, name_hi: name, kind: 'state' }, sq);
  });
  return { type: 'FeatureCollection', features };
}

function validIndia() {
  return { type: 'FeatureCollection', features: [squareFeature({ name: 'India' }, [68, 6, 97, 36])] };
}

const RAIPUR = {
  coordinates: [81.6, 21.2] as [number, number],
  basis: 'District centre of Raipur (test gazetteer)',
};

/** Stands in for scripts/lib/gazetteer.ts: it knows one district. */
const stubPlacement: PlacementFn = (p) => {
  if (p.precision === 'site') return null;
  if (p.precision === 'district' && p.state === 'IN-CG' && p.district === 'Raipur') return RAIPUR;
  return { error: `no gazetteer entry for district ${String(p.district)} in ${String(p.state)}` };
};

type LayerFeatures = Partial<Record<LayerId, Feature[]>>;

/** A complete, valid dataset with one feature per layer; `replace` swaps a layer's features. */
function validDataset(replace: LayerFeatures = {}): Dataset {
  const defaults: Record<LayerId, Feature[]> = {
    blocks: [validBlock()],
    exploration: [validExploration()],
    processing: [validProcessing()],
    'coal-closures': [validClosure()],
    centres: [validCentre()],
    overseas: [validOverseas()],
  };
  return {
    layers: LAYER_IDS.map((layer) => ({
      layer,
      file: `geodata/${layer}.geojson`,
      data: collection(replace[layer] ?? defaults[layer]),
    })),
    facts: {
      file: 'geodata/facts.json',
      data: {
        asOf: '2024-10',
        criticalMinerals2023: { minerals: ['lithium'], sources: [source(9)] },
        figures: [],
      },
    },
    states: { file: 'geodata/boundaries/states.geojson', data: validStates() },
    india: { file: 'geodata/boundaries/india.geojson', data: validIndia() },
    placementOf: stubPlacement,
  };
}

/** districts.geojson with one valid approximate area per given square (default: one in IN-CG). */
function validDistricts(areas: { props?: Props; square?: Square }[] = [{}]) {
  return {
    type: 'FeatureCollection',
    features: areas.map(({ props, square }) =>
      squareFeature(
        { state: 'IN-CG', district: 'Raipur', approximate: true, ...props },
        square ?? [81, 20, 82, 22],
      ),
    ),
  };
}

function withDistricts(ds: Dataset, data: unknown = validDistricts()): Dataset {
  return { ...ds, districts: { file: 'geodata/boundaries/districts.geojson', data } };
}

// ---------------------------------------------------------------- assertions

interface Expected {
  file: string;
  id: string;
  field: string;
  message?: RegExp;
}

/** The rule reports the seeded defect, and the whole validation reports nothing else. */
function expectOnly(ruleProblems: Problem[], ds: Dataset, e: Expected) {
  const match = expect.objectContaining({
    file: e.file,
    id: e.id,
    field: e.field,
    ...(e.message ? { message: expect.stringMatching(e.message) } : {}),
  });
  expect(ruleProblems).toContainEqual(match);
  const all = validateDataset(ds);
  expect(all).toContainEqual(match);
  expect(all.filter((p) => p.id !== e.id).map(formatProblem)).toEqual([]);
}

// ---------------------------------------------------------------- tests

describe('a valid dataset', () => {
  it('has zero problems, and the built block status is its last event', () => {
    const ds = validDataset();
    expect(validateDataset(ds).map(formatProblem)).toEqual([]);
    const built = buildLayer('blocks', ds.layers[0]!.data) as unknown as {
      json: { features: { id: number; properties: Props }[] };
    };
    const f = built.json.features[0]!;
    expect(f.properties.status).toBe('awarded');
    expect(f.id).toBe(0);
    expect(f.properties.id).toBe('blk-test');
    expect(v.safeParse(layerSchema('blocks'), built.json).success).toBe(true);
  });
});

describe('rule 1: schema', () => {
  it('rejects a mineral outside the canonical list', () => {
    const ds = validDataset({ blocks: [validBlock({ minerals: ['unobtainium'] })] });
    expectOnly(schemaProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'minerals[0]',
      message: /unobtainium/,
    });
  });

  it('rejects a typed block status, which the build derives', () => {
    const ds = validDataset({ blocks: [validBlock({ status: 'awarded' })] });
    expectOnly(schemaProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'status',
      message: /derived from its events/,
    });
  });
  it('names a facts.json figure by its id', () => {
    const ds = validDataset();
    const figure = {
      id: 'fig-test',
      label: 'A test figure',
      value: 1,
      group: 'Test',
      sources: [{ ...source(1), url: 'javascript:alert(1)' }],
    };
    ds.facts = {
      file: 'geodata/facts.json',
      data: { ...(ds.facts!.data as object), figures: [figure] },
    };
    const problems = schemaProblems(ds);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'geodata/facts.json',
        id: 'fig-test',
        kind: 'figure',
        field: 'sources[0].url',
      }),
    );
    expect(problems.map(formatProblem)).toContain(
      'geodata/facts.json: figure fig-test: sources[0].url: an http: or https: URL',
    );
  });
});

describe('rule 2: unique ids', () => {
  it('rejects an id used in two layers and names both places', () => {
    const ds = validDataset({ exploration: [validExploration({ id: 'blk-test' })] });
    expectOnly(duplicateIdProblems(ds), ds, {
      file: 'geodata/exploration.geojson',
      id: 'blk-test',
      field: 'id',
      message: /geodata\/blocks\.geojson features\[0\].*geodata\/exploration\.geojson features\[0\]/,
    });
  });
});

describe('rule 3: coordinates', () => {
  it('rejects a non-finite coordinate', () => {
    const ds = validDataset({ blocks: [validBlock({}, [Infinity, 21])] });
    expectOnly(coordinateProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'geometry.coordinates',
      message: /not finite/,
    });
  });

  it("rejects an onshore point outside India's extent (swapped lon/lat)", () => {
    const ds = validDataset({ processing: [validProcessing({}, [20, 86])] });
    expectOnly(coordinateProblems(ds), ds, {
      file: 'geodata/processing.geojson',
      id: 'proc-test',
      field: 'geometry.coordinates',
      message: /outside India's extent/,
    });
  });

  it('allows an offshore block drawn on land only within the maritime extent', () => {
    const onLandNearCoast = validDataset({ blocks: [validBlock({ blockKind: 'offshore' }, [82, 21])] });
    expect(validateDataset(onLandNearCoast).map(formatProblem)).toEqual([]);

    // North of the maritime extent and of IN-CG's test square [80, 18, 84, 24], so in no state:
    // rule 4 is silent only because offshore blocks are exempt from the claimed-state check.
    const ds = validDataset({ blocks: [validBlock({ blockKind: 'offshore' }, [82, 25.5])] });
    expect(stateProblems(ds)).toEqual([]);
    expectOnly(coordinateProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'geometry.coordinates',
      message: /maritime extent/,
    });
  });

  it('rejects an overseas point inside India', () => {
    const ds = validDataset({ overseas: [validOverseas({}, [78, 22])] });
    expectOnly(coordinateProblems(ds), ds, {
      file: 'geodata/overseas.geojson',
      id: 'ovs-test',
      field: 'geometry.coordinates',
      message: /inside India's outline/,
    });
  });
});

describe('rule 4: claimed state', () => {
  it('rejects a point in another state and names the state it falls in', () => {
    const ds = validDataset({ blocks: [validBlock({}, [86, 21])] });
    expectOnly(stateProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'state',
      message: /not inside IN-CG Chhattisgarh; it falls in IN-OD Odisha \(\d+\.\d km from Chhattisgarh\)/,
    });
  });

  it('says so when the point falls in no state', () => {
    const ds = validDataset({ centres: [validCentre({}, [90, 12])] });
    expectOnly(stateProblems(ds), ds, {
      file: 'geodata/centres.geojson',
      id: 'coe-test',
      field: 'state',
      message: /falls in no Indian state/,
    });
  });
});

describe('rule 5: sources', () => {
  it('rejects a source without a URL', () => {
    const { url: _url, ...noUrl } = source(1);
    const ds = validDataset({ centres: [validCentre({ sources: [noUrl] })] });
    expectOnly(schemaProblems(ds), ds, {
      file: 'geodata/centres.geojson',
      id: 'coe-test',
      field: 'sources[0].url',
    });
  });

  it('rejects a non-http URL', () => {
    const ds = validDataset({
      centres: [validCentre({ sources: [{ ...source(1), url: 'javascript:alert(1)' }] })],
    });
    expectOnly(schemaProblems(ds), ds, {
      file: 'geodata/centres.geojson',
      id: 'coe-test',
      field: 'sources[0].url',
      message: /http/,
    });
  });

  it('rejects the same URL twice in one feature', () => {
    const dup = { ...source(2), url: 'https://example.org/source-1/' };
    const ds = validDataset({ 'coal-closures': [validClosure({ sources: [source(1), dup] })] });
    expectOnly(sourceProblems(ds), ds, {
      file: 'geodata/coal-closures.geojson',
      id: 'coal-test',
      field: 'sources[1].url',
      message: /duplicate of sources\[0\]\.url/,
    });
  });
});

describe('rule 6: placement', () => {
  it('rejects a district point away from the gazetteer centre and reports the expected one', () => {
    const ds = validDataset({ exploration: [validExploration({}, [81.7, 21.2])] });
    expectOnly(placementProblems(ds), ds, {
      file: 'geodata/exploration.geojson',
      id: 'exp-test',
      field: 'geometry.coordinates',
      message: /\[81\.6, 21\.2\] \(District centre of Raipur \(test gazetteer\)\)/,
    });
  });

  it('rejects a locationBasis other than the gazetteer wording', () => {
    const ds = validDataset({ exploration: [validExploration({ locationBasis: 'Somewhere in Raipur' })] });
    expectOnly(placementProblems(ds), ds, {
      file: 'geodata/exploration.geojson',
      id: 'exp-test',
      field: 'locationBasis',
      message: /expected "District centre of Raipur/,
    });
  });

  it("reports the gazetteer's error against the field it looks up", () => {
    const ds = validDataset({ exploration: [validExploration({ district: 'Nowhere' })] });
    expectOnly(placementProblems(ds), ds, {
      file: 'geodata/exploration.geojson',
      id: 'exp-test',
      field: 'district',
      message: /no gazetteer entry/,
    });
  });

  it('rejects a site whose locationBasis is still pending', () => {
    const ds = validDataset({ blocks: [validBlock({ locationBasis: 'pending' })] });
    expectOnly(placementProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'locationBasis',
      message: /pending/,
    });
  });

  it('rejects a site point that does not cite its location source', () => {
    const ds = validDataset({ blocks: [validBlock({ locationSource: undefined })] });
    expectOnly(placementProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'locationSource',
      message: /source of its coordinates/,
    });
  });
});

describe('rule 7: block events', () => {
  const offered = { date: '2023-11', type: 'offered', tranche: 'I' };

  it('rejects events out of date order', () => {
    const events = [offered, { date: '2023-06', type: 'annulled', reason: 'no-bids' }];
    const ds = validDataset({ blocks: [validBlock({ events })] });
    expectOnly(blockEventProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'events[1]',
      message: /out of order/,
    });
  });

  it('rejects a re-offer without an annulment before it', () => {
    const events = [offered, { date: '2024-06', type: 're-offered', tranche: 'III' }];
    const ds = validDataset({ blocks: [validBlock({ events })] });
    expectOnly(blockEventProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'events[1]',
      message: /cannot follow 'offered'/,
    });
  });

  it('rejects an award without a bidder', () => {
    const events = [offered, { date: '2024-03', type: 'awarded' }];
    const ds = validDataset({ blocks: [validBlock({ events })] });
    expectOnly(blockEventProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'events[1]',
      message: /no preferred bidder/,
    });
  });

  it('rejects a sourceRefs index past the last source', () => {
    const events = [{ ...offered, sourceRefs: [1] }];
    const ds = validDataset({ blocks: [validBlock({ events })] });
    expectOnly(blockEventProblems(ds), ds, {
      file: 'geodata/blocks.geojson',
      id: 'blk-test',
      field: 'events[0].sourceRefs[0]',
      message: /points at no source/,
    });
  });
});

describe('rule 8: flags and caveats', () => {
  it('rejects a flag no caveat explains', () => {
    const ds = validDataset({ processing: [validProcessing({ flags: ['secondary'] })] });
    expectOnly(flagProblems(ds), ds, {
      file: 'geodata/processing.geojson',
      id: 'proc-test',
      field: 'caveats',
      message: /"secondary"/,
    });
  });
  it('rejects a flag whose caveats list is empty', () => {
    const ds = validDataset({ processing: [validProcessing({ flags: ['secondary'], caveats: [] })] });
    expectOnly(flagProblems(ds), ds, {
      file: 'geodata/processing.geojson',
      id: 'proc-test',
      field: 'caveats',
      message: /"secondary" but has no caveat/,
    });
  });
});

describe('boundaries', () => {
  it('rejects a states file that lacks a state', () => {
    const ds = validDataset();
    const states = validStates();
    states.features = states.features.filter((f) => f.properties.code !== 'IN-GA');
    ds.states = { file: 'geodata/boundaries/states.geojson', data: states };
    expect(boundaryProblems(ds)).toContainEqual({
      file: 'geodata/boundaries/states.geojson',
      id: null,
      field: 'features',
      message: 'no polygon for IN-GA',
    });
  });
  it('rejects two polygons with the same state code', () => {
    const ds = validDataset();
    const states = validStates();
    const goa = states.features.find((f) => f.properties.code === 'IN-GA')!;
    states.features.push(structuredClone(goa));
    ds.states = { file: 'geodata/boundaries/states.geojson', data: states };
    expect(boundaryProblems(ds)).toEqual([
      {
        file: 'geodata/boundaries/states.geojson',
        id: 'IN-GA',
        field: 'code',
        message: '2 features share this code',
      },
    ]);
  });
});

describe('rule 9: district areas', () => {
  const file = 'geodata/boundaries/districts.geojson';

  it('accepts a district area inside its state', () => {
    expect(validateDataset(withDistricts(validDataset())).map(formatProblem)).toEqual([]);
  });

  it('rejects a district area that lies in another state and names that state', () => {
    const ds = withDistricts(validDataset(), validDistricts([{ square: [85, 20, 86, 22] }]));
    expectOnly(districtAreaProblems(ds), ds, {
      file,
      id: 'IN-CG Raipur',
      field: 'geometry',
      message: /not inside IN-CG Chhattisgarh; it falls in IN-OD Odisha/,
    });
  });

  it('rejects a district area without the approximate marker', () => {
    const ds = withDistricts(validDataset(), validDistricts([{ props: { approximate: undefined } }]));
    expectOnly(districtAreaProblems(ds), ds, { file, id: 'IN-CG Raipur', field: 'approximate' });
  });

  it('rejects a district area with an unknown state code', () => {
    const ds = withDistricts(validDataset(), validDistricts([{ props: { state: 'IN-XX' } }]));
    expectOnly(districtAreaProblems(ds), ds, { file, id: 'IN-XX Raipur', field: 'state' });
  });

  it('rejects the same district twice', () => {
    const ds = withDistricts(validDataset(), validDistricts([{}, { square: [80.5, 19, 81, 20] }]));
    expectOnly(districtAreaProblems(ds), ds, {
      file,
      id: 'IN-CG Raipur',
      field: 'district',
      message: /also the district of features\[0\]/,
    });
  });

  it('rejects a district area that is not a polygon', () => {
    const data = validDistricts();
    (data.features[0] as { geometry: unknown }).geometry = { type: 'Point', coordinates: [81.5, 21] };
    const ds = withDistricts(validDataset(), data);
    expectOnly(districtAreaProblems(ds), ds, { file, id: 'IN-CG Raipur', field: 'geometry' });
  });
});

describe('formatProblem', () => {
  it('prints file, feature id, field and message', () => {
    expect(formatProblem({ file: 'geodata/blocks.geojson', id: 'blk-a', field: 'state', message: 'm' })).toBe(
      'geodata/blocks.geojson: feature blk-a: state: m',
    );
    expect(formatProblem({ file: 'geodata/facts.json', id: null, field: 'asOf', message: 'm' })).toBe(
      'geodata/facts.json: asOf: m',
    );
  });
});

describe('buildData', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** Writes a dataset as a geodata/ folder in a temporary directory. */
  function writeGeodata(ds: Dataset): { root: string; geodataDir: string; outDir: string } {
    const root = mkdtempSync(join(tmpdir(), 'khanij-build-'));
    dirs.push(root);
    const geodataDir = join(root, 'geodata');
    mkdirSync(join(geodataDir, 'boundaries'), { recursive: true });
    for (const lf of ds.layers)
      writeFileSync(join(geodataDir, `${lf.layer}.geojson`), JSON.stringify(lf.data));
    writeFileSync(join(geodataDir, 'facts.json'), JSON.stringify(ds.facts!.data));
    writeFileSync(join(geodataDir, 'boundaries', 'states.geojson'), JSON.stringify(ds.states!.data));
    writeFileSync(join(geodataDir, 'boundaries', 'india.geojson'), JSON.stringify(ds.india!.data));
    if (ds.districts) {
      writeFileSync(join(geodataDir, 'boundaries', 'districts.geojson'), JSON.stringify(ds.districts.data));
    }
    // State centres: the middle of each test square, as the gazetteer would give a point inside.
    mkdirSync(join(geodataDir, 'gazetteer'), { recursive: true });
    const states = ds.states!.data as { features: { bbox: Square; properties: Props }[] };
    const centres = states.features.map((f) => ({
      state: f.properties.code,
      name: f.properties.name,
      lon: (f.bbox[0] + f.bbox[2]) / 2,
      lat: (f.bbox[1] + f.bbox[3]) / 2,
    }));
    writeFileSync(join(geodataDir, 'gazetteer', 'state-centres.json'), JSON.stringify({ centres }));
    return { root, geodataDir, outDir: join(root, 'public', 'data') };
  }

  it('writes every layer, the boundaries and a manifest the loader accepts', () => {
    const dirs = writeGeodata(validDataset());
    const result = buildData({ ...dirs, allowMissing: false, placementOf: stubPlacement, log: () => {} });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.missing).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(dirs.outDir, 'manifest.json'), 'utf8')) as unknown;
    expect(v.safeParse(Manifest, manifest).success).toBe(true);
    const m = manifest as Manifest;
    expect(m.layers.map((l) => [l.id, l.count])).toEqual(LAYER_IDS.map((id) => [id, 1]));
    expect(m.boundaries.map((b) => b.file)).toEqual([
      'boundaries/states.geojson',
      'boundaries/india.geojson',
    ]);
    const blocks = JSON.parse(readFileSync(join(dirs.outDir, 'blocks.json'), 'utf8')) as {
      features: { id: number; properties: Props }[];
    };
    expect(blocks.features[0]!.properties.status).toBe('awarded');
    expect(existsSync(join(dirs.outDir, 'facts.json'))).toBe(true);
    const labels = JSON.parse(readFileSync(join(dirs.outDir, 'boundaries', 'state-labels.geojson'), 'utf8'));
    expect(v.safeParse(StateLabels, labels).success).toBe(true);
    expect((labels as StateLabels).features).toHaveLength(36);
  });

  it('copies districts.geojson to boundaries/ and lists it in the manifest', () => {
    const dirs = writeGeodata(withDistricts(validDataset()));
    const result = buildData({ ...dirs, allowMissing: false, placementOf: stubPlacement, log: () => {} });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(existsSync(join(dirs.outDir, 'boundaries', 'districts.geojson'))).toBe(true);
    const m = JSON.parse(readFileSync(join(dirs.outDir, 'manifest.json'), 'utf8')) as Manifest;
    expect(m.boundaries.map((b) => b.id)).toContain('districts');
  });

  it('refuses to build when a district area lies outside its state', () => {
    const ds = withDistricts(validDataset(), validDistricts([{ square: [85, 20, 86, 22] }]));
    const dirs = writeGeodata(ds);
    const result = buildData({ ...dirs, allowMissing: false, placementOf: stubPlacement, log: () => {} });
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^geodata\/boundaries\/districts\.geojson: feature IN-CG Raipur: geometry: /),
    ]);
    expect(result.written).toEqual([]);
  });

  it('fails without the state centres the state view is built from', () => {
    const dirs = writeGeodata(validDataset());
    rmSync(join(dirs.geodataDir, 'gazetteer', 'state-centres.json'));
    const result = buildData({ ...dirs, allowMissing: false, placementOf: stubPlacement, log: () => {} });
    expect(result.problems.map(formatProblem)).toContain(
      'geodata/gazetteer/state-centres.json: (file): required but missing',
    );
    expect(result.written).toEqual([]);
  });

  it('writes nothing when there is a problem, and fails on a missing layer', () => {
    const ds = validDataset({ blocks: [validBlock({ minerals: ['unobtainium'] })] });
    const dirs = writeGeodata(ds);
    rmSync(join(dirs.geodataDir, 'centres.geojson'));
    const result = buildData({ ...dirs, allowMissing: false, placementOf: stubPlacement, log: () => {} });
    const lines = result.problems.map(formatProblem);
    expect(lines).toContain('geodata/centres.geojson: (file): required but missing');
    expect(lines.some((l) => l.startsWith('geodata/blocks.geojson: feature blk-test: minerals[0]:'))).toBe(
      true,
    );
    expect(result.written).toEqual([]);
    expect(existsSync(dirs.outDir)).toBe(false);
  });

  it('with --allow-missing, builds what exists and lists what is missing', () => {
    const dirs = writeGeodata(validDataset());
    rmSync(join(dirs.geodataDir, 'centres.geojson'));
    const result = buildData({ ...dirs, allowMissing: true, placementOf: stubPlacement, log: () => {} });
    expect(result.problems).toEqual([]);
    expect(result.missing).toEqual(['geodata/centres.geojson']);
    expect(result.written).not.toContain('centres.json');
  });
});
