/**
 * Which format a file is in, from its name and first bytes. The bytes decide what kind of file
 * it is (zip, XML, JSON, other text, binary); the name only chooses within a kind (KMZ or
 * zipped shapefile; GeoJSON or NDJSON; CSV or TSV), so a misnamed file is still read right.
 */
import { withoutRecordSeparators } from './geojson';
import type { ImportFormat, ImportMessage } from './types';

/** Bytes of the file head the sniffer reads. */
export const SNIFF_BYTES = 4096;

export type Sniffed = { ok: true; format: ImportFormat } | { ok: false; error: ImportMessage };

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((v, i) => b[i] === v);

/** Binary formats people try to import, by signature: named in the message. */
const KNOWN_BINARY: readonly (readonly [readonly number[], string])[] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7-Zip'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'SQLite / GeoPackage'],
];
/** Old Excel (OLE2 compound file). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

/** The file's extension in lower case, without the dot ('' for none). */
export function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/** Decodes text as UTF-8 (or UTF-16 with a byte-order mark), without the mark. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Whether the head looks like binary: a NUL byte, or many control characters. */
function looksBinary(head: Uint8Array): boolean {
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1e) control++;
  }
  // Invalid UTF-8 in quantity also means binary (a Latin-1 CSV has a few, not a third).
  const text = new TextDecoder('utf-8').decode(head);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  return control > head.length * 0.02 || replaced > text.length * 0.3;
}

const JSON_EXT = new Set(['json', 'geojson']);
const NDJSON_EXT = new Set(['ndjson', 'jsonl', 'geojsonl', 'geojsons', 'geojsonseq', 'ldjson']);
const TSV_EXT = new Set(['tsv', 'tab']);

/** Whether JSON text is one value per line (at least two lines, the first a whole object). */
function looksNdjson(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const first = withoutRecordSeparators(lines[0]!);
  if (!first.startsWith('{') || !first.endsWith('}')) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

/**
 * The format of a file from its name and its first bytes (pass at least SNIFF_BYTES, or the
 * whole file when smaller). Binary garbage, an empty file, known non-geographic formats and
 * XML other than KML/GPX get a message instead.
 */
export function sniffFormat(name: string, head: Uint8Array): Sniffed {
  const ext = extensionOf(name);
  if (head.length === 0) return { ok: false, error: { key: 'import.error.empty' } };
  if (startsWith(head, ZIP) && (head[2] === 0x03 || head[2] === 0x05 || head[2] === 0x07))
    return { ok: true, format: ext === 'kmz' ? 'kmz' : 'shapefile-zip' };
  if (ext === 'zip' || ext === 'kmz') return { ok: false, error: { key: 'import.error.badZip' } };
  if (startsWith(head, OLE2)) return { ok: false, error: { key: 'import.error.spreadsheet' } };
  for (const [sig, kind] of KNOWN_BINARY)
    if (startsWith(head, sig))
      return { ok: false, error: { key: 'import.error.binaryKind', params: { kind } } };
  if (looksBinary(head.subarray(0, SNIFF_BYTES))) return { ok: false, error: { key: 'import.error.binary' } };
  const text = decodeText(head.subarray(0, SNIFF_BYTES));
  const start = withoutRecordSeparators(text);
  if (start === '') return { ok: false, error: { key: 'import.error.empty' } };
  if (start.startsWith('<')) {
    const root = /<(?!\?|!)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(
      start.replace(/<!--[\s\S]*?-->/g, ''),
    );
    const local = root?.[2] ?? '';
    if (local === 'gpx') return { ok: true, format: 'gpx' };
    if (local === 'kml' || ext === 'kml') return { ok: true, format: 'kml' };
    if (ext === 'gpx') return { ok: true, format: 'gpx' };
    return {
      ok: false,
      error: { key: 'import.error.unknownXml', params: { found: local.slice(0, 40) || '?' } },
    };
  }
  if (text.startsWith('\u001e') || NDJSON_EXT.has(ext)) return { ok: true, format: 'ndjson' };
  if (start.startsWith('{') || start.startsWith('[')) {
    // A JSON file named .csv is JSON; a .json file of one object per line is NDJSON.
    return { ok: true, format: looksNdjson(text) ? 'ndjson' : 'geojson' };
  }
  if (JSON_EXT.has(ext)) return { ok: true, format: 'geojson' };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (TSV_EXT.has(ext) || (firstLine.includes('\t') && !firstLine.includes(',')))
    return { ok: true, format: 'tsv' };
  return { ok: true, format: 'csv' };
}
