/**
 * Exported features as KML 2.2 (Google Earth, QGIS, phones). Well-formed by construction: every
 * piece of text — names, descriptions, field keys and values — is XML-escaped and stripped of
 * characters XML 1.0 cannot hold, never wrapped in CDATA (a value containing `]]>` would end
 * it) and never written as markup, so a viewer shows `<script>` as the text it is. Fields go in
 * ExtendedData, one Data element each; the document's own ExtendedData says what was exported.
 */
import type { FieldSpec } from '../model/fields';
import type { FormatValue } from './csv';
import {
  asOfNote,
  licenceNote,
  precisionWords,
  sourceLine,
  sourcesNote,
  nameOf,
  precisionOf,
  rangeText,
  resolveEntries,
  sourcesOf,
  type ExportDataset,
  type ExportEntry,
  type ExportMeta,
  type Resolved,
} from './entries';
import { encodeFilter } from '../filter/codec';
import { encodeQuerySpec } from '../spatial/query-param';
import { t } from '../../i18n';

/** Characters XML 1.0 does not allow (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a literal CR into LF (and tab/LF in attributes into spaces): keep them as given.
  '\r': '&#13;',
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Text safe inside an XML element (tab and line feed kept literal there, for readable files). */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\r]/g, (c) => ENTITY[c]!);
}

/** Text safe inside a double-quoted XML attribute. */
export function xmlAttr(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\r\t\n]/g, (c) => ENTITY[c]!);
}

const el = (tag: string, text: string) => `<${tag}>${xmlText(text)}</${tag}>`;

function data(name: string, value: string, displayName?: string): string {
  const label = displayName && displayName !== name ? el('displayName', displayName) : '';
  return `<Data name="${xmlAttr(name)}">${label}${el('value', value)}</Data>`;
}

export interface KmlOptions {
  /** The document's name. */
  readonly title: string;
  /** A dataset's name in words (a folder's name). */
  readonly labelOf: (ds: ExportDataset) => string;
  /** A field's label in words (its Data displayName). */
  readonly fieldLabel: (f: FieldSpec) => string;
  readonly format: FormatValue;
}

function placemark(r: Resolved, opts: KmlOptions): string {
  const { entry: e, ds, row } = r;
  const precision = precisionOf(r);
  const sources = sourcesOf(r.props).map(sourceLine).filter(Boolean);
  const description = [
    precision && t('exportFile.kml.precision', { precision: precisionWords(precision) }),
    ...(sources.length ? [t('exportFile.kml.sources'), ...sources.map((s) => `- ${s}`)] : []),
  ]
    .filter(Boolean)
    .join('\n');
  const ext = [
    data('id', row.id),
    data('dataset', ds.id),
    data('precision', precision),
    ...(e.membership !== undefined ? [data('membership', e.membership ?? '')] : []),
    ...(rangeText(e) ? [data('distance_km', rangeText(e)!)] : []),
    ...ds.fields
      .filter((f) => !f.internal && f.key !== 'name' && f.key !== 'precision')
      .map((f) => data(f.key, opts.format(f, row.values[f.key]), opts.fieldLabel(f))),
    ...(sources.length ? [data('sources', sources.join('\n'))] : []),
  ];
  return (
    `<Placemark>${el('name', nameOf(row))}` +
    (description ? el('description', description) : '') +
    `<ExtendedData>${ext.join('')}</ExtendedData>` +
    `<Point><coordinates>${row.lon},${row.lat}</coordinates></Point></Placemark>`
  );
}

/** The entries as a KML document, one Folder per dataset in the order they first appear. */
export function featuresKml(
  datasets: readonly ExportDataset[],
  entries: readonly ExportEntry[],
  meta: ExportMeta,
  opts: KmlOptions,
): string {
  const folders = new Map<ExportDataset, string[]>();
  for (const r of resolveEntries(datasets, entries)) {
    let list = folders.get(r.ds);
    if (!list) folders.set(r.ds, (list = []));
    list.push(placemark(r, opts));
  }
  const licence = licenceNote();
  const head = [
    data('asOf', meta.asOf ?? ''),
    data('licence', licence),
    data('sources', sourcesNote()),
    data('filters', encodeFilter(meta.filters)),
    ...(meta.query ? [data('query', encodeQuerySpec(meta.query.spec))] : []),
    data('link', meta.link ?? ''),
  ];
  const description = [licence, asOfNote(meta.asOf), meta.link ?? ''].filter(Boolean).join('\n');
  const body = [...folders].map(
    ([ds, marks]) => `<Folder>${el('name', opts.labelOf(ds))}\n${marks.join('\n')}\n</Folder>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>' +
    el('name', opts.title) +
    el('description', description) +
    `<ExtendedData>${head.join('')}</ExtendedData>\n` +
    body.join('\n') +
    '\n</Document>\n</kml>\n'
  );
}
