/**
 * Shared shapes of the spatial queries: the point set they read (true coordinates, one
 * uncertainty radius per point), the membership classes they answer with, and the compact
 * typed-array results that cross the worker boundary without copying.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { MessageKey } from '../../i18n/en';

/** An area a query may ask about: a polygon (with holes) or a multipolygon, either winding. */
export type AreaGeometry = Polygon | MultiPolygon;

/** How a row relates to an area or a radius. `OUT` rows are never listed in a result. */
export const OUT = 0;
/** Its whole uncertainty disc is inside (or its position is site/locality precise and inside). */
export const INSIDE = 1;
/** Its uncertainty disc overlaps the area, but is not known to be contained. */
export const POSSIBLY = 2;
export type MembershipCode = typeof OUT | typeof INSIDE | typeof POSSIBLY;
export type Membership = 'inside' | 'possibly';

/** The name of a membership code (`OUT` has none). */
export function membershipName(code: number): Membership | null {
  return code === INSIDE ? 'inside' : code === POSSIBLY ? 'possibly' : null;
}

/**
 * The points of one dataset as the queries read them: TRUE coordinates (never display offsets),
 * each with its uncertainty radius. Typed arrays, so the set crosses to a worker as transferables.
 */
export interface PointSet {
  /** Interleaved `[lon0, lat0, lon1, lat1, …]` in degrees (WGS84). */
  readonly coords: Float64Array;
  /** Uncertainty radius of each point in km (`PRECISION_RADIUS_KM` of its precision). */
  readonly radiiKm: Float32Array;
  /** 1 where the position is site or locality precise: inside the area means inside. */
  readonly precise: Uint8Array;
}

/** Which positions of a point set a query may return (the active filter), 1 = allowed. */
export type AllowedMask = Uint8Array;

/** Rows of an area query: positions in ascending order with their class (INSIDE or POSSIBLY). */
export interface AreaMatches {
  readonly positions: Uint32Array;
  readonly classes: Uint8Array;
}

/**
 * Rows ranked by distance, sorted by min then max (then position): positions and distance
 * ranges `[minKm, maxKm]` interleaved in `rangesKm` (two numbers per position; min = max for
 * exact positions).
 */
export interface RankedRows {
  readonly positions: Uint32Array;
  readonly rangesKm: Float32Array;
}

/** Rows of a radius query: ranked, each with its class (INSIDE or POSSIBLY). */
export interface RangedMatches extends RankedRows {
  readonly classes: Uint8Array;
}

/** A location a distance is measured from: a clicked place (radius 0) or a feature (its radius). */
export interface Origin {
  readonly lon: number;
  readonly lat: number;
  /** Uncertainty radius of the origin itself, km; 0 for a clicked place. */
  readonly radiusKm?: number;
}

/** Plural base keys count as keys: `spatial.error.selfIntersecting` stands for its `_one`/`_other` forms. */
type CallableKey<K> = K extends `${infer B}_other` ? B : K extends `${string}_one` ? never : K;

/** A catalogue key under `spatial.error.`: why an input was refused. */
export type SpatialErrorKey = Extract<CallableKey<MessageKey>, `spatial.error.${string}`>;
/** A catalogue key under `spatial.subject.`: what an error is about ("The radius", "Point 3 of the line"). */
export type SpatialSubjectKey = Extract<CallableKey<MessageKey>, `spatial.subject.${string}`>;

export type SpatialMessageParams = Readonly<Record<string, string | number>>;

/** What a refusal is about, rendered from its own key into the error's `{what}` placeholder. */
export interface SpatialSubject {
  readonly key: SpatialSubjectKey;
  readonly params?: SpatialMessageParams;
}

/**
 * Why a spatial input was refused: a catalogue key and its parameters (`spatial.*` in
 * src/i18n/en.ts), never English text; render it with `describeSpatialError`
 * (src/i18n/spatial-messages.ts). `what`, when present, fills the message's `{what}`.
 */
export interface SpatialError {
  readonly key: SpatialErrorKey;
  readonly params?: SpatialMessageParams;
  readonly what?: SpatialSubject;
}

/** A refusal: `key` with its parameters, about `what`. */
export const spatialError = (
  key: SpatialErrorKey,
  params?: SpatialMessageParams,
  what?: SpatialSubject,
): SpatialError => ({ key, ...(params && { params }), ...(what && { what }) });

/** A subject for `SpatialError.what`. */
export const subject = (key: SpatialSubjectKey, params?: SpatialMessageParams): SpatialSubject =>
  params ? { key, params } : { key };

/** A value or the reason why there is none (user errors are values, not exceptions). */
export type SpatialResult<T> = { ok: true; value: T } | { ok: false; error: SpatialError };
export const ok = <T>(value: T): SpatialResult<T> => ({ ok: true, value });
export const fail = <T = never>(error: SpatialError): SpatialResult<T> => ({ ok: false, error });
