/**
 * The rules scripts/build-data.ts checks geodata/ against. Every rule is a pure function of an
 * in-memory dataset (parsed JSON, not files) and returns every problem it finds, so one build
 * run lists every defect and tests can seed one defect at a time.
 *
 * Rules work on the raw parsed JSON rather than on schema output: a feature that fails the
 * schema on one field is still checked by every other rule, instead of hiding its other defects.
 */
import * as v from 'valibot';
import { booleanPointInPolygon, bbox as turfBbox, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, BBox } from 'geojson';
import { BlockEvent, FactsFile, LAYER_IDS, sourceLayerSchema, type LayerId } from '../../src/data/schema';
import { eventHistoryProblems } from '../../src/domain/auction';
import { STATE_CODES, stateByCode } from '../../src/domain/states';
import { representativePoint } from './districts';

// ---------------------------------------------------------------- problems

export interface Problem {
  /** Path of the file as the reviewer knows it, e.g. geodata/blocks.geojson. */
  file: string;
  /** The feature's slug, `features[i]` when it has none, or null for a file-level problem. */
  id: string | null;
  /** What `id` names when it is not a feature: a figure of facts.json. */
  kind?: 'figure';
  /** Field path inside the feature's properties (or `geometry.coordinates`, `metadata.title`). */
  field: string;
  message: string;
}

/** `file: feature <id>: <field>: <message>`; file-level problems leave out the feature part. */
export function formatProblem(p: Problem): string {
  return p.id === null
    ? `${p.file}: ${p.field}: ${p.message}`
    : `${p.file}: ${p.kind ?? 'feature'} ${p.id}: ${p.field}: ${p.message}`;
}

// ---------------------------------------------------------------- dataset

export interface InputFile {
  file: string;
  data: unknown;
}

export interface LayerFile extends InputFile {
  layer: LayerId;
}

/** What scripts/lib/gazetteer.ts's expectedPlacement returns: null for `site` precision. */
export type ExpectedPlacement = { coordinates: [number, number]; basis: string } | { error: string } | null;

export type PlacementFn = (props: Record<string, unknown>) => ExpectedPlacement;

export interface Dataset {
  layers: LayerFile[];
  facts?: InputFile;
  /** geodata/boundaries/states.geojson: one Polygon/MultiPolygon feature per state code. */
  states?: InputFile;
  /** geodata/boundaries/india.geojson: India's outline, as a Feature or a one-feature collection. */
  india?: InputFile;
  /**
   * geodata/boundaries/districts.geojson: one Polygon/MultiPolygon per district, properties
   * {state, district, approximate}; rule 9 is skipped when absent.
   */
  districts?: InputFile;
  /** Where a non-`site` feature must stand; rule 6 is skipped when absent. */
  placementOf?: PlacementFn;
}

export type Rule = (ds: Dataset) => Problem[];

/**
 * Extents a point must fall in (lon/lat degrees, [west, south, east, north]).
 *
 * Onshore: India's bounding box (68.1..97.4 E, 6.7..35.5 N, Indira Point to the northern
 * frontier) widened by about half a degree, so a bad sign or swapped lon/lat is caught while
 * every state, the Andamans and Lakshadweep fit.
 * Offshore: the mineral blocks the ministry offers lie in the territorial waters and EEZ off
 * Gujarat, Maharashtra, Kerala and the Andaman and Nicobar Islands; 65..95 E, 4..25 N holds all
 * of them (and India's EEZ south of Indira Point) while rejecting points far inland or abroad.
 */
export const INDIA_EXTENT: BBox = [67.5, 6, 98, 37.5];
export const MARITIME_EXTENT: BBox = [65, 4, 95, 25];

/** Everything the rules know about one feature, read defensively from raw JSON. */
export interface FeatureView {
  layer: LayerId;
  file: string;
  index: number;
  /** The slug, or `features[i]` when the feature has none. */
  id: string;
  hasSlug: boolean;
  props: Record<string, unknown>;
  /** The point, when geometry.coordinates holds two numbers (finite or not). */
  coordinates: [number, number] | null;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The features of a layer file as the rules see them; [] when the file is not a collection. */
export function featuresOf(lf: LayerFile): FeatureView[] {
  if (!isRecord(lf.data) || !Array.isArray(lf.data.features)) return [];
  return lf.data.features.map((f: unknown, index: number): FeatureView => {
    const feature = isRecord(f) ? f : {};
    const props = isRecord(feature.properties) ? feature.properties : {};
    const slug = typeof props.id === 'string' && props.id !== '' ? props.id : null;
    const geom = isRecord(feature.geometry) ? feature.geometry : {};
    const c = geom.coordinates;
    const coordinates =
      Array.isArray(c) && c.length === 2 && typeof c[0] === 'number' && typeof c[1] === 'number'
        ? ([c[0], c[1]] as [number, number])
        : null;
    return {
      layer: lf.layer,
      file: lf.file,
      index,
      id: slug ?? `features[${index}]`,
      hasSlug: slug !== null,
      props,
      coordinates,
    };
  });
}

function problem(f: FeatureView, field: string, message: string): Problem {
  return { file: f.file, id: f.id, field, message };
}

/** `sources.0.url` → `sources[0].url`, the way the messages of src/domain/auction.ts name them. */
export function fieldPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number' || /^\d+$/.test(s)) out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out;
}

function fmtPoint([lon, lat]: readonly [number, number]): string {
  return `[${lon}, ${lat}]`;
}

function inBox([lon, lat]: readonly [number, number], [w, s, e, n]: BBox): boolean {
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function isOffshoreBlock(f: FeatureView): boolean {
  return f.layer === 'blocks' && f.props.blockKind === 'offshore';
}

// ---------------------------------------------------------------- rule 1: schema

/** Picklists of 58 minerals make unreadable messages; keep the head of the list and the count. */
function shortenMessage(message: string): string {
  const m = /^(Invalid type: Expected )\((.*)\)( but received .*)$/.exec(message);
  if (!m || message.length <= 200) return message;
  const options = m[2]!.split(' | ');
  return `${m[1]}one of ${options.length} values (${options.slice(0, 3).join(', ')}, …)${m[3]}`;
}

function issueToProblem(file: string, issue: v.BaseIssue<unknown>, data: unknown): Problem {
  const path = v.getDotPath(issue);
  const segments = path === null ? [] : path.split('.');
  if (segments[0] === 'features' && segments.length >= 2) {
    const index = Number(segments[1]);
    const features = isRecord(data) && Array.isArray(data.features) ? data.features : [];
    const f: unknown = features[index];
    const props = isRecord(f) && isRecord(f.properties) ? f.properties : {};
    const id = typeof props.id === 'string' && props.id !== '' ? props.id : `features[${index}]`;
    const rest = segments.slice(2);
    const field = rest[0] === 'properties' ? fieldPath(rest.slice(1)) : fieldPath(rest);
    let message = shortenMessage(issue.message);
    if (field === 'status' && rest[0] === 'properties' && issue.type === 'strict_object') {
      message = `a block's status is derived from its events by the build; remove the typed status (${message})`;
    }
    return { file, id, field: field || '(feature)', message };
  }
  return { file, id: null, field: fieldPath(segments) || '(file)', message: shortenMessage(issue.message) };
}

/** Rule 1: each layer file passes sourceLayerSchema(layer); facts.json passes FactsFile. */
export const schemaProblems: Rule = (ds) => {
  const out: Problem[] = [];
  for (const lf of ds.layers) {
    const r = v.safeParse(sourceLayerSchema(lf.layer), lf.data);
    if (!r.success) for (const issue of r.issues) out.push(issueToProblem(lf.file, issue, lf.data));
  }
  if (ds.facts) {
    const r = v.safeParse(FactsFile, ds.facts.data);
    if (!r.success) {
      for (const issue of r.issues) {
        const p = issueToProblem(ds.facts.file, issue, ds.facts.data);
        // Figures are keyed by id like features are: name the figure, not its index.
        const path = v.getDotPath(issue)?.split('.') ?? [];
        const figures = isRecord(ds.facts.data) ? ds.facts.data.figures : undefined;
        if (path[0] === 'figures' && path.length >= 2 && Array.isArray(figures)) {
          const fig: unknown = figures[Number(path[1])];
          p.id = isRecord(fig) && typeof fig.id === 'string' ? fig.id : `figures[${path[1]}]`;
          p.kind = 'figure';
          p.field = fieldPath(path.slice(2)) || '(figure)';
        }
        out.push(p);
      }
    }
  }
  return out;
};

// ---------------------------------------------------------------- rule 2: unique ids

/** Rule 2: slugs are unique across all layers; a repeat names where the id was first used. */
export const duplicateIdProblems: Rule = (ds) => {
  const out: Problem[] = [];
  const seen = new Map<string, FeatureView>();
  for (const lf of ds.layers) {
    for (const f of featuresOf(lf)) {
      if (!f.hasSlug) continue;
      const first = seen.get(f.id);
      if (first) {
        out.push(
          problem(
            f,
            'id',
            `duplicate id: also used by ${first.file} features[${first.index}]` +
              ` (here: ${f.file} features[${f.index}]); ids must be unique across all layers`,
          ),
        );
      } else seen.set(f.id, f);
    }
  }
  return out;
};

// ---------------------------------------------------------------- boundaries

interface StatePolygon {
  code: string;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
  bbox: BBox;
}

interface Boundaries {
  states: StatePolygon[];
  byCode: Map<string, StatePolygon>;
  india: Feature<Polygon | MultiPolygon> | null;
  problems: Problem[];
}

const boundaryCache = new WeakMap<Dataset, Boundaries>();

function isArea(g: unknown): g is Polygon | MultiPolygon {
  return isRecord(g) && (g.type === 'Polygon' || g.type === 'MultiPolygon') && Array.isArray(g.coordinates);
}

function validBbox(b: unknown): b is BBox {
  return Array.isArray(b) && b.length === 4 && b.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Read the boundary files once per dataset; their defects become problems too. */
function boundaries(ds: Dataset): Boundaries {
  const cached = boundaryCache.get(ds);
  if (cached) return cached;
  const problems: Problem[] = [];
  const states: StatePolygon[] = [];
  if (ds.states) {
    const { file, data } = ds.states;
    const features = isRecord(data) && Array.isArray(data.features) ? (data.features as unknown[]) : null;
    if (!features) problems.push({ file, id: null, field: 'features', message: 'not a FeatureCollection' });
    (features ?? []).forEach((f, i) => {
      const props = isRecord(f) && isRecord(f.properties) ? f.properties : {};
      const code = typeof props.code === 'string' ? props.code : null;
      const id = code ?? `features[${i}]`;
      if (!code || !stateByCode(code)) {
        problems.push({ file, id, field: 'code', message: 'not a current ISO 3166-2:IN state code' });
        return;
      }
      if (!isRecord(f) || !isArea(f.geometry)) {
        problems.push({ file, id, field: 'geometry', message: 'not a Polygon or MultiPolygon' });
        return;
      }
      let box: BBox;
      if (validBbox(f.bbox)) box = f.bbox;
      else {
        // The shipped file must carry bbox (the app's point-in-polygon relies on it).
        problems.push({ file, id, field: 'bbox', message: 'missing or not [west, south, east, north]' });
        box = turfBbox(f.geometry as Polygon);
      }
      const feature = { type: 'Feature', geometry: f.geometry, properties: props, bbox: box } as Feature<
        Polygon | MultiPolygon
      >;
      const name = typeof props.name === 'string' ? props.name : (stateByCode(code)?.name ?? code);
      states.push({ code, name, feature, bbox: box });
    });
    const byCodeCount = new Map<string, number>();
    for (const s of states) byCodeCount.set(s.code, (byCodeCount.get(s.code) ?? 0) + 1);
    for (const [code, n] of byCodeCount) {
      if (n > 1) problems.push({ file, id: code, field: 'code', message: `${n} features share this code` });
    }
    const missing = STATE_CODES.filter((c) => !byCodeCount.has(c));
    if (features && missing.length > 0) {
      problems.push({ file, id: null, field: 'features', message: `no polygon for ${missing.join(', ')}` });
    }
  }
  let india: Feature<Polygon | MultiPolygon> | null = null;
  if (ds.india) {
    const { file, data } = ds.india;
    const candidates =
      isRecord(data) && data.type === 'FeatureCollection' && Array.isArray(data.features)
        ? (data.features as unknown[])
        : [data];
    const f = candidates[0];
    if (candidates.length !== 1 || !isRecord(f) || !isArea(f.geometry)) {
      problems.push({
        file,
        id: null,
        field: 'features',
        message: "expected one Polygon or MultiPolygon feature, India's outline",
      });
    } else {
      const box = validBbox(f.bbox) ? f.bbox : turfBbox(f.geometry as Polygon);
      india = { type: 'Feature', geometry: f.geometry, properties: {}, bbox: box };
    }
  }
  const b: Boundaries = {
    states,
    byCode: new Map(states.map((s) => [s.code, s])),
    india,
    problems,
  };
  boundaryCache.set(ds, b);
  return b;
}

/** Defects of the boundary files themselves (codes, geometry, bbox, completeness). */
export const boundaryProblems: Rule = (ds) => boundaries(ds).problems;

function inArea(pt: [number, number], f: Feature<Polygon | MultiPolygon>): boolean {
  // booleanPointInPolygon checks f.bbox first; every feature built above carries one.
  return booleanPointInPolygon(pt, f);
}

/** The states whose polygon holds the point (two only on a shared edge). */
export function statesAt(ds: Dataset, pt: [number, number]): { code: string; name: string }[] {
  return boundaries(ds)
    .states.filter((s) => inBox(pt, s.bbox) && inArea(pt, s.feature))
    .map(({ code, name }) => ({ code, name }));
}

// ---------------------------------------------------------------- rule 3: extents

/**
 * Rule 3: coordinates are finite and in the right place. Indian layers: inside INDIA_EXTENT;
 * offshore blocks: inside MARITIME_EXTENT (they may be drawn over land at a coarse scale, but
 * never far from the coast); overseas: outside India's outline (the country or state code
 * given in properties is then enough; no country polygons are checked).
 */
export const coordinateProblems: Rule = (ds) => {
  const out: Problem[] = [];
  const { india } = boundaries(ds);
  for (const lf of ds.layers) {
    for (const f of featuresOf(lf)) {
      const field = 'geometry.coordinates';
      if (!f.coordinates) continue; // no numeric pair at all: the schema reports it
      const pt = f.coordinates;
      if (!pt.every(Number.isFinite)) {
        out.push(problem(f, field, `${fmtPoint(pt)} is not finite`));
        continue;
      }
      if (f.layer === 'overseas') {
        if (india && inArea(pt, india)) {
          out.push(
            problem(
              f,
              field,
              `${fmtPoint(pt)} lies inside India's outline; an overseas point must be abroad`,
            ),
          );
        }
      } else if (isOffshoreBlock(f)) {
        if (!inBox(pt, MARITIME_EXTENT)) {
          out.push(
            problem(
              f,
              field,
              `${fmtPoint(pt)} is outside India's maritime extent for offshore blocks` +
                ` (lon ${MARITIME_EXTENT[0]}..${MARITIME_EXTENT[2]}, lat ${MARITIME_EXTENT[1]}..${MARITIME_EXTENT[3]})`,
            ),
          );
        }
      } else if (!inBox(pt, INDIA_EXTENT)) {
        out.push(
          problem(
            f,
            field,
            `${fmtPoint(pt)} is outside India's extent` +
              ` (lon ${INDIA_EXTENT[0]}..${INDIA_EXTENT[2]}, lat ${INDIA_EXTENT[1]}..${INDIA_EXTENT[3]});` +
              ' check for swapped or mistyped coordinates',
          ),
        );
      }
    }
  }
  return out;
};

// ---------------------------------------------------------------- rule 4: claimed state

/**
 * Rule 4: every Indian feature except offshore blocks lies inside the polygon of its `state`.
 * The message names the state the point does fall in and how far it is from the claimed one.
 */
export const stateProblems: Rule = (ds) => {
  const out: Problem[] = [];
  const b = boundaries(ds);
  if (!ds.states) return out;
  for (const lf of ds.layers) {
    if (lf.layer === 'overseas') continue;
    for (const f of featuresOf(lf)) {
      if (isOffshoreBlock(f) || !f.coordinates || !f.coordinates.every(Number.isFinite)) continue;
      const code = f.props.state;
      if (typeof code !== 'string') continue; // the schema reports it
      const claimed = b.byCode.get(code);
      if (!claimed) {
        if (stateByCode(code)) out.push(problem(f, 'state', `${code} has no polygon in ${ds.states.file}`));
        continue;
      }
      const pt = f.coordinates;
      if (inBox(pt, claimed.bbox) && inArea(pt, claimed.feature)) continue;
      const actual = statesAt(ds, pt);
      const where =
        actual.length > 0
          ? `it falls in ${actual.map((s) => `${s.code} ${s.name}`).join(' / ')}`
          : 'it falls in no Indian state (at sea or abroad)';
      let distance = '';
      try {
        const km = Math.abs(pointToPolygonDistance(pt, claimed.feature, { units: 'kilometers' }));
        distance = ` (${km.toFixed(1)} km from ${claimed.name})`;
      } catch {
        // a malformed ring; the message is complete without the distance
      }
      out.push(
        problem(f, 'state', `${fmtPoint(pt)} is not inside ${code} ${claimed.name}; ${where}${distance}`),
      );
    }
  }
  return out;
};

// ---------------------------------------------------------------- rule 5: sources

function normaliseUrl(u: string): string {
  try {
    return new URL(u.trim()).href.replace(/\/$/, '');
  } catch {
    return u.trim();
  }
}

/**
 * Rule 5: the schema requires ≥1 source, each with an http(s) URL and a date; this rule adds
 * that a feature does not list the same URL twice (compared after URL normalisation).
 */
export const sourceProblems: Rule = (ds) => {
  const out: Problem[] = [];
  for (const lf of ds.layers) {
    for (const f of featuresOf(lf)) {
      const sources = f.props.sources;
      if (!Array.isArray(sources)) continue;
      const seen = new Map<string, number>();
      sources.forEach((s: unknown, i) => {
        if (!isRecord(s) || typeof s.url !== 'string') return;
        const key = normaliseUrl(s.url);
        const first = seen.get(key);
        if (first !== undefined) {
          out.push(problem(f, `sources[${i}].url`, `duplicate of sources[${first}].url (${s.url})`));
        } else seen.set(key, i);
      });
    }
  }
  return out;
};

// ---------------------------------------------------------------- rule 6: placement

/** The field the gazetteer looks a point up by, for naming a failed look-up. */
const PRECISION_KEY: Record<string, string> = {
  locality: 'locality',
  district: 'district',
  state: 'state',
  country: 'country',
};

function isPending(basis: unknown): boolean {
  return typeof basis === 'string' && /^\s*pending\b/i.test(basis);
}

/**
 * Rule 6: a point that is not a surveyed `site` stands exactly where the gazetteer puts it for
 * its precision (within 1e-6 degrees) with the gazetteer's wording of locationBasis; a `site`
 * must say how it was placed (a locationBasis still "pending" is not shippable) and cite where
 * its coordinates come from in `locationSource` (the gazetteer does not check a site's point).
 */
export const placementProblems: Rule = (ds) => {
  const out: Problem[] = [];
  for (const lf of ds.layers) {
    for (const f of featuresOf(lf)) {
      const precision = f.props.precision;
      if (typeof precision !== 'string') continue;
      if (precision === 'site') {
        if (isPending(f.props.locationBasis)) {
          out.push(
            problem(
              f,
              'locationBasis',
              `a site's locationBasis is still pending; say how the point was placed`,
            ),
          );
        }
        if (!isRecord(f.props.locationSource)) {
          out.push(
            problem(
              f,
              'locationSource',
              'a site point must cite the source of its coordinates (locationSource: title, url, date)',
            ),
          );
        }
        continue;
      }
      if (!ds.placementOf) continue;
      let expected: ExpectedPlacement;
      try {
        expected = ds.placementOf(f.props);
      } catch (e) {
        out.push(problem(f, PRECISION_KEY[precision] ?? 'precision', `gazetteer failed: ${String(e)}`));
        continue;
      }
      if (expected === null) continue;
      if ('error' in expected) {
        out.push(problem(f, PRECISION_KEY[precision] ?? 'precision', expected.error));
        continue;
      }
      const [elon, elat] = expected.coordinates;
      const pt = f.coordinates;
      const where = `the ${precision} placement is ${fmtPoint(expected.coordinates)} (${expected.basis})`;
      if (!pt) {
        out.push(problem(f, 'geometry.coordinates', `no point; ${where}`));
      } else if (Math.abs(pt[0] - elon) > 1e-6 || Math.abs(pt[1] - elat) > 1e-6) {
        out.push(problem(f, 'geometry.coordinates', `${fmtPoint(pt)} is not where it should be; ${where}`));
      }
      if (f.props.locationBasis !== expected.basis) {
        out.push(
          problem(
            f,
            'locationBasis',
            `expected ${JSON.stringify(expected.basis)}, found ${JSON.stringify(f.props.locationBasis)}`,
          ),
        );
      }
    }
  }
  return out;
};

// ---------------------------------------------------------------- rule 7: block events

/**
 * Rule 7: a block's event history follows the auction rules of src/domain/auction.ts (date
 * order, allowed transitions, reasons for annulments, bidders for awards) and every event's
 * sourceRefs points at one of the feature's sources. (A typed `status` is a schema problem.)
 */
export const blockEventProblems: Rule = (ds) => {
  const out: Problem[] = [];
  for (const lf of ds.layers) {
    if (lf.layer !== 'blocks') continue;
    for (const f of featuresOf(lf)) {
      const events = f.props.events;
      if (!Array.isArray(events)) continue;
      const nSources = Array.isArray(f.props.sources) ? f.props.sources.length : 0;
      events.forEach((e: unknown, i) => {
        if (!isRecord(e) || !Array.isArray(e.sourceRefs)) return;
        e.sourceRefs.forEach((ref: unknown, j) => {
          if (typeof ref === 'number' && Number.isInteger(ref) && (ref < 0 || ref >= nSources)) {
            out.push(
              problem(
                f,
                `events[${i}].sourceRefs[${j}]`,
                `${ref} points at no source (the feature has ${nSources}: indexes 0..${nSources - 1})`,
              ),
            );
          }
        });
      });
      // The history rules need well-formed events; a malformed one is already a schema problem.
      const parsed = v.safeParse(v.array(BlockEvent), events);
      if (!parsed.success) continue;
      for (const message of eventHistoryProblems(parsed.output)) {
        const at = /^(events\[\d+\])/.exec(message);
        out.push(problem(f, at ? at[1]! : 'events', message));
      }
    }
  }
  return out;
};

// ---------------------------------------------------------------- rule 8: flags and caveats

/** Rule 8: a flagged feature explains itself: any flag needs at least one caveat. */
export const flagProblems: Rule = (ds) => {
  const out: Problem[] = [];
  for (const lf of ds.layers) {
    for (const f of featuresOf(lf)) {
      const flags = f.props.flags;
      if (!Array.isArray(flags) || flags.length === 0) continue;
      const caveats = f.props.caveats;
      if (!Array.isArray(caveats) || caveats.length === 0) {
        out.push(
          problem(
            f,
            'caveats',
            `flagged ${flags.map((x) => JSON.stringify(x)).join(', ')} but has no caveat explaining it`,
          ),
        );
      }
    }
  }
  return out;
};

// ---------------------------------------------------------------- rule 9: district areas

/**
 * Rule 9: every district area of districts.geojson names a state with a polygon and a district,
 * says whether it is approximate, is a Polygon or MultiPolygon, and lies in its state: its
 * representative point (scripts/lib/districts.ts, always inside the area) is inside the state's
 * polygon. A (state, district) pair appears once.
 */
export const districtAreaProblems: Rule = (ds) => {
  const out: Problem[] = [];
  if (!ds.districts) return out;
  const { file, data } = ds.districts;
  const features = isRecord(data) && Array.isArray(data.features) ? (data.features as unknown[]) : null;
  if (!features) return [{ file, id: null, field: 'features', message: 'not a FeatureCollection' }];
  const b = boundaries(ds);
  const seen = new Map<string, number>();
  features.forEach((f, i) => {
    const props = isRecord(f) && isRecord(f.properties) ? f.properties : {};
    const state = typeof props.state === 'string' ? props.state : null;
    const district =
      typeof props.district === 'string' && props.district.trim() !== '' ? props.district : null;
    const id = state && district ? `${state} ${district}` : `features[${i}]`;
    const at = (field: string, message: string) => out.push({ file, id, field, message });
    if (!state || !stateByCode(state)) at('state', 'not a current ISO 3166-2:IN state code');
    if (!district) at('district', 'missing: the district as the gazetteer names it');
    if (typeof props.approximate !== 'boolean') {
      at('approximate', 'missing: true for a derived area, false for an official boundary');
    }
    if (state && district) {
      const key = `${state}|${district.trim().toLowerCase()}`;
      const first = seen.get(key);
      if (first !== undefined) at('district', `also the district of features[${first}]`);
      else seen.set(key, i);
    }
    const geometry = isRecord(f) ? f.geometry : undefined;
    if (!isArea(geometry)) {
      at('geometry', 'not a Polygon or MultiPolygon');
      return;
    }
    if (!state || !ds.states) return;
    const claimed = b.byCode.get(state);
    if (!claimed) return; // no such state: reported above or by the boundary rule
    let pt: [number, number] | null;
    try {
      pt = representativePoint(geometry);
    } catch {
      pt = null;
    }
    if (!pt) {
      at('geometry', 'has no area (no ring of 4 or more positions)');
      return;
    }
    if (!(inBox(pt, claimed.bbox) && inArea(pt, claimed.feature))) {
      const actual = statesAt(ds, pt);
      const where =
        actual.length > 0
          ? `it falls in ${actual.map((x) => `${x.code} ${x.name}`).join(' / ')}`
          : 'it falls in no state';
      at(
        'geometry',
        `the area's representative point ${fmtPoint(pt)} is not inside ${state} ${claimed.name}; ${where}`,
      );
    }
  });
  return out;
};

// ---------------------------------------------------------------- all rules

export const RULES: readonly { name: string; check: Rule }[] = [
  { name: 'schema', check: schemaProblems },
  { name: 'boundaries', check: boundaryProblems },
  { name: 'unique ids', check: duplicateIdProblems },
  { name: 'coordinates', check: coordinateProblems },
  { name: 'claimed state', check: stateProblems },
  { name: 'sources', check: sourceProblems },
  { name: 'placement', check: placementProblems },
  { name: 'block events', check: blockEventProblems },
  { name: 'flags and caveats', check: flagProblems },
  { name: 'district areas', check: districtAreaProblems },
];

/** Every problem every rule finds, in rule order. */
export function validateDataset(ds: Dataset): Problem[] {
  return RULES.flatMap((r) => r.check(ds));
}

/** Layers the dataset lacks, for the build's "all six are required" check. */
export function missingLayers(ds: Dataset): LayerId[] {
  const present = new Set(ds.layers.map((l) => l.layer));
  return LAYER_IDS.filter((id) => !present.has(id));
}
