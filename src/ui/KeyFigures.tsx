import type { AtlasData } from '../data/load';
import type { Figure } from '../data/schema';
import { formatDate, formatFigure } from '../domain/format';
import { mineralLabel } from '../domain/minerals';
import { t, tCode } from '../i18n';
import { ExternalLink } from './ExternalLink';
import { useAppStore } from '../state/store';
import { scrollPanelTo } from './insights/scroll';

/** One figure with its value, note and sources. */
export function FigureItem({ f }: { f: Figure }) {
  return (
    <li className="figure">
      <span className="figure-value">{formatFigure(f.value, f.unit)}</span>
      <span className="figure-label">{f.label}</span>
      {f.note && <span className="figure-note">{f.note}</span>}
      <span className="figure-sources">
        {f.sources.map((s, i) => (
          <span key={s.url}>
            {i > 0 && ' · '}
            <ExternalLink href={s.url}>{s.publisher ?? s.title}</ExternalLink>,{' '}
            <span title={s.note}>{formatDate(s.date)}</span>
          </span>
        ))}
      </span>
    </li>
  );
}

/** The headline figures of geodata/facts.json, each with its source. */
export function KeyFigures({ data }: { data: AtlasData }) {
  const groups = new Map<string, Figure[]>();
  for (const f of data.facts.figures) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  return (
    <section className="key-figures" aria-labelledby="figures-title">
      <details>
        <summary>
          <h2 id="figures-title">{t('figures.title')}</h2>
        </summary>
        <p>
          <button
            type="button"
            className="link-button"
            data-testid="open-dashboard"
            onClick={() => {
              useAppStore.getState().setPanelTab('insights');
              scrollPanelTo('md-title');
            }}
          >
            {t('figures.openDashboard')}
          </button>
        </p>
        {[...groups].map(([group, figs]) => (
          <div key={group}>
            <h3>{tCode('figures.group', group)}</h3>
            <ul className="figure-list">
              {figs.map((f) => (
                <FigureItem key={f.id} f={f} />
              ))}
            </ul>
          </div>
        ))}
        <h3>{t('figures.criticalMinerals2023')}</h3>
        <ul className="chips">
          {data.facts.criticalMinerals2023.minerals.map((m) => (
            <li key={m} className="chip">
              {mineralLabel(m)}
            </li>
          ))}
        </ul>
        <p className="figure-sources">
          {data.facts.criticalMinerals2023.sources.map((s, i) => (
            <span key={s.url}>
              {i > 0 && ' · '}
              <ExternalLink href={s.url}>{s.publisher ?? s.title}</ExternalLink>
            </span>
          ))}
        </p>
      </details>
    </section>
  );
}
