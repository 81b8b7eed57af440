/**
 * Words for the codes the data uses, as a reader would say them. The words live in the
 * message catalogue under `label.<kind>.<code>`; a code the catalogue does not know (imported
 * data) is shown as it is.
 */
import type { Flag } from './model/enums';
import { t, tCode } from '../i18n';

/** "CL" → "Composite licence (prospecting + mining lease)". */
export function licenceLabel(code: string): string {
  return tCode('label.licence', code);
}

/** "onshore" → "Onshore block (central auction)". */
export function blockKindLabel(kind: string): string {
  return tCode('label.blockKind', kind);
}

/** An auction event: "awarded" → "Awarded". */
export function eventLabel(type: string): string {
  return tCode('label.event', type);
}

/** Why an auction was annulled, as the end of a sentence: "no-bids" → "no bids". */
export function annulReasonLabel(reason: string): string {
  return tCode('label.annulReason', reason);
}

/** A trust flag's badge: "secondary" → "Secondary source". */
export function flagLabel(flag: Flag): string {
  return t(`label.flag.${flag}`);
}

/** A trust flag's explanation, without a full stop. */
export function flagHint(flag: Flag): string {
  return t(`label.flag.${flag}.hint`);
}

/** "under-construction" → "Under construction". */
export function processingStatusLabel(status: string): string {
  return tCode('label.processingStatus', status);
}

/** "OC" → "Opencast". */
export function mineTypeLabel(type: string): string {
  return tCode('label.mineType', type);
}

/** An ISO 3166-1 alpha-2 code as a country name: "AU" → "Australia"; an unknown code as is. */
export function countryName(code: string): string {
  return tCode('label.country', code);
}
