import { useEffect } from 'react';
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { getDataStatus, getDatasets } from '../../data/registry';
import { isBigDataset } from '../../data/datasets';
import { loadStateOutlines, stateOutline, subscribeStateOutlines } from '../../data/state-outlines';
import type { Outline } from '../../data/outlines';
import { isPointInArea, prepareArea, type PreparedArea } from '../../domain/spatial/prepare-area';
import {
  placeNames,
  type Bounds,
  type Circle,
  type NameBox,
  type NamePlace,
} from '../../domain/name-placement';
import {
  STATE_BADGE_PLACES,
  STATE_BADGE_TEXT,
  STATE_NAME_PLACES,
  STATE_NAME_TEXT,
  STATE_NAMES_HIDDEN,
  STATE_NAMES_SHORT,
  SMALL_STATE_NAME_MINZOOM,
  stateNameSizePx,
} from '../basemap-style';
import { OVERVIEW_SOURCES, STATE_POINT_MAXZOOM, sourceId } from '../data-style';
import { STATE_BADGES } from '../layers/StateBadges';
import { loadNameFonts, stateNameBox, textBox } from '../name-metrics';
import { stateNameLayout, withBadge } from '../state-name-layout';
import { styleReady, whenStyleLoads } from './style-ready';

const OVERVIEW_IDS: ReadonlySet<string> = new Set(OVERVIEW_SOURCES.map((o) => o.id));

/** How far a name may move to clear the markers, px. */
const MAX_SHIFT_PX = 60;
/** Distance between the places tried for a name, px. */
const STEP_PX = 3;

/**
 * The markers the data draws now, as discs where they are drawn: every circle and icon of the
 * data's sources (the national overview's bubbles, rings and points; each layer's clusters,
 * symbols and stacked markers; the selection), with their evaluated sizes and translations.
 * Not the faint precision discs (`-halo`: names may lie over them), not the label guards, not a
 * spatial question's unclustered twins (drawn only where the answer lists them, over the same
 * places), not big datasets (too many points to keep clear of).
 */
export function markerCircles(map: MapLibreMap): Circle[] {
  const big = new Set(
    getDatasets()
      .filter(isBigDataset)
      .map((ds) => sourceId(ds.id)),
  );
  const ids: string[] = [];
  for (const layer of map.getStyle().layers) {
    if (layer.type !== 'circle' && layer.type !== 'symbol') continue;
    const src = String(layer.source);
    const data = OVERVIEW_IDS.has(src) || src === 'stacks' || src === 'selected' || src.startsWith('data-');
    if (!data || big.has(src) || /-results$|-shapes$/.test(src)) continue;
    if (layer.id.endsWith('-halo') || layer.id.startsWith('label-guard:')) continue;
    if (layer.type === 'symbol' && layer.layout?.['icon-image'] === undefined) continue;
    ids.push(layer.id);
  }
  const circles: Circle[] = [];
  for (const f of map.queryRenderedFeatures({ layers: ids })) {
    const r = drawnRadius(map, f);
    if (r <= 0) continue;
    const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
    const paint = f.layer.paint as Record<string, unknown> | undefined;
    const t = (paint?.[f.layer.type === 'circle' ? 'circle-translate' : 'icon-translate'] as
      [number, number] | undefined) ?? [0, 0];
    circles.push({ x: p.x + t[0], y: p.y + t[1], r });
  }
  return circles;
}

/** A rendered marker's radius, px: a circle's radius and stroke, an icon's half size. */
function drawnRadius(map: MapLibreMap, f: MapGeoJSONFeature): number {
  const paint = (f.layer.paint ?? {}) as Record<string, unknown>;
  // Faded markers (the overview while a spatial question is answered) count too: names stay put.
  if (f.layer.type === 'circle')
    return Number(paint['circle-radius'] ?? 0) + Number(paint['circle-stroke-width'] ?? 0);
  const layout = (f.layer.layout ?? {}) as Record<string, unknown>;
  const icon = layout['icon-image'] as { name?: string } | string | undefined;
  const name = typeof icon === 'string' ? icon : icon?.name;
  const image = name && map.hasImage(name) ? map.getImage(name) : undefined;
  if (!image) return 0;
  const side = Math.max(image.data.width, image.data.height) / (image.pixelRatio || 1);
  return (side / 2) * Number(layout['icon-size'] ?? 1);
}

/** The last placement worked out: the zoom, and each name's place and how well it fits. */
let lastPlacement: { zoom: number; places: readonly NamePlace[] } | null = null;
export const lastStateNamePlacement = () => lastPlacement;

const prepared = new WeakMap<Outline, PreparedArea>();

/** Whether a screen point (px) lies in a state's outline; undefined until the outlines are loaded. */
function insideOf(map: MapLibreMap, code: string): ((x: number, y: number) => boolean) | undefined {
  const outline = stateOutline(code);
  if (!outline) return undefined;
  let area = prepared.get(outline);
  if (!area) prepared.set(outline, (area = prepareArea(outline)));
  const a = area;
  // Candidate boxes overlap: the same pixels are asked about again and again.
  const seen = new Map<number, boolean>();
  return (x, y) => {
    const key = Math.round(x) * 65536 + Math.round(y);
    let v = seen.get(key);
    if (v === undefined) {
      const ll = map.unproject([x, y]);
      seen.set(key, (v = isPointInArea(a, ll.lng, ll.lat)));
    }
    return v;
  };
}

/** Each state's badge text drawn at this zoom (from STATE_POINT_MAXZOOM), by state code. */
function badgeTexts(map: MapLibreMap): Map<string, string> {
  const texts = new Map<string, string>();
  if (map.getZoom() < STATE_POINT_MAXZOOM || !map.getSource(STATE_BADGES)) return texts;
  for (const f of map.querySourceFeatures(STATE_BADGES)) {
    const { code, text } = f.properties as { code?: unknown; text?: unknown };
    if (typeof code === 'string' && typeof text === 'string') texts.set(code, text);
  }
  return texts;
}

/**
 * The names to place at the current view: each state's, where its label point is now, and its
 * box. A name with a badge under it (from STATE_POINT_MAXZOOM) is placed with its badge: one box
 * around both, centred between them, so that wherever it goes the name is at its point's offset.
 */
function namesToPlace(map: MapLibreMap, short: boolean, badges: ReadonlyMap<string, string>): NameBox[] {
  const status = getDataStatus();
  if (status.kind !== 'ready') return [];
  const zoom = map.getZoom();
  const size = stateNameSizePx(zoom);
  const b = STATE_BADGE_TEXT;
  return [...status.data.states]
    .filter((s) => !s.small || zoom >= SMALL_STATE_NAME_MINZOOM)
    .sort((a, b) => a.rank - b.rank)
    .map((s) => {
      const p = map.project(s.label);
      const inside = insideOf(map, s.code);
      const name = stateNameBox(s.mapName, short ? '' : s.mapNameHi, size);
      const badge = badges.get(s.code);
      const { width, height, shiftY } = withBadge(
        name,
        badge === undefined ? undefined : textBox(badge, b.sizePx, b),
      );
      return { key: s.code, x: p.x, y: p.y + shiftY, width, height, ...(inside ? { inside } : {}) };
    });
}

/** The part of the map the user can see: the canvas less what covers it (the camera's padding). */
function visibleBox(map: MapLibreMap): Bounds {
  const c = map.getContainer();
  const pad = map.getPadding();
  return {
    left: pad.left ?? 0,
    top: pad.top ?? 0,
    right: c.clientWidth - (pad.right ?? 0),
    bottom: c.clientHeight - (pad.bottom ?? 0),
  };
}

/**
 * Whether any of a name's places can be seen: a name whose box, moved as far as it may go, stays
 * outside the visible box is not placed (closer in, most names are far off the map: placing them
 * all cost 35 ms a zoom). Such a name is told no place (the style's default, off the map) until
 * a pan or a zoom brings it within reach, which the placement's key notices.
 */
function inReach(n: NameBox, bounds: Bounds): boolean {
  const w = n.width / 2 + MAX_SHIFT_PX;
  const h = n.height / 2 + MAX_SHIFT_PX;
  return (
    n.x + w >= bounds.left && n.x - w <= bounds.right && n.y + h >= bounds.top && n.y - h <= bounds.bottom
  );
}

/**
 * What a placement depends on, unchanged by a pan: the zoom, the visible box, which names are in
 * reach of it and which names' points are in it, and the markers and names relative to one
 * another. Equal keys, equal placements.
 */
function placementKey(
  zoom: number,
  names: readonly NameBox[],
  markers: readonly Circle[],
  bounds: Bounds,
): string {
  const o = names[0] ?? { x: 0, y: 0 };
  const r = (v: number) => Math.round(v * 2) / 2;
  const inView = (n: NameBox) =>
    n.x >= bounds.left && n.x <= bounds.right && n.y >= bounds.top && n.y <= bounds.bottom ? 1 : 0;
  return JSON.stringify([
    r(zoom * 100),
    r(bounds.right - bounds.left),
    r(bounds.bottom - bounds.top),
    names.map((n) => [
      n.key,
      r(n.x - o.x),
      r(n.y - o.y),
      r(n.width),
      r(n.height),
      !!n.inside,
      inView(n),
      inReach(n, bounds),
    ]),
    markers.map((m) => [r(m.x - o.x), r(m.y - o.y), r(m.r)]),
  ]);
}

/**
 * The data's markers can sit where the states' names are written (the overview's bubbles and
 * features known only to a state at its centre below STATE_POINT_MAXZOOM; the overview's nearer
 * bubbles and each layer's clusters and symbols above it): whenever the map comes to rest, each
 * name is placed clear of what is drawn (src/domain/name-placement.ts), with its badge from
 * STATE_POINT_MAXZOOM, and the style's global state says where (STATE_NAME_PLACES,
 * STATE_BADGE_PLACES) and which names find no place (STATE_NAMES_HIDDEN: left out below
 * STATE_POINT_MAXZOOM; from it every name is written, on its point when no place is clear).
 * The work is done only when what it depends on has changed (a zoom, a filter, a resize; not a
 * pan or a hover), and the style is told only when a place changes.
 */
export function useStateNamePlacement(map: MapLibreMap | undefined) {
  useEffect(() => {
    if (!map) return;
    void loadStateOutlines(new URL(import.meta.env.BASE_URL, window.location.href).href);
    let lastInput = '';
    // What the style's global state was last told, per property.
    const told = new Map<string, string>();
    const update = () => {
      const zoom = map.getZoom();
      if (!styleReady(map)) return;
      const short = zoom < STATE_NAME_TEXT.bilingualMinZoom;
      const badges = badgeTexts(map);
      const names = namesToPlace(map, short, badges);
      if (names.length === 0) return;
      const markers = markerCircles(map);
      const bounds = visibleBox(map);
      const input = placementKey(zoom, names, markers, bounds);
      if (input === lastInput) return;
      lastInput = input;
      const places = placeNames(
        names.filter((n) => inReach(n, bounds)),
        markers,
        { maxShiftPx: MAX_SHIFT_PX, stepPx: STEP_PX, bounds },
      );
      lastPlacement = { zoom, places };
      const layout = stateNameLayout(places, zoom, badges);
      // Each property only when it changes: a change lays the names out again.
      const set = (name: string, value: unknown) => {
        const json = JSON.stringify(value);
        if (told.get(name) === json) return;
        told.set(name, json);
        map.setGlobalStateProperty(name, value);
      };
      set(STATE_NAME_PLACES, layout.places);
      set(STATE_BADGE_PLACES, layout.badges);
      set(STATE_NAMES_HIDDEN, layout.hidden);
      set(STATE_NAMES_SHORT, short);
    };
    map.on('idle', update);
    const again = () => {
      lastInput = '';
      map.triggerRepaint();
    };
    // A new style (a theme switch) comes with a fresh global state.
    const offStyle = whenStyleLoads(map, () => {
      lastInput = '';
      told.clear();
    });
    // Outlines arriving let names keep inside their states.
    const offOutlines = subscribeStateOutlines(again);
    // Names measured before their fonts are in would be measured in a fallback font.
    let live = true;
    void loadNameFonts().then(() => {
      if (live) again();
    });
    return () => {
      map.off('idle', update);
      offStyle();
      offOutlines();
      live = false;
    };
  }, [map]);
}
