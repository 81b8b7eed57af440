/**
 * The curated layers' fields, described once: what each field is, whether it is a facet or a
 * table column, and how a feature's properties give its value. Facets, the table, search and
 * the URL codec read these descriptions; nothing else names a curated layer's fields.
 */
import type { AtlasFeature, AtlasProps, BlockProps } from '../../data/schema';
import type { LayerId } from './enums';
import type { FieldSpec, FieldValue, HistoryStep, Row } from './fields';
import { standingAward } from '../auction';
import { blockStatusHistory, sinceDay } from '../insights/timeline';

type Getter = (p: AtlasProps) => FieldValue;
export interface CuratedField extends FieldSpec {
  readonly get: Getter;
  /** A timed field's changes (see FieldSpec.timed). */
  readonly history?: (p: AtlasProps) => readonly HistoryStep[];
}

const year = (d: string | null | undefined): number | null => (d ? Number(d.slice(0, 4)) : null);
const uniq = (xs: readonly (string | null | undefined)[]) => [
  ...new Set(xs.filter((x): x is string => !!x && x.trim() !== '').map((x) => x.trim())),
];

const name: CuratedField = {
  key: 'name',
  type: 'text',
  labelKey: 'field.name',
  column: true,
  search: true,
  get: (p) => p.name,
};
const minerals: CuratedField = {
  key: 'minerals',
  type: 'multi',
  labelKey: 'field.minerals',
  facet: true,
  column: true,
  format: 'mineral',
  get: (p) => p.minerals,
};
const state: CuratedField = {
  key: 'state',
  type: 'category',
  labelKey: 'field.state',
  facet: true,
  column: true,
  format: 'state',
  get: (p) => p.state,
};
const district: CuratedField = {
  key: 'district',
  type: 'category',
  labelKey: 'field.district',
  facet: true,
  column: true,
  get: (p) => p.district,
};
const precision: CuratedField = {
  key: 'precision',
  type: 'category',
  labelKey: 'field.precision',
  facet: true,
  column: true,
  format: 'precision',
  get: (p) => p.precision,
};
const company = (get: Getter): CuratedField => ({
  key: 'company',
  type: 'multi',
  labelKey: 'field.company',
  facet: true,
  column: true,
  search: true,
  get,
});
const yearField = (labelKey: FieldSpec['labelKey'], get: Getter): CuratedField => ({
  key: 'year',
  type: 'number',
  labelKey,
  facet: true,
  column: true,
  format: 'year',
  get,
});
const category = (key: string, labelKey: FieldSpec['labelKey'], get: Getter, facet = true): CuratedField => ({
  key,
  type: 'category',
  labelKey,
  facet,
  column: true,
  format: 'category',
  get,
});
const number = (
  key: string,
  labelKey: FieldSpec['labelKey'],
  format: FieldSpec['format'],
  get: Getter,
): CuratedField => ({
  key,
  type: 'number',
  labelKey,
  column: true,
  format,
  get,
});

const block = (p: AtlasProps) => p as BlockProps;

/**
 * The day (yyyymmdd) a feature enters the time slider's view (src/domain/insights/timeline.ts):
 * internal, never a facet, column or export field; the slider is a range condition on it.
 */
const since: CuratedField = {
  key: 'since',
  type: 'number',
  labelKey: 'field.since',
  internal: true,
  get: sinceDay,
};

export const CURATED_FIELDS: Record<LayerId, readonly CuratedField[]> = {
  blocks: [
    name,
    {
      ...category('status', 'field.status', (p) => block(p).status),
      timed: true,
      history: (p) => blockStatusHistory(block(p).events),
    },
    minerals,
    state,
    district,
    {
      key: 'tranche',
      type: 'multi',
      labelKey: 'field.tranche',
      facet: true,
      column: true,
      get: (p) => uniq(block(p).events.map((e) => e.tranche)),
    },
    category('licence', 'field.licence', (p) => block(p).licence),
    company((p) => uniq(block(p).events.map((e) => e.bidder))),
    yearField('field.yearLatestEvent', (p) => year(block(p).events[block(p).events.length - 1]?.date)),
    number('areaHa', 'field.areaHa', 'hectares', (p) => block(p).areaHa),
    number(
      'premiumPct',
      'field.premiumPct',
      'percent',
      (p) => standingAward(block(p).events)?.premiumPct ?? null,
    ),
    precision,
    since,
  ],
  exploration: [
    name,
    category('stage', 'field.stage', (p) => (p.layer === 'exploration' ? p.stage : null)),
    minerals,
    state,
    district,
    company((p) => (p.layer === 'exploration' ? uniq([p.agency]) : [])),
    yearField('field.yearAnnounced', (p) => (p.layer === 'exploration' ? year(p.announced) : null)),
    precision,
    since,
  ],
  processing: [
    name,
    category('plantKind', 'field.plantKind', (p) => (p.layer === 'processing' ? p.kind : null), false),
    category('plantStatus', 'field.plantStatus', (p) => (p.layer === 'processing' ? p.status : null)),
    minerals,
    state,
    district,
    company((p) => (p.layer === 'processing' ? uniq([p.operator]) : [])),
    number('investmentCrore', 'field.investmentCrore', 'crore', (p) =>
      p.layer === 'processing' ? p.investmentCrore : null,
    ),
    precision,
    since,
  ],
  'coal-closures': [
    name,
    category('closureStatus', 'field.closureStatus', (p) =>
      p.layer === 'coal-closures' ? p.closureStatus : null,
    ),
    minerals,
    state,
    district,
    company((p) => (p.layer === 'coal-closures' ? uniq([p.company, p.subsidiary]) : [])),
    yearField('field.yearClosure', (p) => (p.layer === 'coal-closures' ? p.closureYear : null)),
    precision,
    since,
  ],
  centres: [
    name,
    minerals,
    state,
    district,
    yearField('field.yearRecognised', (p) => (p.layer === 'centres' ? year(p.recognised) : null)),
    precision,
    since,
  ],
  overseas: [
    name,
    category('overseasKind', 'field.overseasKind', (p) => (p.layer === 'overseas' ? p.kind : null), false),
    minerals,
    category('country', 'field.country', (p) => (p.layer === 'overseas' ? p.country : null)),
    company((p) => (p.layer === 'overseas' ? uniq([p.partner]) : [])),
    yearField('field.yearAgreed', (p) => (p.layer === 'overseas' ? year(p.agreed) : null)),
    number('areaHa', 'field.areaHa', 'hectares', (p) => (p.layer === 'overseas' ? p.areaHa : null)),
    precision,
    since,
  ],
};

/** The field of each curated layer that its legend's categories switch. */
export const CATEGORY_FIELD: Record<LayerId, string | null> = {
  blocks: 'status',
  exploration: 'stage',
  processing: 'plantKind',
  'coal-closures': 'closureStatus',
  centres: null,
  overseas: 'overseasKind',
};

/** A curated feature as a row of its layer's fields. */
export function curatedRow(f: AtlasFeature, index: number): Row {
  const fields = CURATED_FIELDS[f.properties.layer];
  const values: Record<string, FieldValue> = {};
  let history: Record<string, readonly HistoryStep[]> | undefined;
  for (const fs of fields) {
    values[fs.key] = fs.get(f.properties);
    if (fs.history) (history ??= {})[fs.key] = fs.history(f.properties);
  }
  return {
    id: f.properties.id,
    index,
    lon: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
    values,
    ...(history ? { history } : {}),
  };
}
