/**
 * The importer's public API (pure: no DOM globals, no React or MapLibre). Start with
 * `parseImportFile` (any format) or a format's own parser; every result is an ImportResult
 * whose messages are catalogue keys (`import.*`).
 */
export * from './types';
export {
  parseImportFile,
  checkImportSize,
  MAX_IMPORT_BYTES,
  type ImportFileOptions,
  type ImportFileResult,
} from './parse-file';
export { sniffFormat, decodeText, extensionOf, SNIFF_BYTES, type Sniffed } from './sniff';
export { parseGeoJson, parseNdjson } from './geojson';
export { parseDelimited, type DelimitedOptions } from './csv';
export { parseKml, parseKmz, parseGpx, type XmlOptions, type XmlParser } from './xml';
export { parseShapefileZip } from './shapefile';
export { detectCoordinateColumns, looksSwapped, headerScore, INDIA_EXTENT } from './columns';
export { parseCoordinate, type Axis } from './dms';
export { checkGeometry, positionProblem } from './geometry';
export { REJECTION_KEYS, WARNING_KEYS } from './report';
export { UNSAFE_KEYS } from './sanitize';
export { abortError } from './progress';
