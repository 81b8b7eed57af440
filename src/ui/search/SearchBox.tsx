import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../../data/datasets';
import { searchDatasets } from '../../state/selectors/search';
import { groupHits, type SearchGroup, type SearchHit } from '../../domain/search';
import { useAppStore } from '../../state/store';
import { openDistrictView, openStateView, selectAndZoom, showExtent } from '../../commands/registry';
import { getDataStatus } from '../../data/registry';
import { extentOf } from '../../domain/places';
import { t } from '../../i18n';
import { datasetLabel } from '../dataset-label';

export const SEARCH_INPUT_ID = 'search-input';

/** What choosing a hit does: a feature opens its card, a state its view, others set a filter. */
function choose(hit: SearchHit, datasets: readonly Dataset[]): void {
  const s = useAppStore.getState();
  const d = hit.doc;
  switch (d.kind) {
    case 'feature':
      selectAndZoom(d.id);
      return;
    case 'state':
      s.select(null);
      openStateView(d.id);
      return;
    case 'district': {
      s.select(null);
      const status = getDataStatus();
      if (status.kind === 'ready' && status.data.districts.some((x) => x.key === d.id)) {
        openDistrictView(d.id);
        return;
      }
      // A district without an area in the data: filter to it and fit its features instead.
      const [code, name] = [d.id.slice(0, d.id.indexOf(':')), d.id.slice(d.id.indexOf(':') + 1)];
      s.setFilter('district', { op: 'in', values: [name] });
      const pts = datasets.flatMap((ds) =>
        ds.rows.filter((r) => r.values.district === name && r.values.state === code),
      );
      const b = extentOf(pts.map((r) => ({ geometry: { coordinates: [r.lon, r.lat] } })));
      if (b) showExtent([b[0] - 0.5, b[1] - 0.5, b[2] + 0.5, b[3] + 0.5], 8);
      return;
    }
    case 'mineral':
      s.setFilter('minerals', { op: 'in', values: [d.id] });
      s.setPanelTab('results');
      return;
    case 'company':
      s.setFilter('company', { op: 'in', values: [d.label, ...(d.alt ?? [])] });
      s.setPanelTab('results');
      return;
  }
}

function groupTitle(g: SearchGroup, datasets: readonly Dataset[]): string {
  if (g.kind === 'feature') {
    const ds = datasets.find((d) => d.id === g.group);
    return ds ? datasetLabel(ds) : t('search.group.feature');
  }
  return t(`search.group.${g.kind}`);
}

function hintOf(hit: SearchHit): string {
  switch (hit.doc.kind) {
    case 'state':
      return t('search.hint.state');
    case 'district':
      return t('search.hint.district');
    case 'mineral':
      return t('search.hint.mineral');
    case 'company':
      return t('search.hint.company');
    default:
      return (hit.doc.context ?? []).slice(0, 2).join(' · ');
  }
}

/**
 * One search box over features, places, minerals and companies, as a WAI-ARIA combobox:
 * type to see grouped suggestions, arrows to move, Enter to choose (and zoom), Esc to close.
 * `/` focuses it from anywhere (a registry command).
 */
export function SearchBox({ datasets }: { datasets: readonly Dataset[] }) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDeferredValue(text);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const groups = useMemo(() => {
    const hits = query.trim() ? searchDatasets(datasets, query) : [];
    const order = new Map(hits.map((h, i) => [h.doc.kind + h.doc.id, i]));
    // Groups in the order of their best hit, so Enter chooses the best match overall.
    return groupHits(hits, { perGroup: 5 }).sort(
      (a, b) =>
        order.get(a.hits[0]!.doc.kind + a.hits[0]!.doc.id)! -
        order.get(b.hits[0]!.doc.kind + b.hits[0]!.doc.id)!,
    );
  }, [datasets, query]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);

  const optionId = (i: number) => `${listId}-opt-${i}`;
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    choose(hit, datasets);
    setOpen(false);
    setText(hit.doc.label);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(flat.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // Enter acts on what is typed now, not on a deferred, older list.
      const hits = text.trim() ? searchDatasets(datasets, text) : [];
      pick(query === text ? flat[active] : hits[0]);
    } else if (e.key === 'Escape') {
      if (open && text) {
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      }
    }
  };

  const showList = open && text.trim() !== '';
  let n = -1;
  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={SEARCH_INPUT_ID}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && flat.length ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={2000}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t('search.results')}
        className="search-list"
        hidden={!showList}
      >
        {showList && flat.length === 0 && (
          <p className="muted" role="presentation">
            {t('search.none', { query: text.slice(0, 80) })}
          </p>
        )}
        {showList &&
          groups.map((g) => (
            <div key={g.kind + (g.group ?? '')} role="group" aria-label={groupTitle(g, datasets)}>
              <div className="search-group-title" role="presentation">
                {groupTitle(g, datasets)}
                {g.total > g.hits.length && (
                  <span className="muted"> · {t('search.more', { count: g.total - g.hits.length })}</span>
                )}
              </div>
              {g.hits.map((h) => {
                const i = ++n;
                return (
                  <div
                    key={h.doc.kind + h.doc.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={`search-option ${i === active ? 'active' : ''}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => pick(h)}
                    data-search-kind={h.doc.kind}
                    data-search-id={h.doc.id}
                  >
                    <span className="search-option-label">{h.doc.label}</span>
                    <span className="search-option-hint">{hintOf(h)}</span>
                  </div>
                );
              })}
            </div>
          ))}
      </div>
    </div>
  );
}
