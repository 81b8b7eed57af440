/**
 * The values the import parsers hand back. Every message is a catalogue key with parameters
 * (`import.*` in src/i18n/en.ts), never English text, so the UI renders it in any locale with
 * `t(message.key, message.params)`. Text that came from the file (examples, property keys and
 * values) is untrusted: render it as text, never as HTML.
 */
import type { Feature, Geometry } from 'geojson';
import type { MessageKey } from '../../i18n/en';

/** Plural base keys count as keys: `import.reject.projected` stands for its `_one`/`_other` forms. */
type CallableKey<K> = K extends `${infer B}_other` ? B : K extends `${string}_one` ? never : K;

/** A catalogue key under `import.`. */
export type ImportMessageKey = Extract<CallableKey<MessageKey>, `import.${string}`>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** A message for the user: a catalogue key and its parameters. */
export interface ImportMessage {
  readonly key: ImportMessageKey;
  readonly params?: MessageParams;
}

/** The file formats the importer reads. */
export type ImportFormat = 'geojson' | 'ndjson' | 'csv' | 'tsv' | 'kml' | 'kmz' | 'gpx' | 'shapefile-zip';

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  'geojson',
  'ndjson',
  'csv',
  'tsv',
  'kml',
  'kmz',
  'gpx',
  'shapefile-zip',
];

/** Why a feature was left out. */
export type RejectionKind =
  /** NaN, Infinity or a number too large for a double (JSON `1e999`). */
  | 'nonFinite'
  /** Longitude outside −180..180 or latitude outside −90..90, but not large enough to be metres. */
  | 'outOfRange'
  /** Coordinates in the hundreds of thousands: metres of a projected CRS, not degrees. */
  | 'projected'
  /** A polygon ring whose last position is not its first. */
  | 'unclosedRing'
  /** A polygon ring of fewer than four positions, or a line of fewer than two. */
  | 'tooFewPositions'
  /** No geometry (`null`), or a geometry with no positions. */
  | 'emptyGeometry'
  /** An element of `features` (or a line of NDJSON) that is not a GeoJSON Feature object. */
  | 'notFeature'
  /** A geometry of an unknown type, or members of the wrong JSON type. */
  | 'wrongType'
  /** Coordinates written as strings ("77.2") instead of numbers. */
  | 'stringCoordinates'
  /** Coordinates nested too shallow or too deep for the geometry type, or a position of one number. */
  | 'badPosition'
  /** A table row whose latitude or longitude cell cannot be read as a coordinate. */
  | 'badCoordinate'
  /** A table row with an empty latitude or longitude cell. */
  | 'missingCoordinate'
  /** A line of NDJSON that is not valid JSON. */
  | 'badJson'
  /** Past the importer's feature limit. */
  | 'overLimit';

/** Something dropped or changed in a feature that was kept. */
export type WarningKind =
  /** A `__proto__`, `constructor` or `prototype` key, dropped. */
  | 'unsafeKey'
  /** More properties than the limit: the first ones are kept. */
  | 'tooManyProperties'
  /** A text value (or nested value as JSON text) longer than the limit: cut. */
  | 'longValue'
  /** A property key longer than the limit: the property is dropped. */
  | 'longKey'
  /** `properties` that is not an object (an array, a number): ignored. */
  | 'badProperties'
  /** A `bbox` that is not 4 or 6 numbers: ignored. */
  | 'badBbox'
  /** A Feature `id` that is neither a string nor a number: ignored. */
  | 'badId'
  /** Members that change an object's meaning (a Feature with `features` or `coordinates`…): ignored. */
  | 'foreignMember'
  /** A table row with more or fewer cells than the header. */
  | 'raggedRow'
  /** A shapefile whose `.prj` cannot be read: coordinates were taken as longitude/latitude. */
  | 'unreadableProjection'
  /** Table rows whose coordinates fit India only with latitude and longitude swapped: swapped. */
  | 'swappedCoordinates'
  /** A KML network link to a file outside the archive (or the web): never fetched. */
  | 'networkLink';

/** One example of a reason: where it happened and a short, untrusted excerpt. */
export interface ReasonExample {
  /** Position of the feature (or data row, 0-based, header excluded) in the file. */
  readonly index: number;
  /** A short excerpt (at most EXAMPLE_TEXT_MAX characters) of the offending value. Untrusted text. */
  readonly text: string;
}

/** All features with one reason: how many and the first few examples. */
export interface ReasonGroup<K extends string> {
  readonly kind: K;
  readonly message: ImportMessage;
  readonly count: number;
  readonly examples: readonly ReasonExample[];
}

/** What was accepted and what was not, grouped by reason (largest group first). */
export interface ImportReport {
  readonly format: ImportFormat;
  /** Features read from the file before validation (rows, for tables). */
  readonly total: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly rejections: readonly ReasonGroup<RejectionKind>[];
  readonly warnings: readonly ReasonGroup<WarningKind>[];
}

/** Property values after sanitising: text, numbers, booleans and null (nested values as JSON text). */
export type SafeValue = string | number | boolean | null;

/**
 * Properties after sanitising: an object without a prototype (so `__proto__` cannot reach
 * Object.prototype), keys in file order, values scalar.
 */
export type SafeProperties = Record<string, SafeValue>;

/** A feature that passed validation: a non-null geometry in WGS84 longitude/latitude. */
export type AcceptedFeature = Feature<Geometry, SafeProperties>;

/** A successful import: features to keep, and the report the user sees. */
export interface ImportSuccess {
  readonly ok: true;
  readonly features: AcceptedFeature[];
  readonly report: ImportReport;
  /** The columns read as coordinates, for tables (so the UI can say so and offer to change). */
  readonly columns?: CoordinateColumns;
}

/** A file that could not be read at all (empty, binary, not GeoJSON, a zip without a .shp…). */
export interface ImportFailure {
  readonly ok: false;
  readonly error: ImportMessage;
  /** For tables whose coordinate columns could not be decided: the candidates to ask about. */
  readonly candidates?: ColumnCandidates;
}

export type ImportResult = ImportSuccess | ImportFailure;

/** The latitude and longitude columns of a table (header names as in the file). */
export interface CoordinateColumns {
  readonly lat: string;
  readonly lon: string;
  /** The values fitted India only with the two exchanged: they were exchanged. */
  readonly swapped: boolean;
}

/** A column that may hold latitudes or longitudes, with how sure the detector is (0..1). */
export interface ColumnCandidate {
  readonly column: string;
  readonly confidence: number;
}

/** Candidates for each axis, best first; `sure` when the best pair needs no question. */
export interface ColumnCandidates {
  readonly lat: readonly ColumnCandidate[];
  readonly lon: readonly ColumnCandidate[];
  readonly sure: boolean;
  /** Every column of the table, in file order (so a user can pick one the detector missed). */
  readonly headers?: readonly string[];
}

/** Progress as a fraction 0..1 of the input read. */
export type ProgressFn = (fraction: number) => void;

/** Limits on untrusted input; all have defaults (see DEFAULT_LIMITS). */
export interface ImportLimits {
  /** Properties kept per feature. */
  readonly maxProperties: number;
  /** Characters kept per text value. */
  readonly maxValueLength: number;
  /** Characters allowed in a property key. */
  readonly maxKeyLength: number;
  /** Features kept per file. */
  readonly maxFeatures: number;
  /** Examples kept per reason. */
  readonly maxExamples: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxProperties: 500,
  maxValueLength: 10_000,
  maxKeyLength: 200,
  maxFeatures: 1_000_000,
  maxExamples: 5,
};

/** Characters kept in a report example. */
export const EXAMPLE_TEXT_MAX = 80;

/** Options every parser takes. */
export interface ParseOptions {
  readonly limits?: Partial<ImportLimits>;
  readonly onProgress?: ProgressFn;
  /** Aborting stops the parse between chunks; the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
}
