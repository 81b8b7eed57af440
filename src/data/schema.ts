/**
 * The one definition of Khanij Atlas's data, shared by scripts/build-data.ts (which validates
 * geodata/ at build time) and src/data/load.ts (which validates public/data/ in the browser).
 *
 * Source files (geodata/*.geojson) and built files (public/data/*.json) differ only in derived
 * fields: a block's `status` is derived from its events by the build and never typed by hand.
 */
import * as v from 'valibot';
import { STATE_CODES } from '../domain/states';
import { MINERAL_IDS } from '../domain/minerals';
import {
  ANNUL_REASONS,
  BLOCK_KINDS,
  BLOCK_STATUSES,
  CLOSURE_STATUSES,
  EVENT_TYPES,
  FLAGS,
  LAYER_IDS,
  LICENCES,
  OVERSEAS_KINDS,
  PRECISIONS,
  PROCESSING_KINDS,
  PROCESSING_STATUSES,
  STAGES,
  type LayerId,
} from '../domain/model/enums';

export * from '../domain/model/enums';

// ---------------------------------------------------------------- primitives

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const DateString = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'a non-empty text'));

export const HttpUrl = v.pipe(v.string(), v.url('a URL'), v.regex(/^https?:\/\//, 'an http: or https: URL'));

export const Source = v.strictObject({
  title: NonEmpty,
  url: HttpUrl,
  /** Publication date of the source (or the date it was read, when it carries none). */
  date: DateString,
  publisher: v.optional(NonEmpty),
  note: v.optional(NonEmpty),
});
export type Source = v.InferOutput<typeof Source>;

const Lon = v.pipe(v.number(), v.finite('a finite longitude'), v.minValue(-180), v.maxValue(180));
const Lat = v.pipe(v.number(), v.finite('a finite latitude'), v.minValue(-90), v.maxValue(90));

export const PointGeometry = v.strictObject({
  type: v.literal('Point'),
  coordinates: v.tuple([Lon, Lat]),
});

// ---------------------------------------------------------------- common properties

const commonProps = {
  /** Stable slug, unique across all layers. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug')),
  name: NonEmpty,
  /** Alternative spellings found in the sources. */
  aliases: v.optional(v.array(NonEmpty)),
  district: v.nullable(NonEmpty),
  /** The named village or town the point stands for, when precision is `locality`. */
  locality: v.optional(v.nullable(NonEmpty)),
  minerals: v.array(v.picklist(MINERAL_IDS)),
  precision: v.picklist(PRECISIONS),
  /** How the point was placed, in words a user can check. */
  locationBasis: NonEmpty,
  /** Where a `site` point's coordinates come from (the build requires it for every site). */
  locationSource: v.optional(Source),
  sources: v.pipe(v.array(Source), v.minLength(1, 'at least one source')),
  asOf: DateString,
  flags: v.optional(v.array(v.picklist(FLAGS)), []),
  /** Plain-language qualifications, each naming what it qualifies. */
  caveats: v.optional(v.array(NonEmpty), []),
  description: v.optional(NonEmpty),
};

const IndianState = v.picklist(STATE_CODES, 'an ISO 3166-2:IN state code such as IN-CG');

// ---------------------------------------------------------------- blocks

export const BlockEvent = v.strictObject({
  date: DateString,
  type: v.picklist(EVENT_TYPES),
  /** Tranche label as the ministry numbers it: "I".."VIII", "Offshore I", "EL I", "State". */
  tranche: v.optional(NonEmpty),
  reason: v.optional(v.picklist(ANNUL_REASONS)),
  bidder: v.optional(NonEmpty),
  /** Bid premium, % of the value of mineral dispatched. */
  premiumPct: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
  note: v.optional(NonEmpty),
  /** Indexes into the feature's `sources` that support this event. */
  sourceRefs: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(0)))),
});
export type BlockEvent = v.InferOutput<typeof BlockEvent>;

const blockProps = {
  ...commonProps,
  layer: v.literal('blocks'),
  state: IndianState,
  blockKind: v.picklist(BLOCK_KINDS),
  licence: v.nullable(v.picklist(LICENCES)),
  areaHa: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
  events: v.pipe(v.array(BlockEvent), v.minLength(1, 'at least one event')),
};

export const BlockSourceProps = v.strictObject(blockProps);
export const BlockProps = v.strictObject({ ...blockProps, status: v.picklist(BLOCK_STATUSES) });
export type BlockProps = v.InferOutput<typeof BlockProps>;

// ---------------------------------------------------------------- exploration

export const ExplorationProps = v.strictObject({
  ...commonProps,
  layer: v.literal('exploration'),
  state: IndianState,
  stage: v.picklist(STAGES),
  agency: v.nullable(NonEmpty),
  /** The resource as the source words it. */
  resource: v.nullable(NonEmpty),
  resourceMt: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
  announced: v.nullable(DateString),
});
export type ExplorationProps = v.InferOutput<typeof ExplorationProps>;

// ---------------------------------------------------------------- processing & magnets

export const ProcessingProps = v.strictObject({
  ...commonProps,
  layer: v.literal('processing'),
  state: IndianState,
  kind: v.picklist(PROCESSING_KINDS),
  operator: v.nullable(NonEmpty),
  /** Capacity as the source words it. */
  capacity: v.nullable(NonEmpty),
  status: v.picklist(PROCESSING_STATUSES),
  investmentCrore: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
});
export type ProcessingProps = v.InferOutput<typeof ProcessingProps>;

// ---------------------------------------------------------------- coal closures

export const CoalClosureProps = v.strictObject({
  ...commonProps,
  layer: v.literal('coal-closures'),
  state: IndianState,
  company: NonEmpty,
  subsidiary: v.nullable(NonEmpty),
  mineType: v.nullable(v.picklist(['OC', 'UG', 'OC+UG'])),
  closureStatus: v.picklist(CLOSURE_STATUSES),
  /** Year closed, suspended or scheduled to close, when a source gives it. */
  closureYear: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
  repurposedAs: v.nullable(NonEmpty),
});
export type CoalClosureProps = v.InferOutput<typeof CoalClosureProps>;

// ---------------------------------------------------------------- centres of excellence

export const CentreProps = v.strictObject({
  ...commonProps,
  layer: v.literal('centres'),
  state: IndianState,
  institution: NonEmpty,
  city: NonEmpty,
  recognised: DateString,
});
export type CentreProps = v.InferOutput<typeof CentreProps>;

// ---------------------------------------------------------------- overseas

export const OverseasProps = v.strictObject({
  ...commonProps,
  layer: v.literal('overseas'),
  /** ISO 3166-1 alpha-2 country code. */
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')),
  /** ISO 3166-2 code of the province or state, when known. */
  state: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'an ISO 3166-2 code'))),
  kind: v.picklist(OVERSEAS_KINDS),
  partner: v.nullable(NonEmpty),
  areaHa: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
  agreed: v.nullable(DateString),
});
export type OverseasProps = v.InferOutput<typeof OverseasProps>;

// ---------------------------------------------------------------- layers

const propsByLayer = {
  blocks: BlockProps,
  exploration: ExplorationProps,
  processing: ProcessingProps,
  'coal-closures': CoalClosureProps,
  centres: CentreProps,
  overseas: OverseasProps,
} as const;

const sourcePropsByLayer = { ...propsByLayer, blocks: BlockSourceProps } as const;

export type AtlasProps =
  BlockProps | ExplorationProps | ProcessingProps | CoalClosureProps | CentreProps | OverseasProps;

export interface AtlasFeature<P extends AtlasProps = AtlasProps> {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}

/** A headline figure with its source, for layer metadata and geodata/facts.json. */
export const Figure = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  label: NonEmpty,
  value: v.union([v.number(), NonEmpty]),
  unit: v.optional(NonEmpty),
  note: v.optional(NonEmpty),
  asOf: v.optional(DateString),
  sources: v.pipe(v.array(Source), v.minLength(1, 'at least one source')),
});
export type Figure = v.InferOutput<typeof Figure>;

export const LayerMetadata = v.strictObject({
  title: NonEmpty,
  description: NonEmpty,
  asOf: DateString,
  figures: v.optional(v.array(Figure), []),
  notes: v.optional(v.array(NonEmpty), []),
});
export type LayerMetadata = v.InferOutput<typeof LayerMetadata>;

function featureSchema(props: v.GenericSchema) {
  return v.strictObject({
    type: v.literal('Feature'),
    id: v.optional(v.union([v.string(), v.number()])),
    geometry: PointGeometry,
    properties: props,
  });
}

function collectionSchema(props: v.GenericSchema) {
  return v.strictObject({
    type: v.literal('FeatureCollection'),
    metadata: LayerMetadata,
    features: v.array(featureSchema(props)),
  });
}

/** Schema of a built layer file (public/data/<layer>.json), as the app loads it. */
export function layerSchema(layer: LayerId) {
  return collectionSchema(propsByLayer[layer]);
}

/** Schema of a source layer file (geodata/<layer>.geojson), as reviewers edit it. */
export function sourceLayerSchema(layer: LayerId) {
  return collectionSchema(sourcePropsByLayer[layer]);
}

export interface LayerCollection<P extends AtlasProps = AtlasProps> {
  type: 'FeatureCollection';
  metadata: LayerMetadata;
  features: AtlasFeature<P>[];
}

export const FactsFile = v.strictObject({
  asOf: DateString,
  criticalMinerals2023: v.strictObject({
    minerals: v.array(v.picklist(MINERAL_IDS)),
    sources: v.pipe(v.array(Source), v.minLength(1)),
  }),
  figures: v.array(v.strictObject({ ...Figure.entries, group: NonEmpty })),
});
export type FactsFile = v.InferOutput<typeof FactsFile>;

/** A file name inside public/data/: no directories, no traversal. */
const DataFile = v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.json$/, 'a file name like blocks.json'));
const BoundaryFile = v.pipe(
  v.string(),
  v.regex(/^boundaries\/[a-z0-9-]+\.geojson$/, 'a file name like boundaries/states.geojson'),
);

export const ManifestLayer = v.strictObject({
  id: v.picklist(LAYER_IDS),
  file: DataFile,
  title: NonEmpty,
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  asOf: DateString,
  sources: v.array(Source),
});

export const Manifest = v.strictObject({
  asOf: DateString,
  builtFrom: NonEmpty,
  layers: v.array(ManifestLayer),
  boundaries: v.array(
    v.strictObject({ id: NonEmpty, file: BoundaryFile, title: NonEmpty, licence: NonEmpty, url: HttpUrl }),
  ),
  facts: DataFile,
});
export type Manifest = v.InferOutput<typeof Manifest>;

/** Label points of the states (public/data/boundaries/state-labels.geojson), with each state's extent. */
export const StateLabels = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({
      type: v.literal('Feature'),
      geometry: PointGeometry,
      properties: v.object({
        code: v.picklist(STATE_CODES),
        name: NonEmpty,
        name_hi: NonEmpty,
        /** The names as the map writes them: a long one broken on two lines. */
        label: NonEmpty,
        label_hi: NonEmpty,
        rank: v.pipe(v.number(), v.integer(), v.minValue(0)),
        small: v.boolean(),
        bbox: v.tuple([Lon, Lat, Lon, Lat]),
      }),
    }),
  ),
});
export type StateLabels = v.InferOutput<typeof StateLabels>;

/** Label points and extents of the approximate district areas (public/data/boundaries/district-labels.geojson). */
export const DistrictLabels = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({
      type: v.literal('Feature'),
      geometry: PointGeometry,
      properties: v.object({
        state: v.picklist(STATE_CODES),
        district: NonEmpty,
        key: NonEmpty,
        approximate: v.boolean(),
        bbox: v.tuple([Lon, Lat, Lon, Lat]),
      }),
    }),
  ),
});
export type DistrictLabels = v.InferOutput<typeof DistrictLabels>;

/**
 * Town names of the basemap (public/data/boundaries/town-labels.geojson), from
 * geodata/gazetteer/towns.json (GeoNames, CC BY 4.0): `minzoom` is the zoom from which the town is
 * named; bigger towns win label collisions.
 */
export const TownLabels = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({
      type: v.literal('Feature'),
      geometry: PointGeometry,
      properties: v.strictObject({
        name: NonEmpty,
        state: v.picklist(STATE_CODES),
        population: v.pipe(v.number(), v.integer(), v.minValue(1)),
        minzoom: v.pipe(v.number(), v.minValue(0), v.maxValue(22)),
      }),
    }),
  ),
});
export type TownLabels = v.InferOutput<typeof TownLabels>;
