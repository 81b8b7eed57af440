/**
 * The closed vocabularies of the curated data: ids and enums that the pure domain, the schema
 * (src/data/schema.ts builds its picklists from them) and the UI share. Values only, no valibot.
 */

export const PRECISIONS = ['site', 'locality', 'district', 'state', 'country'] as const;

/** Flags that qualify how far a feature's facts can be trusted. */
export const FLAGS = [
  'secondary', // reported by a secondary compiler that cites the primary source
  'inferred', // deduced from sourced facts, not stated by a source
  'uncertain', // sources conflict or are weak
  'converted', // a unit conversion was made in compilation (e.g. acres to hectares)
] as const;

export const BLOCK_KINDS = ['onshore', 'offshore', 'exploration-licence', 'state-auction'] as const;

export const LICENCES = ['CL', 'ML', 'EL'] as const;

export const EVENT_TYPES = [
  'offered',
  're-offered',
  'annulled',
  'awarded',
  'licence-executed',
  'deferred',
] as const;

export const ANNUL_REASONS = ['no-bids', 'fewer-than-three-bidders', 'other', 'not-stated'] as const;

export const STAGES = ['G4', 'G3', 'G2', 'G1', 'study'] as const;

export const PROCESSING_KINDS = [
  'processing-park',
  'rare-earth-corridor',
  'rare-earth-plant',
  'mineral-sands',
  'magnet-plant',
  'refinery',
] as const;

export const PROCESSING_STATUSES = ['operational', 'under-construction', 'planned', 'announced'] as const;

export const CLOSURE_STATUSES = ['closed', 'repurposed', 'suspended', 'scheduled'] as const;

export const OVERSEAS_KINDS = ['asset', 'agreement', 'exploratory', 'offered-area'] as const;

export const LAYER_IDS = [
  'blocks',
  'exploration',
  'processing',
  'coal-closures',
  'centres',
  'overseas',
] as const;

export const BLOCK_STATUSES = EVENT_TYPES;
export type BlockStatus = EventType;

export type Precision = (typeof PRECISIONS)[number];
export type Flag = (typeof FLAGS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Stage = (typeof STAGES)[number];
export type ProcessingKind = (typeof PROCESSING_KINDS)[number];
export type ClosureStatus = (typeof CLOSURE_STATUSES)[number];
export type LayerId = (typeof LAYER_IDS)[number];
