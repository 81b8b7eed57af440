/**
 * KML, KMZ and GPX through @tmcw/togeojson. Web Workers have no DOMParser, so the XML is read
 * by @xmldom/xmldom's (or by one the caller injects). Network links are never fetched: in a
 * KMZ, links to KML files inside the archive are followed; others are counted and reported.
 */
import { DOMParser as XmlDomParser } from '@xmldom/xmldom';
import { gpx, kml } from '@tmcw/togeojson';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { acceptFeatures } from './features';
import { isBlank } from './geojson';
import { throwIfAborted } from './progress';
import { excerpt, ReasonCollector } from './report';
import type { ImportFormat, ImportMessage, ImportResult, ParseOptions } from './types';

/** What the XML readers need of a DOM: xmldom's parser, or the browser's. */
export interface XmlParser {
  parseFromString(text: string, mimeType: string): unknown;
}

export interface XmlOptions extends ParseOptions {
  /** Makes the XML parser (default: @xmldom/xmldom, which works in workers). */
  readonly createParser?: () => XmlParser;
}

/** Bytes an archive may unpack to (KMZ documents; shapefile parts). */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

interface XmlDocument {
  documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}
interface XmlElement {
  localName?: string | null;
  nodeName: string;
  textContent: string | null;
  parentNode: { removeChild(n: XmlElement): unknown } | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

/** xmldom's parser; a fatal error's line goes to `where` (its thrown message has none). */
const xmldomParser = (where: { line?: number }): XmlParser =>
  new XmlDomParser({
    // Warnings and recoverable errors are the reader's business; a fatal one throws after this.
    onError: (level: string, _message: string, context: unknown) => {
      const line = (context as { locator?: { lineNumber?: number } } | undefined)?.locator?.lineNumber;
      if (level === 'fatalError' && typeof line === 'number') where.line = line;
    },
  }) as unknown as XmlParser;

type Parsed = { ok: true; doc: XmlDocument; root: string } | { ok: false; error: ImportMessage };

/** Parses XML text; the root element's local name, or the error. */
export function parseXml(text: string, createParser?: () => XmlParser): Parsed {
  const where: { line?: number } = {};
  let doc: XmlDocument;
  try {
    const parser = createParser ? createParser() : xmldomParser(where);
    doc = parser.parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml') as XmlDocument;
  } catch (e) {
    const line = where.line ?? Number((e instanceof Error ? /line:(\d+)/.exec(e.message) : null)?.[1]);
    return {
      ok: false,
      error: Number.isFinite(line)
        ? { key: 'import.error.badXml', params: { line } }
        : { key: 'import.error.badXmlNoLine' },
    };
  }
  const el = doc?.documentElement;
  // The browser's DOMParser reports errors as a <parsererror> document instead of throwing.
  if (!el || doc.getElementsByTagName('parsererror').length > 0)
    return { ok: false, error: { key: 'import.error.badXmlNoLine' } };
  return { ok: true, doc, root: (el.localName ?? el.nodeName).replace(/^.*:/, '') };
}

/** Removes the document's NetworkLinks (they are never fetched) and returns their targets. */
function takeNetworkLinks(doc: XmlDocument): string[] {
  const links = Array.from(doc.getElementsByTagName('NetworkLink'));
  const hrefs: string[] = [];
  for (const link of links) {
    const href = link.getElementsByTagName('href')[0]?.textContent?.trim();
    if (href) hrefs.push(href);
    link.parentNode?.removeChild(link);
  }
  return hrefs;
}

/** Placemarks of a KML document as candidate features (null geometry included: reported later). */
function kmlFeatures(doc: XmlDocument): unknown[] {
  return kml(doc as unknown as Document).features.map(dropTrackTimes);
}

/** togeojson's per-vertex times and heart rates: large, and of no use to the map. */
function dropTrackTimes<T extends { properties?: unknown }>(f: T): T {
  const p = f.properties as Record<string, unknown> | null | undefined;
  if (p && 'coordinateProperties' in p) delete p.coordinateProperties;
  return f;
}

const KML_ROOTS = new Set(['kml', 'Document', 'Folder', 'Placemark']);

async function finish(raws: unknown[], format: ImportFormat, c: ReasonCollector, options: ParseOptions) {
  options.onProgress?.(0.5);
  return acceptFeatures(raws, format, c, options, [0.5, 1]);
}

/** Parses KML text: every Placemark a feature. Network links are reported, not followed. */
export async function parseKml(text: string, options: XmlOptions = {}): Promise<ImportResult> {
  if (isBlank(text)) return { ok: false, error: { key: 'import.error.empty' } };
  throwIfAborted(options.signal);
  const x = parseXml(text, options.createParser);
  if (!x.ok) return x;
  if (!KML_ROOTS.has(x.root))
    return { ok: false, error: { key: 'import.error.notKml', params: { found: excerpt(x.root) } } };
  const c = new ReasonCollector(options.limits);
  for (const href of takeNetworkLinks(x.doc)) c.warn('networkLink', -1, href);
  return finish(kmlFeatures(x.doc), 'kml', c, options);
}

/** Parses GPX text: waypoints are Points, routes LineStrings, tracks (Multi)LineStrings. */
export async function parseGpx(text: string, options: XmlOptions = {}): Promise<ImportResult> {
  if (isBlank(text)) return { ok: false, error: { key: 'import.error.empty' } };
  throwIfAborted(options.signal);
  const x = parseXml(text, options.createParser);
  if (!x.ok) return x;
  if (x.root !== 'gpx')
    return { ok: false, error: { key: 'import.error.notGpx', params: { found: excerpt(x.root) } } };
  const c = new ReasonCollector(options.limits);
  return finish(gpx(x.doc as unknown as Document).features.map(dropTrackTimes), 'gpx', c, options);
}

/** Entries of a zip archive that `keep` accepts, within MAX_UNZIPPED_BYTES; and every entry's name. */
export function unzipEntries(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
): { ok: true; files: Record<string, Uint8Array>; names: string[] } | { ok: false; error: ImportMessage } {
  const names: string[] = [];
  let total = 0;
  let tooLarge = false;
  try {
    const files = unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        names.push(f.name);
        if (!keep(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_UNZIPPED_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
    if (tooLarge)
      return {
        ok: false,
        error: { key: 'import.error.zipTooLarge', params: { maxMb: MAX_UNZIPPED_BYTES >> 20 } },
      };
    return { ok: true, files, names };
  } catch {
    return { ok: false, error: { key: 'import.error.badZip' } };
  }
}

const decoder = new TextDecoder();

/** Resolves a relative href against the folder of the entry that holds it (`a/b.kml` + `../c.kml`). */
function resolveEntry(from: string, href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/')) return null;
  const parts = from.split('/').slice(0, -1);
  for (const seg of href.split(/[?#]/)[0]!.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * Parses a KMZ (zipped KML): its main document (`doc.kml`, else the first `.kml`) and the KML
 * files inside the archive that it links to, each once. Icons and overlays are ignored.
 */
export async function parseKmz(bytes: Uint8Array, options: XmlOptions = {}): Promise<ImportResult> {
  if (bytes.length === 0) return { ok: false, error: { key: 'import.error.empty' } };
  throwIfAborted(options.signal);
  const z = unzipEntries(bytes, (n) => /\.kml$/i.test(n) && !n.startsWith('__MACOSX/'));
  if (!z.ok) return z;
  const kmls = Object.keys(z.files);
  const main = kmls.find((n) => n.toLowerCase() === 'doc.kml') ?? kmls[0];
  if (!main) return { ok: false, error: { key: 'import.error.noKml' } };
  const c = new ReasonCollector(options.limits);
  const raws: unknown[] = [];
  const queue = [main];
  const seen = new Set(queue);
  while (queue.length) {
    const name = queue.shift()!;
    const x = parseXml(decoder.decode(z.files[name]), options.createParser);
    if (!x.ok) {
      if (name === main) return x;
      c.warn('networkLink', -1, name);
      continue;
    }
    for (const href of takeNetworkLinks(x.doc)) {
      const target = resolveEntry(name, href);
      if (target !== null && target in z.files) {
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      } else c.warn('networkLink', -1, href);
    }
    for (const f of kmlFeatures(x.doc)) raws.push(f);
  }
  return finish(raws, 'kmz', c, options);
}
