import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../../data/datasets';
import { useAppStore } from '../../state/store';
import { facetCountsAcross } from '../../state/selectors/filtered';
import { numericExtent } from '../../domain/filter/facets';
import { fold, valuesOf } from '../../domain/model/fields';
import { fieldLabel, valueLabel } from '../../domain/model/value-labels';
import { t, formatCount } from '../../i18n';
import { facetDefs, type FacetDef } from './facets';
import { asOfDayOf, dateOfDay } from '../../domain/insights/timeline';
import { formatDate } from '../../domain/format';

const SHORT_LIST = 8;

/** One category or many-valued field: its options with live counts, searchable when long. */
function OptionFacet({ def }: { def: FacetDef }) {
  const { field, datasets } = def;
  const filters = useAppStore((s) => s.filters);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const [query, setQuery] = useState('');
  // The geologist's start view opens with the whole mineral list showing.
  const [expanded, setExpanded] = useState(
    () => field.key === 'minerals' && useAppStore.getState().audience === 'geologist',
  );
  const searchId = useId();

  const allValues = useMemo(() => {
    const set = new Set<string>();
    for (const ds of datasets)
      for (const r of ds.rows) {
        for (const v of valuesOf(r.values[field.key])) set.add(v);
        // A timed field (a block's status) offers every value it ever took: the slider shows them.
        for (const [, v] of r.history?.[field.key] ?? []) set.add(v);
      }
    return [...set];
  }, [datasets, field.key]);
  const counts = facetCountsAcross(datasets, filters, field.key);
  // Under the time slider a timed field is filtered and counted by its value on the day.
  const day = asOfDayOf(filters);
  const cond = filters[field.key];
  const selected = cond?.op === 'in' ? cond.values : [];

  const options = allValues
    .map((v) => ({ value: v, label: valueLabel(field, v), count: counts.get(v) ?? 0 }))
    .filter((o) => !query || fold(o.label).includes(fold(query)))
    .sort(
      (a, b) =>
        Number(selected.includes(b.value)) - Number(selected.includes(a.value)) ||
        b.count - a.count ||
        a.label.localeCompare(b.label),
    );
  const long = allValues.length > SHORT_LIST;
  const visible = expanded || query ? options : options.slice(0, SHORT_LIST);

  return (
    <fieldset className="facet" data-facet={field.key}>
      <legend>
        {field.timed && day !== null
          ? t('asof.fieldOn', { field: fieldLabel(field), date: formatDate(dateOfDay(day)) })
          : fieldLabel(field)}
        {selected.length > 0 && <span className="badge">{selected.length}</span>}
      </legend>
      {long && (
        <>
          <label className="sr-only" htmlFor={searchId}>
            {t('filters.searchIn', { facet: fieldLabel(field) })}
          </label>
          <input
            id={searchId}
            type="search"
            className="facet-search"
            placeholder={t('filters.searchIn', { facet: fieldLabel(field) })}
            value={query}
            onChange={(e) => setQuery(e.target.value.slice(0, 100))}
          />
        </>
      )}
      <ul className="facet-options">
        {visible.map((o) => (
          <li key={o.value} className={o.count === 0 ? 'empty' : ''}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={() => toggle(field.key, o.value)}
                data-value={o.value}
              />
              <span className="facet-label">{o.label}</span>
              <span className="count">{formatCount(o.count)}</span>
            </label>
          </li>
        ))}
        {visible.length === 0 && <li className="muted">{t('filters.noOption')}</li>}
      </ul>
      {long && !query && (
        <button
          type="button"
          className="link-button"
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
        >
          {expanded ? t('filters.showFewer') : t('filters.showAll', { count: allValues.length })}
        </button>
      )}
    </fieldset>
  );
}

/** A numeric field (year): from–to, either end open. */
function RangeFacet({ def }: { def: FacetDef }) {
  const { field, datasets } = def;
  const cond = useAppStore((s) => s.filters[field.key]);
  const setFilter = useAppStore((s) => s.setFilter);
  const extent = useMemo(() => numericExtent(datasets, field.key), [datasets, field.key]);
  const fromId = useId();
  const toId = useId();
  if (!extent) return null;
  const min = cond?.op === 'range' ? cond.min : null;
  const max = cond?.op === 'range' ? cond.max : null;
  const set = (lo: number | null, hi: number | null) =>
    setFilter(field.key, lo === null && hi === null ? null : { op: 'range', min: lo, max: hi });
  const parse = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));
  return (
    <fieldset className="facet facet-range" data-facet={field.key}>
      <legend>{fieldLabel(field)}</legend>
      <div className="range-inputs">
        <label htmlFor={fromId}>{t('filters.from')}</label>
        <input
          id={fromId}
          type="number"
          inputMode="numeric"
          min={extent[0]}
          max={extent[1]}
          placeholder={String(extent[0])}
          value={min ?? ''}
          onChange={(e) => set(parse(e.target.value), max)}
        />
        <label htmlFor={toId}>{t('filters.to')}</label>
        <input
          id={toId}
          type="number"
          inputMode="numeric"
          min={extent[0]}
          max={extent[1]}
          placeholder={String(extent[1])}
          value={max ?? ''}
          onChange={(e) => set(min, parse(e.target.value))}
        />
      </div>
      <p className="muted small">{t('filters.rangeHint')}</p>
    </fieldset>
  );
}

/** Faceted filters over every dataset that is shown. */
export function FilterPanel({ datasets }: { datasets: readonly Dataset[] }) {
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const shown = useMemo(() => datasets.filter((d) => !hiddenLayers.includes(d.id)), [datasets, hiddenLayers]);
  const geologist = useAppStore((s) => s.audience === 'geologist');
  const defs = useMemo(() => {
    const all = facetDefs(shown);
    // A geologist starts from minerals and exploration stages: those facets come first.
    const first = ['minerals', 'stage'];
    const rank = (k: string) => (first.includes(k) ? first.indexOf(k) : first.length);
    return geologist ? [...all].sort((a, b) => rank(a.field.key) - rank(b.field.key)) : all;
  }, [shown, geologist]);
  return (
    <section className="filter-panel" aria-labelledby="filters-title">
      <h2 id="filters-title" tabIndex={-1}>
        {t('filters.title')}
      </h2>
      <p className="muted small">{t('filters.intro')}</p>
      {defs.map((def) =>
        def.field.type === 'number' ? (
          <RangeFacet key={def.field.key} def={def} />
        ) : (
          <OptionFacet key={def.field.key} def={def} />
        ),
      )}
    </section>
  );
}
