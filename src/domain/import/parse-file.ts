/**
 * One entry point for a whole file: size check, format sniffing, then the format's parser.
 * The worker calls this; so does the in-thread fallback.
 */
import { parseDelimited, type DelimitedOptions } from './csv';
import { parseGeoJson, parseNdjson } from './geojson';
import { decodeText, SNIFF_BYTES, sniffFormat } from './sniff';
import { parseShapefileZip } from './shapefile';
import type { ImportFormat, ImportResult } from './types';
import { parseGpx, parseKml, parseKmz, type XmlOptions } from './xml';

/** The largest file the importer reads (the UI should say so before reading). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface ImportFileOptions extends Omit<DelimitedOptions, 'format'>, XmlOptions {
  /** The format, when the user chose it (skips sniffing). */
  readonly format?: ImportFormat;
  /** Overrides MAX_IMPORT_BYTES (tests). */
  readonly maxBytes?: number;
}

export type ImportFileResult = ImportResult & { readonly format?: ImportFormat };

/** Whether a file of `size` bytes is over the limit: the message to show, or null. */
export function checkImportSize(size: number, maxBytes = MAX_IMPORT_BYTES) {
  if (size <= maxBytes) return null;
  const mb = (n: number) => Math.ceil(n / (1024 * 1024));
  return { key: 'import.error.tooLarge', params: { sizeMb: mb(size), maxMb: mb(maxBytes) } } as const;
}

/**
 * Reads a file of any supported format: `name` is the file's name (its extension helps choose
 * between formats of one kind), `bytes` its content. Never throws for bad input (the result
 * says what is wrong); rejects only with an AbortError when `signal` aborts.
 */
export async function parseImportFile(
  name: string,
  bytes: Uint8Array,
  options: ImportFileOptions = {},
): Promise<ImportFileResult> {
  const tooLarge = checkImportSize(bytes.length, options.maxBytes);
  if (tooLarge) return { ok: false, error: tooLarge };
  let format = options.format;
  if (!format) {
    const sniffed = sniffFormat(name, bytes.subarray(0, SNIFF_BYTES));
    if (!sniffed.ok) return sniffed;
    format = sniffed.format;
  }
  const withFormat = (r: ImportResult): ImportFileResult => ({ ...r, format });
  try {
    switch (format) {
      case 'geojson':
        return withFormat(await parseGeoJson(decodeText(bytes), options));
      case 'ndjson':
        return withFormat(await parseNdjson(decodeText(bytes), options));
      case 'csv':
      case 'tsv':
        return withFormat(await parseDelimited(decodeText(bytes), { ...options, format }));
      case 'kml':
        return withFormat(await parseKml(decodeText(bytes), options));
      case 'gpx':
        return withFormat(await parseGpx(decodeText(bytes), options));
      case 'kmz':
        return withFormat(await parseKmz(bytes, options));
      case 'shapefile-zip': {
        const r = await parseShapefileZip(bytes, options);
        // A KMZ named .zip: read it as one.
        if (!r.ok && r.error.key === 'import.error.noShp') {
          const k = await parseKmz(bytes, options);
          if (k.ok) return { ...k, format: 'kmz' };
        }
        return withFormat(r);
      }
    }
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    // A bug or a library's surprise on hostile input: still a message, never a crash.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { key: 'import.error.failed', params: { detail: detail.slice(0, 200) } },
      format,
    };
  }
}
