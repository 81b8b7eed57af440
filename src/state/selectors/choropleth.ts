/**
 * The choropleth the map draws and the legend explains, derived once per change of the data,
 * the filter, the question, the choice or the outlines (the store holds only the choice).
 */
import { useMemo, useSyncExternalStore } from 'react';
import { area as turfArea } from '@turf/turf';
import type { Dataset } from '../../data/datasets';
import {
  districtAreas,
  loadStateOutlines,
  stateOutline,
  stateOutlinesVersion,
  subscribeStateOutlines,
} from '../../data/state-outlines';
import type { Outline } from '../../data/outlines';
import {
  aggregateChoropleth,
  MEASURE_DATASET,
  quantileClasses,
  type Choropleth,
  type ChoroplethClass,
} from '../../domain/insights/choropleth';
import { STATE_CODES } from '../../domain/states';
import type { Row } from '../../domain/model/fields';
import { useAppStore } from '../store';
import type { ChoroplethChoice } from '../slices/insights';
import { filteredIndexes } from './filtered';
import { asOfDayOf } from '../../domain/insights/timeline';
import { useActiveQuery } from './query';

export interface ChoroplethView {
  readonly choice: ChoroplethChoice;
  readonly data: Choropleth;
  readonly classes: readonly ChoroplethClass[];
  /** Every area of the level (those with nothing included). */
  readonly keys: readonly string[];
  /** Whether the level's outlines (and so areas and keys) are still loading. */
  readonly loading: boolean;
  /** Whether a spatial question narrows the counts. */
  readonly byQuery: boolean;
}

const baseUrl = () => new URL(import.meta.env.BASE_URL, window.location.href).href;

const km2Cache = new WeakMap<Outline, number>();
function km2Of(g: Outline | null): number | null {
  if (!g) return null;
  let a = km2Cache.get(g);
  if (a === undefined) {
    a = turfArea({ type: 'Feature', properties: {}, geometry: g }) / 1e6;
    km2Cache.set(g, a);
  }
  return a;
}

/** The rows of a dataset that pass the filter and, while one is active, the question. */
export function shownRows(
  ds: Dataset,
  filters: ReturnType<typeof useAppStore.getState>['filters'],
  queryClasses: ReadonlyMap<string, Map<number, number>> | null,
): Row[] {
  const listed = queryClasses ? queryClasses.get(ds.id) : undefined;
  const out: Row[] = [];
  for (const i of filteredIndexes(ds, filters)) if (!queryClasses || listed?.has(i)) out.push(ds.rows[i]!);
  return out;
}

/** The active choropleth, or null while the map shows points. */
export function useChoropleth(datasets: readonly Dataset[]): ChoroplethView | null {
  const choice = useAppStore((s) => s.choropleth);
  const filters = useAppStore((s) => s.filters);
  const query = useActiveQuery();
  const queryClasses = query?.classes ?? null;
  const statesVersion = useSyncExternalStore(
    subscribeStateOutlines,
    stateOutlinesVersion,
    stateOutlinesVersion,
  );
  const districtsVersion = useSyncExternalStore(
    districtAreas.subscribe,
    districtAreas.version,
    districtAreas.version,
  );
  const level = choice?.level;
  if (level === 'state') void loadStateOutlines(baseUrl());
  if (level === 'district') void districtAreas.load(baseUrl());

  return useMemo(() => {
    if (!choice) return null;
    const ds = datasets.find((d) => d.id === MEASURE_DATASET[choice.measure]);
    const rows = ds ? shownRows(ds, filters, queryClasses) : [];
    const isState = choice.level === 'state';
    const keys: readonly string[] = isState ? STATE_CODES : districtAreas.keys();
    const loading = isState ? statesVersion === 0 : districtsVersion === 0;
    const data = aggregateChoropleth({
      measure: choice.measure,
      level: choice.level,
      rows,
      status: choice.status,
      day: asOfDayOf(filters),
      keys: new Set(keys),
      areaKm2: (key) => km2Of(isState ? stateOutline(key) : districtAreas.get(key)),
    });
    const classes = quantileClasses([...data.values.values()].map((v) => v.value));
    return { choice, data, classes, keys, loading, byQuery: queryClasses !== null };
  }, [choice, datasets, filters, queryClasses, statesVersion, districtsVersion]);
}
