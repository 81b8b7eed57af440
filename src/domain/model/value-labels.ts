/**
 * Words for field values, as a reader would say them: the same words in facets, chips, the
 * table and cards. A value no vocabulary knows (imported data) is shown as it is.
 */
import { t } from '../../i18n';
import type { FieldFormat, FieldSpec, FieldValue } from './fields';
import { mineralLabel } from '../minerals';
import { stateByCode } from '../states';
import { categoryLabel, precisionLabel } from '../symbology';
import { countryName, licenceLabel, processingStatusLabel } from '../labels';
import { formatCrore, formatHectares, formatNumber, formatPercent } from '../format';
import type { LayerId } from './enums';

/** The curated layer whose legend names a category field's values. */
const CATEGORY_LAYER: Record<string, LayerId> = {
  status: 'blocks',
  stage: 'exploration',
  plantKind: 'processing',
  closureStatus: 'coal-closures',
  overseasKind: 'overseas',
};

/** One value of a field in words: "lithium" → "Lithium", "IN-CG" → "Chhattisgarh". */
export function valueLabel(field: Pick<FieldSpec, 'key' | 'format'>, value: string): string {
  switch (field.format) {
    case 'mineral':
      return mineralLabel(value);
    case 'state':
      return stateByCode(value)?.name ?? value;
    case 'precision':
      return precisionLabel(value);
  }
  const layer = CATEGORY_LAYER[field.key];
  if (layer) return categoryLabel(layer, value);
  if (field.key === 'licence') return licenceLabel(value);
  if (field.key === 'plantStatus') return processingStatusLabel(value);
  if (field.key === 'country') return countryName(value);
  return value;
}

function formatNumberAs(format: FieldFormat | undefined, n: number): string {
  switch (format) {
    case 'hectares':
      return formatHectares(n);
    case 'percent':
      return formatPercent(n);
    case 'crore':
      return formatCrore(n);
    case 'year':
      return String(n);
    default:
      return formatNumber(n);
  }
}

/** A whole field value as text for a table cell or a card row ("" for none). */
export function formatFieldValue(
  field: Pick<FieldSpec, 'key' | 'format'>,
  v: FieldValue | undefined,
): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return formatNumberAs(field.format, v);
  if (typeof v === 'string') return valueLabel(field, v);
  return v.map((x) => valueLabel(field, x)).join(t('common.listSeparator'));
}

/** A field's label. */
export function fieldLabel(field: Pick<FieldSpec, 'labelKey' | 'label' | 'key'>): string {
  return field.labelKey ? t(field.labelKey) : (field.label ?? field.key);
}
