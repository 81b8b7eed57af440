import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../../data/datasets';
import type { AtlasProps } from '../../data/schema';
import { useAppStore } from '../../state/store';
import { asOfDayOf } from '../../state/slices/insights';
import {
  AS_OF_KEY,
  dateOfDay,
  dayOf,
  timelineStops,
  type TimelineStop,
} from '../../domain/insights/timeline';
import { formatDate } from '../../domain/format';
import { t, tCode } from '../../i18n';

/** How long each stop shows while playing, in ms. */
const PLAY_STEP_MS = 1400;

/** The stops of the curated data: every day something dated happened. */
export function useTimelineStops(datasets: readonly Dataset[]): TimelineStop[] {
  return useMemo(
    () =>
      timelineStops(
        datasets
          .filter((d) => d.kind === 'curated')
          .flatMap((d) => d.features as unknown as { properties: AtlasProps }[]),
      ),
    [datasets],
  );
}

/** How many features of the shown curated datasets have no date, and so leave the time view. */
export function useUndatedCount(datasets: readonly Dataset[]): number {
  const hidden = useAppStore((s) => s.hiddenLayers);
  return useMemo(
    () =>
      datasets
        .filter((d) => d.kind === 'curated' && !hidden.includes(d.id))
        .reduce((n, d) => n + d.rows.filter((r) => typeof r.values[AS_OF_KEY] !== 'number').length, 0),
    [datasets, hidden],
  );
}

/**
 * The time slider: choose a day (a stop of the data, or any date), step or play through the
 * dated events, and go back to today. The day is a condition of the filter, so the map, the
 * counts, the table and the charts show what was dated by then.
 */
export function TimeSlider({ datasets }: { datasets: readonly Dataset[] }) {
  const day = useAppStore((s) => asOfDayOf(s.filters));
  const setDay = useAppStore((s) => s.setAsOfDay);
  const stops = useTimelineStops(datasets);
  const undated = useUndatedCount(datasets);
  const [playing, setPlaying] = useState(false);
  // The stop at or before the chosen day (-1: before the first; stops.length - 1 when off).
  const at = day === null ? stops.length - 1 : stops.findLastIndex((s) => s.day <= day);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const cur = asOfDayOf(useAppStore.getState().filters);
      const next = stops.find((s) => cur === null || s.day > cur);
      if (!next) {
        setPlaying(false);
        return;
      }
      setDay(next.day);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, stops, setDay]);

  if (stops.length === 0) return null;
  const go = (i: number) => setDay(stops[Math.max(0, Math.min(stops.length - 1, i))]!.day);
  const stop = at >= 0 ? stops[at] : undefined;
  const label = day === null ? t('insights.time.today') : formatDate(dateOfDay(day));

  return (
    <section className="insights-section time-slider" aria-labelledby="time-title" data-testid="time-slider">
      <h3 id="time-title">{t('insights.time.title')}</h3>
      <p className="muted small">{t('insights.time.intro')}</p>
      <div className="time-row">
        <button
          type="button"
          onClick={() => {
            if (!playing && (day === null || at >= stops.length - 1)) setDay(stops[0]!.day);
            setPlaying(!playing);
          }}
          aria-pressed={playing}
          data-testid="time-play"
        >
          {playing ? t('insights.time.pause') : t('insights.time.play')}
        </button>
        <button type="button" onClick={() => go(at - 1)} disabled={at <= 0 && day !== null}>
          {t('insights.time.previous')}
        </button>
        <button
          type="button"
          onClick={() => go(day === null ? 0 : at + 1)}
          disabled={day !== null && at >= stops.length - 1}
        >
          {t('insights.time.next')}
        </button>
        <button type="button" onClick={() => (setPlaying(false), setDay(null))} disabled={day === null}>
          {t('insights.time.reset')}
        </button>
      </div>
      <label className="time-range">
        <span>{t('insights.time.slider')}</span>
        <input
          type="range"
          min={0}
          max={stops.length - 1}
          step={1}
          value={Math.max(0, at)}
          aria-valuetext={label}
          onChange={(e) => go(Number(e.target.value))}
          data-testid="time-range"
        />
      </label>
      <label className="time-date">
        <span>{t('insights.time.date')}</span>
        <input
          type="date"
          value={day === null ? '' : dateOfDay(day)}
          min={dateOfDay(stops[0]!.day)}
          onChange={(e) => {
            const d = dayOf(e.target.value);
            if (d !== null) setDay(d);
          }}
          data-testid="time-date"
        />
      </label>
      <p className="time-status" aria-live="polite" data-testid="time-status">
        {day === null ? t('insights.time.off') : t('insights.time.on', { date: label })}
        {day !== null && stop && stop.day === day && (
          <>
            {' '}
            {t('insights.time.onEvents', {
              events: stop.kinds.map((k) => tCode('insights.time.kind', k)).join(t('common.listSeparator')),
            })}
          </>
        )}
        {day !== null && undated > 0 && <> {t('insights.time.undated', { count: undated })}</>}
      </p>
      <p className="muted small">{t('insights.time.how', { count: stops.length })}</p>
    </section>
  );
}

/** The map's "as of" badge while the slider is on, with the way back to today. */
export function AsOfBadge({ datasets }: { datasets: readonly Dataset[] }) {
  const day = useAppStore((s) => asOfDayOf(s.filters));
  const setDay = useAppStore((s) => s.setAsOfDay);
  const undated = useUndatedCount(datasets);
  if (day === null) return null;
  return (
    <div className="as-of-badge" role="status" data-testid="as-of-badge">
      <strong>{t('insights.time.badge', { date: formatDate(dateOfDay(day)) })}</strong>
      {undated > 0 && (
        <span className="muted"> · {t('insights.time.badgeUndated', { count: undated })}</span>
      )}{' '}
      <button type="button" className="link-button" onClick={() => setDay(null)}>
        {t('insights.time.reset')}
      </button>
    </div>
  );
}
