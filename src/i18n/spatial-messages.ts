/** Readable messages for refused spatial input, through the catalogue. */
import { t } from './t';

/** The domain's refusal codes (src/domain/spatial/query-param.ts, run-query.ts), repeated: the catalogue imports nothing. */
type DistanceProblem = 'nan' | 'zero' | 'negative' | 'tooLarge';
type QueryProblem =
  | { readonly code: 'area' | 'selfIntersecting'; readonly detail: string }
  | { readonly code: 'noOrigin'; readonly id: string }
  | { readonly code: 'noDataset'; readonly dataset: string }
  | { readonly code: 'noStateOutline'; readonly state: string }
  | { readonly code: 'failed'; readonly detail: string };

/** A domain refusal (validateArea, rectangleFromBbox, parseCoordinates…) as a catalogue message. */
export function describeSpatialError(detail: string): string {
  if (/crosses itself/.test(detail)) return t('query.error.selfIntersecting', { detail });
  if (/zero area/.test(detail)) return t('query.error.zeroArea', { detail });
  return t('query.error.generic', { detail });
}

export function describeDistanceProblem(p: DistanceProblem, value: string): string {
  return t(`query.error.distance.${p}`, { value });
}

export function describeQueryProblem(p: QueryProblem): string {
  switch (p.code) {
    case 'area':
    case 'selfIntersecting':
      return describeSpatialError(p.detail);
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
