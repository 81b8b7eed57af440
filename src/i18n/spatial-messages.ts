/** Readable messages for refused spatial input, through the catalogue. */
import { t, type MessageId, type Params } from './t';

/** The domain's refusal codes (src/domain/spatial/query-param.ts, run-query.ts), repeated: the catalogue imports nothing. */
type DistanceProblem = 'nan' | 'zero' | 'negative' | 'tooLarge';
/** A refusal (SpatialError in src/domain/spatial/types.ts): a `spatial.error.*` key, about a `spatial.subject.*`. */
interface SpatialError {
  readonly key: Extract<MessageId, `spatial.error.${string}`>;
  readonly params?: Readonly<Params>;
  readonly what?: {
    readonly key: Extract<MessageId, `spatial.subject.${string}`>;
    readonly params?: Readonly<Params>;
  };
}
type QueryProblem =
  | { readonly code: 'area' | 'selfIntersecting'; readonly error: SpatialError }
  | { readonly code: 'noOrigin'; readonly id: string }
  | { readonly code: 'noDataset'; readonly dataset: string }
  | { readonly code: 'noStateOutline'; readonly state: string }
  | { readonly code: 'failed'; readonly detail: string };

/** A domain refusal (validateArea, rectangleFromBbox, parseCoordinates…) as a catalogue message. */
export function describeSpatialError(e: SpatialError): string {
  const detail = spatialErrorText(e);
  if (e.key === 'spatial.error.selfIntersecting') return t('query.error.selfIntersecting', { detail });
  if (ZERO_AREA.has(e.key)) return t('query.error.zeroArea', { detail });
  return t('query.error.generic', { detail });
}

/** Refusals that are about an area with no size: shown as `query.error.zeroArea`. */
const ZERO_AREA: ReadonlySet<SpatialError['key']> = new Set([
  'spatial.error.rectangleZeroArea',
  'spatial.error.circleZeroArea',
  'spatial.error.ringZeroArea',
] as const);

/** The refusal's own sentence (its subject rendered into `{what}`), without the framing. */
export function spatialErrorText(e: SpatialError): string {
  const params: Params = { ...e.params };
  if (e.what) params.what = t(e.what.key, e.what.params && { ...e.what.params });
  return t(e.key, params);
}

export function describeDistanceProblem(p: DistanceProblem, value: string): string {
  return t(`query.error.distance.${p}`, { value });
}

export function describeQueryProblem(p: QueryProblem): string {
  switch (p.code) {
    case 'area':
    case 'selfIntersecting':
      return describeSpatialError(p.error);
    case 'noOrigin':
      return t('query.error.noOrigin', { id: p.id });
    case 'noDataset':
      return t('query.error.noDataset', { dataset: p.dataset });
    case 'noStateOutline':
      return t('query.error.noStateOutline', { state: p.state });
    case 'failed':
      return t('query.error.failed', { detail: p.detail });
  }
}
