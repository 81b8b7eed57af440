import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import {
  EMPTY_FILTER,
  scopedKey,
  toggleValue,
  withCondition,
  type Condition,
  type FilterSpec,
} from '../../domain/filter/spec';

export interface FiltersSlice {
  /** Datasets switched off, by id; a dataset not named is shown. */
  hiddenLayers: readonly string[];
  /** The one filter model (src/domain/filter): what every dataset's features must satisfy. */
  filters: FilterSpec;
  setLayerVisible: (id: string, visible: boolean) => void;
  setFilter: (key: string, c: Condition | null) => void;
  toggleFilterValue: (key: string, value: string) => void;
  /** The legend's switch: hides (or shows again) one category of one dataset. */
  toggleCategory: (datasetId: string, field: string, value: string) => void;
  setFilters: (spec: FilterSpec) => void;
  clearFilters: () => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  hiddenLayers: [],
  filters: EMPTY_FILTER,
  setLayerVisible: (id, visible) =>
    set((s) => {
      const rest = s.hiddenLayers.filter((l) => l !== id);
      return { hiddenLayers: visible ? rest : [...rest, id].sort() };
    }),
  setFilter: (key, c) => set((s) => ({ filters: withCondition(s.filters, key, c) })),
  toggleFilterValue: (key, value) => set((s) => ({ filters: toggleValue(s.filters, key, value, 'in') })),
  toggleCategory: (datasetId, field, value) =>
    set((s) => ({ filters: toggleValue(s.filters, scopedKey(datasetId, field), value, 'out') })),
  setFilters: (filters) => set({ filters }),
  clearFilters: () => set({ filters: EMPTY_FILTER }),
});

/** Whether a dataset is switched on. */
export const isLayerVisible = (s: Pick<FiltersSlice, 'hiddenLayers'>, id: string) =>
  !s.hiddenLayers.includes(id);
