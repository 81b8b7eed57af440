/**
 * CSV, TSV and other delimited tables (papaparse; delimiter guessed unless given): each row a
 * point from its latitude and longitude columns, the other cells its properties, as text.
 * Parsed in chunks, with progress and cancelling between them.
 */
import Papa from 'papaparse';
import { detectCoordinateColumns, looksSwapped, SAMPLE_ROWS } from './columns';
import { parseCoordinate } from './dms';
import { positionProblem } from './geometry';
import { isBlank } from './geojson';
import { abortError, CHECKPOINT_EVERY, checkpoint, nextTurn } from './progress';
import { ReasonCollector } from './report';
import { sanitizeProperties } from './sanitize';
import type { AcceptedFeature, CoordinateColumns, ImportResult, ParseOptions, ProgressFn } from './types';

export interface DelimitedOptions extends ParseOptions {
  /** `csv` guesses the delimiter (`,` `;` `|` tab); `tsv` uses tab. */
  readonly format?: 'csv' | 'tsv';
  readonly delimiter?: string;
  /** The coordinate columns by header name, when the user chose them (skips detection). */
  readonly columns?: { readonly lat: string; readonly lon: string; readonly swapped?: boolean };
  /** Keep the coordinate columns among the properties (default: left out). */
  readonly keepCoordinateColumns?: boolean;
}

/** Rows of a table as arrays of cells, read in chunks of about 1 MB. */
async function readRows(
  text: string,
  delimiter: string | undefined,
  onProgress: ProgressFn | undefined,
  signal: AbortSignal | undefined,
): Promise<string[][]> {
  const rows: string[][] = [];
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(text, {
      header: false,
      delimiter: delimiter ?? '',
      skipEmptyLines: true,
      chunkSize: 1 << 20,
      chunk(res: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        for (const r of res.data) rows.push(r);
        onProgress?.((0.6 * res.meta.cursor) / text.length);
        parser.pause();
        void nextTurn().then(() => {
          if (signal?.aborted) {
            parser.abort();
            reject(abortError());
          } else parser.resume();
        });
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  return rows;
}

/** Header names made unique and non-empty (`name`, `name (2)`; an empty header is `_3`). */
function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  return raw.map((h, i) => {
    let name = h === '' ? `_${i + 1}` : h;
    for (let k = 2; seen.has(name); k++) name = `${h} (${k})`;
    seen.add(name);
    return name;
  });
}

/**
 * Parses a delimited table. Fails as a whole when the text is empty, has no data rows, or its
 * coordinate columns cannot be decided (then `candidates` says which columns might be: ask the
 * user and call again with `columns`).
 */
export async function parseDelimited(text: string, options: DelimitedOptions = {}): Promise<ImportResult> {
  if (isBlank(text)) return { ok: false, error: { key: 'import.error.empty' } };
  const format = options.format ?? 'csv';
  const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : undefined);
  const rows = await readRows(text.replace(/^\uFEFF/, ''), delimiter, options.onProgress, options.signal);
  const [headerRow, ...data] = rows;
  if (!headerRow || data.length === 0) return { ok: false, error: { key: 'import.error.noRows' } };
  const headers = uniqueHeaders(headerRow);
  const detected = detectCoordinateColumns(headers, data.slice(0, SAMPLE_ROWS));
  let columns: CoordinateColumns;
  if (options.columns) {
    const { lat, lon } = options.columns;
    for (const col of [lat, lon])
      if (!headers.includes(col))
        return {
          ok: false,
          error: { key: 'import.error.noSuchColumn', params: { column: col } },
          candidates: { ...detected, headers },
        };
    columns = { lat, lon, swapped: options.columns.swapped ?? false };
  } else {
    if (!detected.lat.length || !detected.lon.length)
      return {
        ok: false,
        error: { key: 'import.error.noCoordinateColumns' },
        candidates: { ...detected, headers },
      };
    if (!detected.sure)
      return {
        ok: false,
        error: {
          key: 'import.error.columnsUnsure',
          params: { lat: detected.lat[0]!.column, lon: detected.lon[0]!.column },
        },
        candidates: { ...detected, headers },
      };
    const lat = detected.lat[0]!.column;
    const lon = detected.lon[0]!.column;
    const sample = data.slice(0, SAMPLE_ROWS);
    const iLat0 = headers.indexOf(lat);
    const iLon0 = headers.indexOf(lon);
    const swapped = looksSwapped(
      sample.map((r) => r[iLat0] ?? ''),
      sample.map((r) => r[iLon0] ?? ''),
    );
    columns = { lat, lon, swapped };
  }

  const c = new ReasonCollector(options.limits);
  // Swapped: the column named latitude holds longitudes, so read each from the other.
  const iLat = headers.indexOf(columns.swapped ? columns.lon : columns.lat);
  const iLon = headers.indexOf(columns.swapped ? columns.lat : columns.lon);
  if (columns.swapped)
    c.warn('swappedCoordinates', -1, `${columns.lat} ↔ ${columns.lon}`, {
      lat: columns.lat,
      lon: columns.lon,
    });
  const features: AcceptedFeature[] = [];
  const width = headers.length;
  for (let i = 0; i < data.length; i++) {
    if (i > 0 && i % CHECKPOINT_EVERY === 0)
      await checkpoint(i, data.length, [0.6, 1], options.onProgress, options.signal);
    const row = data[i]!;
    if (row.length !== width) c.warn('raggedRow', i, `${row.length}/${width}`, { expected: width });
    if (features.length >= c.limits.maxFeatures) {
      c.reject('overLimit', i, String(i), { max: c.limits.maxFeatures });
      continue;
    }
    const latText = (row[iLat] ?? '').trim();
    const lonText = (row[iLon] ?? '').trim();
    if (latText === '' || lonText === '') {
      c.reject('missingCoordinate', i, `${latText}, ${lonText}`);
      continue;
    }
    const lat = parseCoordinate(latText, 'lat');
    const lon = parseCoordinate(lonText, 'lon');
    if (lat === null || lon === null) {
      c.reject('badCoordinate', i, lat === null ? latText : lonText);
      continue;
    }
    const position = [lon, lat];
    const problem = positionProblem(position);
    if (problem) {
      c.reject(problem.kind, i, `${latText}, ${lonText}`);
      continue;
    }
    const raw = Object.create(null) as Record<string, string>;
    for (let k = 0; k < width; k++) {
      if (!options.keepCoordinateColumns && (k === iLat || k === iLon)) continue;
      raw[headers[k]!] = row[k] ?? '';
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: position },
      properties: sanitizeProperties(raw, i, c),
    });
  }
  options.onProgress?.(1);
  return { ok: true, features, report: c.report(format, data.length, features.length), columns };
}
