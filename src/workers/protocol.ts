/**
 * The spatial worker's messages: a typed request → response map, one entry per operation.
 * Coordinates go to the worker once per dataset (transferred Float64Array); answers come back
 * as transferred typed arrays (positions Uint32Array, classes Uint8Array, ranges Float32Array).
 */
import type {
  AllowedMask,
  AreaGeometry,
  AreaMatches,
  Origin,
  RangedMatches,
  RankedRows,
} from '../domain/spatial/types';

export interface BuildIndexRequest {
  readonly datasetId: string;
  /** `[lon0, lat0, …]` true coordinates; transferred (the sender's copy becomes unusable). */
  readonly coords: Float64Array;
  readonly radiiKm: Float32Array;
  readonly precise: Uint8Array;
}

export interface WithinAreaRequest {
  readonly datasetId: string;
  readonly area: AreaGeometry;
  readonly allowed?: AllowedMask;
}

export interface WithinRadiusRequest {
  readonly datasetId: string;
  readonly origin: Origin;
  readonly radiusKm: number;
  readonly allowed?: AllowedMask;
  readonly exclude?: number;
}

export interface NearestRequest {
  readonly datasetId: string;
  readonly origins: readonly (Origin & { exclude?: number })[];
  readonly k: number;
  readonly allowed?: AllowedMask;
}

/** Each operation's request and response. */
export interface SpatialOps {
  'build-index': { req: BuildIndexRequest; res: { datasetId: string; size: number } };
  'within-area': { req: WithinAreaRequest; res: AreaMatches };
  'within-radius': { req: WithinRadiusRequest; res: RangedMatches };
  nearest: { req: NearestRequest; res: RankedRows[] };
  'drop-index': { req: { datasetId: string }; res: { datasetId: string } };
}
export type SpatialOp = keyof SpatialOps;

export type RequestMessage = {
  [K in SpatialOp]: { readonly id: number; readonly op: K; readonly payload: SpatialOps[K]['req'] };
}[SpatialOp];

/** Sent when a caller aborts: the worker skips the request if it has not started it. */
export interface CancelMessage {
  readonly id: number;
  readonly op: 'cancel';
}

export type ResponseMessage =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** The buffers of a response to transfer rather than copy. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const visit = (v: unknown) => {
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return [...out];
}
