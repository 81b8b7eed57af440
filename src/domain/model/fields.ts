/**
 * How a dataset describes its fields, so that facets, table columns, search, card rows and the
 * URL codec read descriptions instead of hard-coding layer names. A curated layer describes its
 * fields once (src/data/curated-fields.ts); an imported layer gets descriptions from its columns.
 */
import type { MessageKey } from '../../i18n/en';

/**
 * - `category`: one text value from a small vocabulary (state, status, licence)
 * - `multi`: several text values (minerals, tranches, companies)
 * - `text`: free text (name)
 * - `number`: a number or a year
 */
export type FieldType = 'category' | 'multi' | 'text' | 'number';

/** How a value is shown; the UI maps each to a formatter. */
export type FieldFormat =
  'plain' | 'mineral' | 'state' | 'precision' | 'category' | 'hectares' | 'percent' | 'crore' | 'year';

export interface FieldSpec {
  /** The key in a row's values; also the filter key and the URL name: [A-Za-z0-9][A-Za-z0-9_-]*. */
  readonly key: string;
  readonly type: FieldType;
  /** Catalogue key of the label (curated fields). */
  readonly labelKey?: MessageKey;
  /** The label as given (imported fields: the column's own name). */
  readonly label?: string;
  /** Shown as a facet in the filter panel. */
  readonly facet?: boolean;
  /** Shown as a table column. */
  readonly column?: boolean;
  /** Searched by the search box (as context). */
  readonly search?: boolean;
  /** Used by the app itself (the time slider's day), never shown or exported as a field. */
  readonly internal?: boolean;
  /**
   * The value changes over time (a block's auction status): rows carry its history, and while
   * the time slider is on, filters, counts and the map read the value on the slider's day.
   */
  readonly timed?: boolean;
  readonly format?: FieldFormat;
}

export type FieldValue = string | number | readonly string[] | null;

/** One change of a timed field: from `day` (yyyymmdd) on, the value is `value`. */
export type HistoryStep = readonly [day: number, value: string];

/** One feature as the filter model sees it: flat values keyed by field. */
export interface Row {
  /** Stable slug (properties.id). */
  readonly id: string;
  /** Position of the feature in its dataset: the GeoJSON id on the map. */
  readonly index: number;
  readonly lon: number;
  readonly lat: number;
  readonly values: Readonly<Record<string, FieldValue>>;
  /**
   * The changes of the row's timed fields, by field key, in the order the sources give them
   * (a later step wins on its day and after). `values` holds the value of today.
   */
  readonly history?: Readonly<Record<string, readonly HistoryStep[]>>;
}

/** A dataset as the pure domain sees it: its id, its field descriptions and its rows. */
export interface DatasetView {
  readonly id: string;
  readonly fields: readonly FieldSpec[];
  readonly rows: readonly Row[];
}

/**
 * Text folded for matching: lower case, no diacritics (Latin), Unicode-normalised. Devanagari
 * vowel signs are kept (they are combining marks, but they carry the word).
 */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .normalize('NFC')
    .trim();
}

/** The values of a row's field as a list of strings (empty for none). */
export function valuesOf(v: FieldValue | undefined): readonly string[] {
  if (v === null || v === undefined) return [];
  if (typeof v === 'number') return [String(v)];
  if (typeof v === 'string') return v === '' ? [] : [v];
  return v;
}

/**
 * A field's value on a day (yyyymmdd): for a timed field with a history, its last step dated on
 * or before the day, or null before its first step; otherwise (or with no day) today's value.
 */
export function valueOn(row: Row, key: string, day: number | null): FieldValue | undefined {
  const steps = day === null ? undefined : row.history?.[key];
  if (!steps) return row.values[key];
  let v: string | null = null;
  for (const [d, value] of steps) if (d <= day!) v = value;
  return v;
}
