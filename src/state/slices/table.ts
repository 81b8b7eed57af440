import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface TableSort {
  /** A field key, or `name` / `layer`. */
  key: string;
  desc: boolean;
}

export interface TableSlice {
  tableSort: TableSort;
  /** Limit the results table to the map's visible extent. */
  tableInView: boolean;
  setTableSort: (sort: TableSort) => void;
  setTableInView: (on: boolean) => void;
}

export const DEFAULT_SORT: TableSort = { key: 'name', desc: false };

export const createTableSlice: StateCreator<AppState, [], [], TableSlice> = (set) => ({
  tableSort: DEFAULT_SORT,
  tableInView: false,
  setTableSort: (tableSort) => set({ tableSort }),
  setTableInView: (tableInView) => set({ tableInView }),
});
