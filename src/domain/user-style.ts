/**
 * Colours of an imported layer styled by one of its fields: the field's most frequent values
 * each get a colour of the Okabe–Ito palette (colour-blind safe), in order of frequency; every
 * other value shares the layer's own colour. Map and legend read the same list.
 */
import { valuesOf, type Row } from './model/fields';

/** Okabe–Ito, without black (the map's text colour). */
export const CATEGORY_PALETTE = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#999999',
];

export interface UserCategory {
  readonly value: string;
  readonly color: string;
  readonly count: number;
}

/** The field's values by frequency (ties by value), at most one per palette colour. */
export function userCategories(rows: readonly Row[], field: string): UserCategory[] {
  const counts = new Map<string, number>();
  for (const r of rows)
    for (const v of valuesOf(r.values[field])) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, CATEGORY_PALETTE.length)
    .map(([value, count], i) => ({ value, count, color: CATEGORY_PALETTE[i]! }));
}
