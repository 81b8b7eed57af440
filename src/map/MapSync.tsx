import { useEffect } from 'react';
import { useMap } from '@vis.gl/react-maplibre';
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import { INDIA_BOUNDS, INDIA_FIT_PADDING } from './basemap-style';
import { useAppStore } from '../state/store';
import { registerMap } from './camera';
import { rowIndex } from '../data/indexes';
import { getDatasets } from '../data/registry';
import { paddingFromCovers, panToClear, type Padding } from '../domain/camera-padding';
import { whenStyleLoads } from './sync/style-ready';

/** What may lie over the map: the side panel (a bottom sheet on phones) and the boundary note. */
const COVERS = '.side-panel, [data-testid="boundary-note"]';
/** How far inside the clear part a kept-clear selection lands, px (its symbol and ring fit). */
const CLEAR_MARGIN_PX = 28;

/** Pans the map, if needed, so the selected feature is clear of what covers the map. */
function keepSelectionClear(map: MapLibreMap): void {
  const id = useAppStore.getState().selectedId;
  const ref = id ? rowIndex(getDatasets()).get(id) : undefined;
  if (!ref || map.isMoving()) return;
  const row = ref.dataset.rows[ref.index]!;
  const c = map.getContainer();
  const [dx, dy] = panToClear(
    map.project([row.lon, row.lat]),
    c.clientWidth,
    c.clientHeight,
    map.getPadding() as Padding,
    CLEAR_MARGIN_PX,
  );
  if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { duration: 0 });
}

const INDIA_LNGLAT: [[number, number], [number, number]] = [
  [INDIA_BOUNDS[0], INDIA_BOUNDS[1]],
  [INDIA_BOUNDS[2], INDIA_BOUNDS[3]],
];

const lngLatOf = (p: LngLatLike): { lng: number; lat: number } =>
  Array.isArray(p) ? { lng: p[0], lat: p[1] } : 'lng' in p ? p : { lng: p.lon, lat: p.lat };

/** Whether the camera is still where the first view's India fit put it. */
function showsIndiaFit(map: MapLibreMap): boolean {
  const c = map.cameraForBounds(INDIA_LNGLAT, { padding: INDIA_FIT_PADDING });
  if (!c?.center || c.zoom === undefined) return false;
  const centre = map.getCenter();
  const want = lngLatOf(c.center);
  return (
    Math.abs(map.getZoom() - c.zoom) < 1e-3 &&
    Math.abs(centre.lng - want.lng) < 1e-3 &&
    Math.abs(centre.lat - want.lat) < 1e-3
  );
}

/** The extent the user can actually see: the canvas less the padding under the bottom sheet. */
function visibleBounds(map: MapLibreMap): [number, number, number, number] {
  const c = map.getContainer();
  const { top = 0, bottom = 0, left = 0, right = 0 } = map.getPadding();
  const sw = map.unproject([left, c.clientHeight - bottom]);
  const ne = map.unproject([c.clientWidth - right, top]);
  return [sw.lng, sw.lat, ne.lng, ne.lat];
}

/**
 * Turns store changes into map calls and map events into store changes, in one place:
 * the state view's outline (a `global-state` property of the style), the visible extent
 * for "features in view", the camera padding from what covers the map (measured), a selection
 * kept clear of it, and the camera module's map.
 */
export function MapSync() {
  const { current } = useMap();
  const map = current?.getMap();
  const stateView = useAppStore((s) => s.stateView);
  const districtView = useAppStore((s) => s.districtView);
  const setViewBounds = useAppStore((s) => s.setViewBounds);
  const selectedId = useAppStore((s) => s.selectedId);

  useEffect(() => {
    if (!map) return;
    registerMap(map);
    const report = () => setViewBounds(visibleBounds(map));
    report();
    map.on('moveend', report);
    return () => {
      map.off('moveend', report);
      registerMap(null);
    };
  }, [map, setViewBounds]);

  useEffect(() => {
    if (!map) return;
    return whenStyleLoads(map, () => {
      map.setGlobalStateProperty('highlightState', stateView ?? '');
      map.setGlobalStateProperty('highlightDistrict', districtView ?? '');
    });
  }, [map, stateView, districtView]);

  // What covers the map (the phone's sheet, the boundary note) is measured (ResizeObserver, and
  // a MutationObserver for it appearing, folding or closing) and becomes camera padding, so the
  // camera's centre and "zoom to" land in the part the user can see. A selection that would lie
  // under a cover is panned just clear of it.
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const root = container.closest('.app-main') ?? document.body;
    let frame = 0;
    let first = true;
    const observed = new Set<Element>();
    const sizes = new ResizeObserver(() => schedule());
    const covers = () => [...root.querySelectorAll(COVERS)].filter((el) => !container.contains(el));
    const apply = () => {
      frame = 0;
      for (const el of covers())
        if (!observed.has(el)) {
          observed.add(el);
          sizes.observe(el);
        }
      const box = (el: Element) => el.getBoundingClientRect();
      const pad = paddingFromCovers(
        box(container),
        covers()
          .map(box)
          .filter((b) => b.width > 0 && b.height > 0),
      );
      const now = map.getPadding();
      if (
        now.top !== pad.top ||
        now.bottom !== pad.bottom ||
        now.left !== pad.left ||
        now.right !== pad.right
      ) {
        // The first view fits all of India; once the covers are known it is fitted again under
        // them, so no part of India starts hidden (unless a link or the user moved the camera).
        const refit = first && showsIndiaFit(map);
        first = false;
        map.setPadding(pad);
        if (refit) map.fitBounds(INDIA_LNGLAT, { padding: INDIA_FIT_PADDING, animate: false });
        setViewBounds(visibleBounds(map));
        keepSelectionClear(map);
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    const dom = new MutationObserver(schedule);
    dom.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    sizes.observe(container);
    apply();
    map.on('resize', schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      sizes.disconnect();
      dom.disconnect();
      map.off('resize', schedule);
    };
  }, [map, setViewBounds]);

  // A new selection is kept clear of the covers too (a tap low on a phone opens the sheet over it).
  useEffect(() => {
    if (!map || !selectedId) return;
    // After the sheet has opened and been measured (the effect above runs in the next frame).
    const id = requestAnimationFrame(() => requestAnimationFrame(() => keepSelectionClear(map)));
    return () => cancelAnimationFrame(id);
  }, [map, selectedId]);

  return null;
}
