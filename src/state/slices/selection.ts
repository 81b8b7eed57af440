import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import type { StateCode } from '../../domain/states';

export type Bounds = [number, number, number, number];

export interface SelectionSlice {
  /** Slug of the selected feature (properties.id), or null. */
  selectedId: string | null;
  /** The state whose view is open, or null. */
  stateView: StateCode | null;
  /** The map's visible extent [west, south, east, north], for "only what the map shows". */
  viewBounds: Bounds | null;
  select: (id: string | null) => void;
  setStateView: (code: StateCode | null) => void;
  setViewBounds: (b: Bounds) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  stateView: null,
  viewBounds: null,
  select: (selectedId) => set(selectedId ? { selectedId, panelOpen: true } : { selectedId }),
  setStateView: (stateView) => set({ stateView }),
  setViewBounds: (viewBounds) => set({ viewBounds }),
});
