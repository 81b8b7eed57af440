import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { isBigDataset, type Dataset } from '../../data/datasets';
import type { ActiveQuery } from '../../state/selectors/query';
import { QUERY_ACTIVE, resultsSourceId, shapeSourceId, sourceId } from '../data-style';

/** A row's mark: 0 no question; 1 inside, 2 possibly inside, 3 listed (distance); 4 left out. */
type Mark = 0 | 1 | 2 | 3 | 4;
const LEFT_OUT = 4;
/** A row whose state on the map is not known (a fresh source, or a style that dropped every state). */
const UNKNOWN = 255;

/** The sources of a dataset that draw a question's answer, and whether they hide what it leaves out. */
function targetsOf(ds: Dataset): { source: string; hides: boolean }[] {
  // A clustered source fades out as a whole (global state); its unclustered twin shows the results.
  if (ds.cluster) return [{ source: resultsSourceId(ds.id), hides: false }];
  // A large dataset's filter mask hides what the question leaves out (use-filter-mask.ts).
  if (isBigDataset(ds)) return [{ source: sourceId(ds.id), hides: false }];
  const out = [{ source: sourceId(ds.id), hides: true }];
  if (ds.kind === 'user') out.push({ source: shapeSourceId(ds.id), hides: true });
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
      if (!map.style?._loaded) return;
      map.setGlobalStateProperty(QUERY_ACTIVE, query !== null);
      for (const ds of datasets) {
        const listed = query?.classes.get(ds.id);
        const n = ds.rows.length;
        for (const { source, hides } of targetsOf(ds)) {
          if (!map.getSource(source)) continue;
          let prev = marked.current.get(source);
          if (!prev || prev.length !== n || reset === 'all' || reset?.has(source)) {
            prev = new Uint8Array(n).fill(UNKNOWN);
            marked.current.set(source, prev);
          }
          for (let i = 0; i < n; i++) {
            const m = (query ? (listed?.get(i) ?? LEFT_OUT) : 0) as Mark;
            if (m === prev[i]) continue;
            const fresh = prev[i] === UNKNOWN;
            prev[i] = m;
            // Nothing to clear on a row that has no state yet.
            if (fresh && m === 0) continue;
            map.setFeatureState(
              { source, id: i },
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
