import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Dataset } from '../../data/datasets';
import { useAppStore } from '../../state/store';
import { fieldLabel, formatFieldValue } from '../../domain/model/value-labels';
import { t, formatCount } from '../../i18n';
import { datasetLabel } from '../dataset-label';
import { QUERY_COLUMN, queryTableRows, sortRows, tableColumns, tableRows, type TableRow } from './rows';
import { useActiveQuery } from '../../state/selectors/query';
import { hitRangeText } from '../../domain/spatial/query-export';
import type { QueryHit } from '../../domain/spatial/run-query';
import { valueOn } from '../../domain/model/fields';
import { asOfDayOf, dateOfDay } from '../../domain/insights/timeline';
import { formatDate } from '../../domain/format';

/** The query column's text: inside / possibly, and the distance range when there is one. */
function queryCell(h: QueryHit | undefined): string {
  if (!h) return '';
  const range = hitRangeText(h);
  const m = h.membership ? t(`table.membership.${h.membership}`) : '';
  return [m, range].filter(Boolean).join(' · ');
}

const ROW_PX = 34;

/**
 * Every feature the map shows, in one virtualised, sortable table. A row click is a map click;
 * a map selection scrolls to its row. Keyboard: arrows move, Home/End jump, Enter opens the card.
 */
export function ResultsTable({ datasets }: { datasets: readonly Dataset[] }) {
  const hiddenLayers = useAppStore((s) => s.hiddenLayers);
  const filters = useAppStore((s) => s.filters);
  // While the time slider is on, a timed column (a block's status) shows the value of its day.
  const day = asOfDayOf(filters);
  const sort = useAppStore((s) => s.tableSort);
  const setSort = useAppStore((s) => s.setTableSort);
  const inView = useAppStore((s) => s.tableInView);
  const setInView = useAppStore((s) => s.setTableInView);
  const bounds = useAppStore((s) => (s.tableInView ? s.viewBounds : null));
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);

  const shown = useMemo(() => datasets.filter((d) => !hiddenLayers.includes(d.id)), [datasets, hiddenLayers]);
  const query = useActiveQuery();
  const hasDistance = !!query?.answer.hits.some((h) => h.minKm !== null);
  const columns = useMemo(() => {
    const base = tableColumns(shown);
    return query ? [base[0]!, { key: QUERY_COLUMN, field: null }, ...base.slice(1)] : base;
  }, [shown, query]);
  const rows = useMemo(
    () =>
      query
        ? // A question's answer keeps its own order (by distance) until the user sorts.
          sort.key === 'name' && !sort.desc && hasDistance
          ? queryTableRows(shown, query.answer.hits)
          : sortRows(queryTableRows(shown, query.answer.hits), sort, datasetLabel, day)
        : sortRows(tableRows(shown, filters, bounds), sort, datasetLabel, day),
    [shown, filters, bounds, sort, query, hasDistance, day],
  );
  const total = datasets.reduce((n, d) => n + d.rows.length, 0);

  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions the React compiler cannot memoise; it re-renders on scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
  });
  const [active, setActive] = useState(0);
  const selectedRow = useMemo(
    () => (selectedId ? rows.findIndex((r) => r.ds.rows[r.index]!.id === selectedId) : -1),
    [rows, selectedId],
  );

  // A selection made on the map (or anywhere) scrolls its row into view.
  useEffect(() => {
    if (selectedRow >= 0) {
      setActive(selectedRow);
      virtualizer.scrollToIndex(selectedRow, { align: 'auto' });
    }
  }, [selectedRow, virtualizer]);

  const idOf = (r: TableRow) => r.ds.rows[r.index]!.id;
  const activeRow = rows[Math.min(active, rows.length - 1)];
  const move = (to: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, to));
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_PX) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => activeRow && select(idOf(activeRow)),
    };
    const run = keys[e.key];
    if (run && rows.length > 0) {
      e.preventDefault();
      run();
    }
  };

  const gridWidth = `${columns.length * 9}rem`;
  return (
    <section className="results" aria-labelledby="results-title">
      <div className="results-head">
        <h2 id="results-title" tabIndex={-1}>
          {t(query ? 'table.queryTitle' : 'table.title')}{' '}
          <span className="count" data-testid="results-count">
            {t('table.count', { shown: rows.length, total })}
          </span>
        </h2>
        <label className="toggle">
          <input
            type="checkbox"
            checked={inView}
            onChange={(e) => setInView(e.target.checked)}
            data-testid="in-view-toggle"
          />
          {t('table.inView')}
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="muted" data-testid="results-empty">
          {t(inView ? 'table.emptyInView' : 'table.empty')}
        </p>
      ) : (
        <div
          ref={scrollRef}
          className="results-scroll"
          role="grid"
          aria-labelledby="results-title"
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length}
          aria-activedescendant={activeRow ? `row-${idOf(activeRow)}` : undefined}
          tabIndex={0}
          onKeyDown={onKey}
          data-testid="results-table"
        >
          <div
            className="results-row results-header"
            role="row"
            aria-rowindex={1}
            style={{ width: gridWidth }}
          >
            {columns.map((c) => {
              const sorted = sort.key === c.key;
              return (
                <div
                  key={c.key}
                  role="columnheader"
                  aria-sort={sorted ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                  className="cell"
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSort({ key: c.key, desc: sorted ? !sort.desc : false })}
                    data-sort-key={c.key}
                  >
                    {c.key === QUERY_COLUMN
                      ? t(hasDistance ? 'table.distance' : 'table.inArea')
                      : c.field
                        ? c.field.timed && day !== null
                          ? t('asof.fieldOn', {
                              field: fieldLabel(c.field),
                              date: formatDate(dateOfDay(day)),
                            })
                          : fieldLabel(c.field)
                        : t('field.layer')}
                    <span aria-hidden="true">{sorted ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </div>
              );
            })}
          </div>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: gridWidth }}>
            {virtualizer.getVirtualItems().map((v) => {
              const r = rows[v.index]!;
              const row = r.ds.rows[r.index]!;
              const id = row.id;
              return (
                <div
                  key={`${r.ds.id}:${id}`}
                  id={`row-${id}`}
                  role="row"
                  aria-rowindex={v.index + 2}
                  aria-selected={id === selectedId}
                  className={`results-row ${id === selectedId ? 'selected' : ''} ${v.index === active ? 'active' : ''}`}
                  style={{
                    position: 'absolute',
                    top: 0,
                    transform: `translateY(${v.start}px)`,
                    height: ROW_PX,
                    width: gridWidth,
                  }}
                  onClick={() => {
                    setActive(v.index);
                    select(id);
                  }}
                  data-feature-id={id}
                  data-membership={r.hit?.membership ?? undefined}
                >
                  {columns.map((c) => (
                    <div key={c.key} role="gridcell" className="cell" title={undefined}>
                      {c.key === QUERY_COLUMN
                        ? queryCell(r.hit)
                        : c.key === 'layer'
                          ? datasetLabel(r.ds)
                          : c.field
                            ? formatFieldValue(c.field, valueOn(row, c.key, day))
                            : ''}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      )}
      <p className="muted small">{t('table.precisionNote', { count: formatCount(rows.length) })}</p>
    </section>
  );
}
