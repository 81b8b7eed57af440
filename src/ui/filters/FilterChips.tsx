import type { Dataset } from '../../data/datasets';
import { useAppStore } from '../../state/store';
import { activeCount, splitKey, type Condition } from '../../domain/filter/spec';
import { fieldLabel, valueLabel } from '../../domain/model/value-labels';
import type { FieldSpec } from '../../domain/model/fields';
import { t } from '../../i18n';
import { AS_OF_KEY, dateOfDay } from '../../domain/insights/timeline';
import { formatDate } from '../../domain/format';
import { datasetLabel } from '../dataset-label';

/** A condition in words, as its chip says it (the charts say which filter they set with it). */
export function describeCondition(key: string, c: Condition, datasets: readonly Dataset[]): string {
  // The time slider's condition reads as its date.
  if (key === AS_OF_KEY && c.op === 'range' && c.min === null && c.max !== null)
    return t('insights.time.chip', { date: formatDate(dateOfDay(c.max)) });
  const [scope, fieldKey] = splitKey(key);
  const ds = scope ? datasets.find((d) => d.id === scope) : undefined;
  const field: FieldSpec =
    (ds ?? datasets.find((d) => d.fields.some((f) => f.key === fieldKey)))?.fields.find(
      (f) => f.key === fieldKey,
    ) ?? ({ key: fieldKey, type: 'category' } as FieldSpec);
  const name = ds ? `${datasetLabel(ds)} · ${fieldLabel(field)}` : fieldLabel(field);
  switch (c.op) {
    case 'in':
      return t('filters.chipIn', {
        field: name,
        values: c.values.map((v) => valueLabel(field, v)).join(t('filters.or')),
      });
    case 'out':
      return t('filters.chipOut', {
        field: name,
        values: c.values.map((v) => valueLabel(field, v)).join(t('common.listSeparator')),
      });
    case 'range':
      return t('filters.chipRange', { field: name, min: c.min ?? '…', max: c.max ?? '…' });
    case 'contains':
      return t('filters.chipContains', { field: name, text: c.text });
  }
}

/** The active filters as removable chips, and one action that clears them all. */
export function FilterChips({ datasets }: { datasets: readonly Dataset[] }) {
  const filters = useAppStore((s) => s.filters);
  const setFilter = useAppStore((s) => s.setFilter);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const n = activeCount(filters);
  if (n === 0) return null;
  return (
    <div
      className="filter-chips"
      role="group"
      aria-label={t('filters.active', { count: n })}
      data-testid="filter-chips"
    >
      <ul>
        {Object.entries(filters).map(([key, c]) => {
          const label = describeCondition(key, c, datasets);
          return (
            <li key={key}>
              <button
                type="button"
                className="chip"
                onClick={() => setFilter(key, null)}
                aria-label={t('filters.removeChip', { label })}
                data-filter-key={key}
              >
                <span>{label}</span>
                <span aria-hidden="true"> ×</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-button" onClick={clearFilters} data-testid="clear-filters">
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
