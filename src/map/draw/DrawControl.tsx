import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawCircleMode,
  TerraDrawLineStringMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawRenderMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { LineString, Polygon } from 'geojson';
import { useAppStore, type DrawMode } from '../../state/store';
import { decodeQuerySpec, encodeQuerySpec } from '../../domain/spatial/query-param';
import { areaFromDrawn, editablePolygon, type DrawnShape } from '../../domain/spatial/drawn-area';
import { pathLengthKm, polygonAreaKm2 } from '../../domain/spatial/measure';
import { describeSpatialError } from '../../i18n/spatial-messages';
import { whenStyleLoads } from '../sync/style-ready';

const AREA_MODES: readonly string[] = ['polygon', 'rectangle', 'circle', 'line'];
const MEASURE_MODES: readonly string[] = ['measure-line', 'measure-polygon'];
const PURPLE = '#7a3e9d';

const editFlags = {
  feature: {
    draggable: true,
    coordinates: { midpoints: true, draggable: true, deletable: true },
  },
};

function makeDraw(map: MapLibreMap): TerraDraw {
  const polygonStyle = {
    fillColor: PURPLE,
    outlineColor: PURPLE,
    fillOpacity: 0.1,
    outlineWidth: 2,
  } as const;
  return new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 9 }),
    modes: [
      new TerraDrawPolygonMode({ keyEvents: { cancel: null, finish: 'Enter' }, styles: polygonStyle }),
      new TerraDrawRectangleMode({
        keyEvents: { cancel: null, finish: null },
        drawInteraction: 'click-drag',
        styles: polygonStyle,
      }),
      new TerraDrawCircleMode({
        keyEvents: { cancel: null, finish: null },
        // A geodesic circle whose edge is at the pointer (the default web-mercator circle is
        // drawn about 12 % smaller than the dragged radius at India's latitudes).
        projection: 'globe',
        drawInteraction: 'click-drag',
        styles: polygonStyle,
      }),
      new TerraDrawLineStringMode({
        modeName: 'line',
        keyEvents: { cancel: null, finish: 'Enter' },
        styles: { lineStringColor: PURPLE, lineStringWidth: 3 },
      }),
      new TerraDrawLineStringMode({
        modeName: 'measure-line',
        keyEvents: { cancel: null, finish: 'Enter' },
        styles: { lineStringColor: '#0b6e4f', lineStringWidth: 3 },
      }),
      new TerraDrawPolygonMode({
        modeName: 'measure-polygon',
        keyEvents: { cancel: null, finish: 'Enter' },
        styles: { fillColor: '#0b6e4f', outlineColor: '#0b6e4f', fillOpacity: 0.1 },
      }),
      new TerraDrawSelectMode({
        keyEvents: { deselect: null, delete: 'Delete', rotate: null, scale: null },
        flags: {
          polygon: editFlags,
          rectangle: editFlags,
          circle: editFlags,
          line: editFlags,
          'measure-line': editFlags,
          'measure-polygon': editFlags,
        },
      }),
      new TerraDrawRenderMode({ modeName: 'static', styles: {} }),
    ],
  });
}

function measure(f: GeoJSONStoreFeatures | undefined) {
  if (!f) return null;
  const g = f.geometry;
  if (g.type === 'LineString')
    return {
      kind: 'line' as const,
      lengthKm: pathLengthKm(g.coordinates),
      areaKm2: 0,
      vertices: g.coordinates.length,
    };
  if (g.type === 'Polygon') {
    const ring = g.coordinates[0] ?? [];
    const closed = ring.length >= 4 ? (g as Polygon) : null;
    return {
      kind: 'polygon' as const,
      lengthKm: pathLengthKm(ring),
      areaKm2: closed ? polygonAreaKm2(closed) : 0,
      vertices: Math.max(0, ring.length - 1),
    };
  }
  return null;
}

/**
 * The drawing tool (terra-draw): draws the question's area (polygon, rectangle, circle, a line
 * for a corridor) and measures; the area stays selected for editing (drag it, move or delete
 * vertices). Store → tool: the drawing mode and the area; tool → store: the finished area and
 * the live measurement. While a tool is on, map clicks do not reach the ordinary interaction.
 */
export function DrawControl({ map }: { map: MapLibreMap | undefined }) {
  const drawRef = useRef<TerraDraw | null>(null);
  const areaId = useRef<string | number | null>(null);
  /** The query string the tool itself last wrote (so it is not put back into the tool). */
  const written = useRef<string | null>(null);
  const drawMode = useAppStore((s) => s.drawMode);
  const query = useAppStore((s) => s.query);

  // One terra-draw per map style (a theme switch replaces the style and its layers).
  useEffect(() => {
    if (!map) return;
    let draw: TerraDraw | null = null;
    const start = () => {
      draw?.stop();
      draw = makeDraw(map);
      draw.start();
      drawRef.current = draw;
      areaId.current = null;
      written.current = null;
      const d = draw;
      d.on('change', (ids, type) => {
        if (type === 'delete' && areaId.current !== null && ids.includes(areaId.current)) {
          areaId.current = null;
          written.current = null;
          useAppStore.getState().clearQuery();
          return;
        }
        const id = ids[0];
        if (id === undefined || !d.hasFeature(id)) return;
        const f = d.getSnapshotFeature(id);
        const mode = String(f?.properties?.mode ?? '');
        if (MEASURE_MODES.includes(mode) || d.getModeState() === 'drawing') {
          const m = measure(f);
          if (m) useAppStore.getState().setMeasurement(m);
        }
      });
      d.on('finish', (id, ctx) => {
        const f = d.getSnapshotFeature(id);
        if (!f) return;
        const mode = String(f.properties?.mode ?? '');
        const s = useAppStore.getState();
        if (MEASURE_MODES.includes(mode)) {
          const m = measure(f);
          if (m) s.setMeasurement(m);
          if (ctx.action === 'draw') s.setDrawMode(null);
          return;
        }
        if (!AREA_MODES.includes(mode)) return;
        // An edit turns any shape into a polygon; a new drawing keeps its kind.
        const shape: DrawnShape =
          ctx.action === 'draw' ? (mode as DrawnShape) : mode === 'line' ? 'line' : 'polygon';
        const res = areaFromDrawn(shape, f.geometry as Polygon | LineString, s.queryKm);
        if (!res.ok) {
          s.setNotice(describeSpatialError(res.error));
          d.removeFeatures([id]);
          if (ctx.action === 'draw') s.setDrawMode(null);
          return;
        }
        // One area at a time: the new one replaces the old.
        const old = areaId.current;
        areaId.current = id;
        if (old !== null && old !== id && d.hasFeature(old)) d.removeFeatures([old]);
        const q = encodeQuerySpec({ kind: 'within', area: res.value });
        written.current = q;
        s.setQuery(q);
        if (ctx.action === 'draw') s.setDrawMode(null);
      });
      syncArea();
      syncMode();
    };
    const off = whenStyleLoads(map, start);
    return () => {
      off();
      draw?.stop();
      drawRef.current = null;
    };
    // syncArea/syncMode read refs and the store: the tool is made once per map.
  }, [map]);

  /** Puts the store's area into the tool when it came from elsewhere (link, state, typed points). */
  function syncArea() {
    const d = drawRef.current;
    if (!d) return;
    const q = useAppStore.getState().query;
    if (q !== null && q === written.current) return;
    // Forget the old area before removing it: its removal must not read as the user's Delete.
    const old = areaId.current;
    areaId.current = null;
    if (old !== null && d.hasFeature(old)) d.removeFeatures([old]);
    written.current = q;
    const spec = q ? decodeQuerySpec(q) : null;
    const poly = spec ? editablePolygon(spec) : null;
    if (!poly) return;
    const id = d.getFeatureId();
    const res = d.addFeatures([{ id, type: 'Feature', geometry: poly, properties: { mode: 'polygon' } }]);
    if (res[0]?.valid) areaId.current = id;
  }

  function syncMode() {
    const d = drawRef.current;
    if (!d) return;
    const m: DrawMode | null = useAppStore.getState().drawMode;
    if (m && m !== 'point') {
      // A new drawing replaces what was there: the old area, or the old measure.
      if (MEASURE_MODES.includes(m)) {
        for (const f of d.getSnapshot())
          if (MEASURE_MODES.includes(String(f.properties?.mode))) d.removeFeatures([f.id!]);
      }
      d.setMode(m);
    } else {
      d.setMode(m === 'point' || areaId.current === null ? 'static' : 'select');
      if (m !== 'point' && areaId.current !== null && d.hasFeature(areaId.current)) {
        try {
          d.selectFeature(areaId.current);
        } catch {
          // Not selectable in this mode: it stays drawn.
        }
      }
    }
  }

  // A new question's answer is drawn first (feature-state, the next frame); the area is put into
  // the tool after that frame, so terra-draw's own drawing never delays the answer.
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        syncArea();
        syncMode();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [query]);
  useEffect(syncMode, [drawMode]);

  // While a tool is on, a click draws: it must not select a feature or open a state's view.
  useEffect(() => {
    if (!map || !drawMode) return;
    const el = map.getContainer();
    const stop = (e: Event) => {
      if ((e.target as HTMLElement | null)?.closest?.('.maplibregl-canvas-container')) e.stopPropagation();
    };
    el.addEventListener('click', stop, true);
    el.addEventListener('dblclick', stop, true);
    return () => {
      el.removeEventListener('click', stop, true);
      el.removeEventListener('dblclick', stop, true);
    };
  }, [map, drawMode]);

  return null;
}
