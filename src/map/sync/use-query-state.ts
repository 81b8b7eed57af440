import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { isBigDataset, type Dataset } from '../../data/datasets';
import type { ActiveQuery } from '../../state/selectors/query';
import { OVERVIEW_RESULTS, QUERY_ACTIVE, resultsSourceId, shapeSourceId, sourceId } from '../data-style';
import { overviewOffsets } from '../layers/overview-ids';
import { styleReady } from './style-ready';

/** A row's mark: 0 no question; 1 inside, 2 possibly inside, 3 listed (distance); 4 left out. */
type Mark = 0 | 1 | 2 | 3 | 4;
const LEFT_OUT = 4;
/** A row whose state on the map is not known (a fresh source, or a style that dropped every state). */
const UNKNOWN = 255;

interface Target {
  readonly source: string;
  /** Whether the source hides what the question leaves out (else it draws only what is listed). */
  readonly hides: boolean;
  /** Added to a row's index to give its feature id in the source. */
  readonly offset: number;
}

/** The sources of a dataset that draw a question's answer. */
function targetsOf(ds: Dataset, overviewOffset: number | undefined): Target[] {
  // Below the overview's scale, the overview's twin draws a curated dataset's results.
  const overview =
    overviewOffset === undefined ? [] : [{ source: OVERVIEW_RESULTS, hides: false, offset: overviewOffset }];
  // A clustered source fades out as a whole (global state); its unclustered twin shows the results.
  if (ds.cluster) return [{ source: resultsSourceId(ds.id), hides: false, offset: 0 }, ...overview];
  // A large dataset's filter mask hides what the question leaves out (use-filter-mask.ts).
  if (isBigDataset(ds)) return [{ source: sourceId(ds.id), hides: false, offset: 0 }, ...overview];
  const out = [{ source: sourceId(ds.id), hides: true, offset: 0 }, ...overview];
  if (ds.kind === 'user') out.push({ source: shapeSourceId(ds.id), hides: true, offset: 0 });
  return out;
}

/**
 * The active question's answer on the map, as feature-state — `qcls` (1 inside, 2 possibly
 * inside, 3 listed) and `qout` (left out) — plus one global-state flag (QUERY_ACTIVE) that fades
 * the clustered sources' layers out while their results twins draw the results. Nothing is
 * re-sent or re-tiled, so an answer is drawn in the next frame; only the rows whose mark changes
 * are touched.
 */
export function useQueryState(
  map: MapLibreMap | undefined,
  datasets: readonly Dataset[],
  query: ActiveQuery | null,
) {
  // Per source, the mark each row has on the map now.
  const marked = useRef(new Map<string, Uint8Array>());
  useEffect(() => {
    if (!map) return;
    const apply = (reset: ReadonlySet<string> | 'all' | null) => {
      if (!styleReady(map)) return;
      map.setGlobalStateProperty(QUERY_ACTIVE, query !== null);
      const offsets = overviewOffsets(datasets);
      for (const ds of datasets) {
        const listed = query?.classes.get(ds.id);
        const n = ds.rows.length;
        for (const { source, hides, offset } of targetsOf(ds, offsets.get(ds.id))) {
          if (!map.getSource(source)) continue;
          // One source (the overview's twin) can hold several datasets' rows.
          const key = `${source}\u0000${ds.id}`;
          let prev = marked.current.get(key);
          if (!prev || prev.length !== n || reset === 'all' || reset?.has(source)) {
            prev = new Uint8Array(n).fill(UNKNOWN);
            marked.current.set(key, prev);
          }
          for (let i = 0; i < n; i++) {
            const m = (query ? (listed?.get(i) ?? LEFT_OUT) : 0) as Mark;
            if (m === prev[i]) continue;
            const fresh = prev[i] === UNKNOWN;
            prev[i] = m;
            // Nothing to clear on a row that has no state yet.
            if (fresh && m === 0) continue;
            map.setFeatureState(
              { source, id: offset + i },
              { qcls: m === LEFT_OUT ? 0 : m, qout: hides && m === LEFT_OUT },
            );
          }
        }
      }
    };
    apply(null);
    // A new style (theme switch) drops every feature-state: mark again from scratch.
    const onStyle = () => apply('all');
    // A source (re)loaded after this effect — its dataset arrived later — is marked once it exists.
    const onData = (e: { sourceId?: string; sourceDataType?: string }) => {
      if (e.sourceId && e.sourceDataType === 'metadata') apply(new Set([e.sourceId]));
    };
    map.on('style.load', onStyle);
    map.on('sourcedata', onData);
    return () => {
      map.off('style.load', onStyle);
      map.off('sourcedata', onData);
    };
  }, [map, datasets, query]);
}
