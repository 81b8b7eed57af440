/**
 * Builds search documents from plain values: features of any dataset, the states, the minerals.
 * Places, minerals and companies are derived from the features, so a search offers only what the
 * loaded data can show.
 */
import type { SearchDoc } from './types';

/** A feature as the search needs it; callers map their own schema onto this. */
export interface SearchFeatureInput {
  id: string;
  name: string;
  aliases?: readonly string[];
  /** The village or town the point stands for. */
  locality?: string | null;
  district: string | null;
  stateCode: string | null;
  /** The state's name when the caller knows it better than the states list (e.g. foreign provinces). */
  stateName?: string;
  minerals: readonly string[];
  companies: readonly string[];
  /** The dataset the feature belongs to. */
  group: string;
}

export interface SearchStateInput {
  code: string;
  name: string;
  nameHi?: string;
}

export interface SearchMineralInput {
  id: string;
  label: string;
  labelHi?: string;
}

export interface SearchDocsInput {
  features: readonly SearchFeatureInput[];
  states: readonly SearchStateInput[];
  minerals: readonly SearchMineralInput[];
}

/** Trims and collapses inner white space. */
function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

const COMPANY_SUFFIXES = /\b(ltd|limited|pvt|private)\b/g;

/**
 * The key under which two spellings of a company count as one: case, punctuation and the
 * suffixes Ltd, Limited, Pvt, Private ignored. "Coal India Ltd" and "Coal India Limited" share a
 * key; "CIL" does not (abbreviations need a curated alias list, not a rule).
 */
export function companyKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .replace(COMPANY_SUFFIXES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function pushUnique(list: string[], value: string | undefined | null): void {
  if (value && !list.includes(value)) list.push(value);
}

/**
 * Search documents for a dataset: one per feature, per state, per distinct district (id
 * `${stateCode}:${district}`, label "Korba, Chhattisgarh"), per mineral present in the features
 * and per distinct company (by {@link companyKey}; the first spelling met is the label, the
 * others become `alt`). Output order is stable: features, states, districts, minerals, companies.
 */
export function searchDocsFor(input: SearchDocsInput): SearchDoc[] {
  const stateBy = new Map(input.states.map((s) => [s.code, s]));
  const mineralBy = new Map(input.minerals.map((m) => [m.id, m]));

  const featureDocs: SearchDoc[] = [];
  const districts = new Map<string, SearchDoc & { context: string[] }>();
  const mineralsSeen = new Set<string>();
  const companies = new Map<string, SearchDoc & { alt: string[] }>();

  for (const f of input.features) {
    const state = f.stateCode ? stateBy.get(f.stateCode) : undefined;
    const stateName = f.stateName ?? state?.name;
    const district = f.district ? cleanName(f.district) : null;
    const companyNames = f.companies.map(cleanName).filter((c) => c.length > 0);

    const alt: string[] = [];
    for (const a of f.aliases ?? []) pushUnique(alt, cleanName(a));
    if (f.locality) pushUnique(alt, cleanName(f.locality));

    const context: string[] = [];
    pushUnique(context, district);
    pushUnique(context, stateName);
    pushUnique(context, state?.nameHi);
    for (const id of f.minerals) {
      const m = mineralBy.get(id);
      pushUnique(context, m?.label ?? id);
      pushUnique(context, m?.labelHi);
      mineralsSeen.add(id);
    }
    for (const c of companyNames) pushUnique(context, c);

    featureDocs.push({ kind: 'feature', id: f.id, label: cleanName(f.name), alt, context, group: f.group });

    if (district && f.stateCode) {
      const id = `${f.stateCode}:${district}`;
      if (!districts.has(id)) {
        const ctx: string[] = [];
        pushUnique(ctx, state?.nameHi);
        districts.set(id, {
          kind: 'district',
          id,
          label: stateName ? `${district}, ${stateName}` : district,
          // The bare name too, so "korba" names the district wholly (see nameCoverage).
          alt: [district],
          context: ctx,
        });
      }
    }

    for (const name of companyNames) {
      const key = companyKey(name);
      if (!key) continue;
      const doc = companies.get(key);
      if (!doc) companies.set(key, { kind: 'company', id: key, label: name, alt: [] });
      else if (name !== doc.label) pushUnique(doc.alt, name);
    }
  }

  const stateDocs: SearchDoc[] = input.states.map((s) => ({
    kind: 'state',
    id: s.code,
    label: s.name,
    alt: s.nameHi ? [s.nameHi] : [],
  }));

  const mineralDocs: SearchDoc[] = [];
  for (const id of mineralsSeen) {
    const m = mineralBy.get(id);
    const alt: string[] = [];
    pushUnique(alt, m?.labelHi);
    // Ids such as "ree" and "pge" are how specialists write them.
    if (m && companyKey(m.label) !== companyKey(id)) pushUnique(alt, id.replace(/-/g, ' '));
    mineralDocs.push({ kind: 'mineral', id, label: m?.label ?? id, alt });
  }

  return [...featureDocs, ...stateDocs, ...districts.values(), ...mineralDocs, ...companies.values()];
}
