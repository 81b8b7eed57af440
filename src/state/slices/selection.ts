import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import type { StateCode } from '../../domain/states';

export type Bounds = [number, number, number, number];

export interface SelectionSlice {
  /** Slug of the selected feature (properties.id), or null. */
  selectedId: string | null;
  /** The state whose view is open, or null. */
  stateView: StateCode | null;
  /** The district whose view is open (`IN-CG:Korba`), or null; its state's view is open too. */
  districtView: string | null;
  /** The map's visible extent [west, south, east, north], for "only what the map shows". */
  viewBounds: Bounds | null;
  /** Features stacked under a click (within a few pixels), for the user to choose from. */
  stack: { ids: readonly string[]; x: number; y: number } | null;
  setStack: (stack: { ids: readonly string[]; x: number; y: number } | null) => void;
  select: (id: string | null) => void;
  setStateView: (code: StateCode | null) => void;
  setDistrictView: (key: string | null) => void;
  setViewBounds: (b: Bounds) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  stateView: null,
  districtView: null,
  viewBounds: null,
  stack: null,
  setStack: (stack) => set({ stack }),
  select: (selectedId) => set(selectedId ? { selectedId, panelOpen: true, stack: null } : { selectedId }),
  // Leaving a state (or changing it) closes the district view inside it.
  setStateView: (stateView) =>
    set((s) => ({
      stateView,
      districtView: s.districtView?.startsWith(`${stateView}:`) ? s.districtView : null,
    })),
  setDistrictView: (districtView) =>
    set((s) => ({
      districtView,
      stateView: districtView ? (districtView.slice(0, districtView.indexOf(':')) as StateCode) : s.stateView,
    })),
  setViewBounds: (viewBounds) => set({ viewBounds }),
});
