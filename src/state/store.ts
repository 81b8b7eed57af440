/**
 * One Zustand store composed from slices (src/state/slices). It holds only serialisable
 * choices — theme, panel, visible datasets, the filter, selection, state view, table sort;
 * datasets live in src/data/registry.
 */
import { create } from 'zustand';
import { createUiSlice, type UiSlice } from './slices/ui';
import { createFiltersSlice, type FiltersSlice } from './slices/filters';
import { createSelectionSlice, type SelectionSlice } from './slices/selection';
import { createTableSlice, type TableSlice } from './slices/table';
import { createQuerySlice, type QuerySlice } from './slices/query';
import { createAudienceSlice, type AudienceSlice } from './slices/audience';
import { createInsightsSlice, type InsightsSlice } from './slices/insights';

export type { ThemeChoice, Notice, PanelTab } from './slices/ui';
export type { TableSort } from './slices/table';
export type { DrawMode, Measurement } from './slices/query';
export type { Audience } from './slices/audience';
export { isLayerVisible } from './slices/filters';

export type AppState = UiSlice &
  FiltersSlice &
  SelectionSlice &
  TableSlice &
  QuerySlice &
  AudienceSlice &
  InsightsSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createFiltersSlice(...a),
  ...createSelectionSlice(...a),
  ...createTableSlice(...a),
  ...createQuerySlice(...a),
  ...createAudienceSlice(...a),
  ...createInsightsSlice(...a),
}));

/** The store's first state, for resetting between tests. */
export const initialAppState = useAppStore.getState();
