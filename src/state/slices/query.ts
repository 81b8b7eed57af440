import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** What a press on the map does now: draw an area, a corridor's line, a measure, or pick a point. */
export type DrawMode =
  'polygon' | 'rectangle' | 'circle' | 'line' | 'point' | 'measure-line' | 'measure-polygon';

/** A live measurement (geodesic): a path's length, or a polygon's area. */
export interface Measurement {
  readonly kind: 'line' | 'polygon';
  readonly lengthKm: number;
  readonly areaKm2: number;
  readonly vertices: number;
}

export interface QuerySlice {
  /** The spatial question with its area, encoded (src/domain/spatial/query-param.ts), or null. */
  query: string | null;
  /** The drawing tool in use, or null when the map is in its ordinary mode. */
  drawMode: DrawMode | null;
  /** Distance (km) for a picked point's radius and a drawn line's corridor. */
  queryKm: number;
  measurement: Measurement | null;
  setQuery: (q: string | null) => void;
  setDrawMode: (m: DrawMode | null) => void;
  setQueryKm: (km: number) => void;
  setMeasurement: (m: Measurement | null) => void;
  /** Ends the question: the map shows everything again. */
  clearQuery: () => void;
}

export const createQuerySlice: StateCreator<AppState, [], [], QuerySlice> = (set) => ({
  query: null,
  drawMode: null,
  queryKm: 100,
  measurement: null,
  setQuery: (query) => set({ query }),
  setDrawMode: (drawMode) =>
    set((s) => ({
      drawMode,
      measurement: drawMode?.startsWith('measure') ? null : s.measurement,
    })),
  setQueryKm: (queryKm) => set({ queryKm }),
  setMeasurement: (measurement) => set({ measurement }),
  clearQuery: () => set({ query: null, drawMode: null }),
});
