/** Words for the codes the data uses, as a reader would say them. */
import type { Flag } from './model/enums';

export const LICENCE_LABELS: Record<string, string> = {
  CL: 'Composite licence (prospecting + mining lease)',
  ML: 'Mining lease',
  EL: 'Exploration licence',
};

export const BLOCK_KIND_LABELS: Record<string, string> = {
  onshore: 'Onshore block (central auction)',
  offshore: 'Offshore block',
  'exploration-licence': 'Exploration-licence block',
  'state-auction': 'State-run auction block',
};

export const EVENT_LABELS: Record<string, string> = {
  offered: 'Offered',
  're-offered': 'Re-offered',
  annulled: 'Annulled',
  awarded: 'Awarded',
  'licence-executed': 'Licence executed',
  deferred: 'Decision deferred',
};

export const ANNUL_REASON_LABELS: Record<string, string> = {
  'no-bids': 'no bids',
  'fewer-than-three-bidders': 'fewer than three qualified bidders',
  other: 'other reason',
  'not-stated': 'reason not stated by the sources',
};

export const FLAG_LABELS: Record<Flag, { label: string; hint: string }> = {
  secondary: {
    label: 'Secondary source',
    hint: 'Some values come from a secondary compilation that cites the primary source',
  },
  inferred: { label: 'Inferred', hint: 'Some values are deduced from sourced facts, not stated by a source' },
  uncertain: { label: 'Uncertain', hint: 'Sources conflict or are weak for some values' },
  converted: { label: 'Converted', hint: 'A unit conversion was made in compiling (e.g. acres to hectares)' },
};

export const PROCESSING_STATUS_LABELS: Record<string, string> = {
  operational: 'Operational',
  'under-construction': 'Under construction',
  planned: 'Planned',
  announced: 'Announced',
};

export const MINE_TYPE_LABELS: Record<string, string> = {
  OC: 'Opencast',
  UG: 'Underground',
  'OC+UG': 'Opencast and underground',
};

export const COUNTRY_NAMES: Record<string, string> = {
  AR: 'Argentina',
  AU: 'Australia',
  CL: 'Chile',
  ZM: 'Zambia',
};
