import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import type { ChoroplethLevel, ChoroplethMeasure } from '../../domain/insights/choropleth';
import { AS_OF_KEY, asOfDayOf } from '../../domain/insights/timeline';
import { withCondition } from '../../domain/filter/spec';

/** What the map shades areas by, when it does. */
export interface ChoroplethChoice {
  readonly level: ChoroplethLevel;
  readonly measure: ChoroplethMeasure;
  /** Block measures only: one auction status, or null for every status. */
  readonly status: string | null;
}

export const DEFAULT_CHOROPLETH: ChoroplethChoice = { level: 'state', measure: 'blocks', status: null };

export interface InsightsSlice {
  /** The choropleth shown instead of the points, or null (points). */
  choropleth: ChoroplethChoice | null;
  setChoropleth: (c: ChoroplethChoice | null) => void;
  /**
   * The time slider's day (yyyymmdd), or null for today. It is a condition of the one filter
   * model (features dated by then), so every count, list, chart and the map follow it.
   */
  setAsOfDay: (day: number | null) => void;
}

/** The time slider's day in a filter, or null when it is off. */
export { asOfDayOf };

export const createInsightsSlice: StateCreator<AppState, [], [], InsightsSlice> = (set) => ({
  choropleth: null,
  setChoropleth: (choropleth) => set({ choropleth }),
  setAsOfDay: (day) =>
    set((s) => ({
      filters: withCondition(
        s.filters,
        AS_OF_KEY,
        day === null ? null : { op: 'range', min: null, max: day },
      ),
    })),
});
