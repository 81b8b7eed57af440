import { useAppStore } from '../state/store';
import { useAtlasData } from '../state/use-data';
import { formatDate } from '../domain/format';
import { ExternalLink } from './ExternalLink';
import { DataHealth } from './DataHealth';
import { ModalDialog } from './ModalDialog';
import { DataTable } from './DataTable';
import { FigureItem } from './KeyFigures';
import { ALL_COMMANDS, commandLabel } from '../commands/registry';
import { t } from '../i18n';
import { tRich } from '../i18n/rich';

/** Licences of what the app ships besides the compiled data: words under `about.shipped.<id>.*`. */
const SHIPPED = [
  { id: 'boundaries', url: 'https://www.naturalearthdata.com/about/terms-of-use/' },
  { id: 'world', url: 'https://github.com/topojson/world-atlas' },
  { id: 'places', url: 'https://www.geonames.org/' },
  { id: 'towns', url: 'https://www.geonames.org/' },
  { id: 'coal', url: 'https://globalenergymonitor.org/projects/global-coal-mine-tracker/' },
  { id: 'fonts', url: 'https://openfontlicense.org/' },
  { id: 'maplib', url: 'https://maplibre.org/' },
] as const;

export function AboutDialog() {
  const open = useAppStore((s) => s.aboutOpen);
  const setOpen = useAppStore((s) => s.setAboutOpen);
  const data = useAtlasData();
  const shortcutsOn = useAppStore((s) => s.shortcutsEnabled);
  const setShortcutsOn = useAppStore((s) => s.setShortcutsEnabled);
  return (
    <ModalDialog
      open={open}
      onClose={() => setOpen(false)}
      title={t('about.title')}
      closeLabel={t('common.close')}
    >
      <p>{tRich('about.intro', { hiWord: <span lang="hi">{t('app.nameHi')}</span> })}</p>
      <h3>{t('about.boundaries')}</h3>
      <p className="boundary-text">{t('about.boundariesText')}</p>
      <h3>{t('about.layers')}</h3>
      {data ? (
        <ul className="source-layers">
          {data.manifest.layers.map((l) => (
            <li key={l.id}>
              <details>
                <summary>
                  {tRich(
                    'about.layerSummary',
                    { title: <strong>{l.title}</strong> },
                    {
                      features: t('about.features', { count: l.count }),
                      date: formatDate(l.asOf),
                      sources: t('about.sourceCount', { count: l.sources.length }),
                    },
                  )}
                </summary>
                {data.layers[l.id].metadata.notes.length > 0 && (
                  <>
                    <h4>{t('about.notes')}</h4>
                    <ul className="source-list">
                      {data.layers[l.id].metadata.notes.map((n, i) => (
                        <li key={i}>{n}</li>
                      ))}
                    </ul>
                  </>
                )}
                {data.layers[l.id].metadata.figures.length > 0 && (
                  <>
                    <h4>{t('about.figures')}</h4>
                    <ul className="figure-list">
                      {data.layers[l.id].metadata.figures.map((f) => (
                        <FigureItem key={f.id} f={f} />
                      ))}
                    </ul>
                  </>
                )}
                <h4>{t('about.sources')}</h4>
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
        <p>{t('about.loading')}</p>
      )}
      <p>{t('about.compiled')}</p>
      {data && <DataHealth data={data} />}
      <p className="muted small">{t('district.approximateNote')}</p>
      <h3>{t('about.shipped')}</h3>
      <DataTable
        className="licence-table"
        columns={[t('about.col.what'), t('about.col.from'), t('about.col.licence')]}
      >
        {SHIPPED.map((s) => (
          <tr key={s.id}>
            <td>{t(`about.shipped.${s.id}.what`)}</td>
            <td>{t(`about.shipped.${s.id}.who`)}</td>
            <td>
              <ExternalLink href={s.url}>{t(`about.shipped.${s.id}.licence`)}</ExternalLink>
            </td>
          </tr>
        ))}
      </DataTable>
      <h3>{t('about.shortcuts')}</h3>
      <label className="shortcut-toggle">
        <input type="checkbox" checked={shortcutsOn} onChange={(e) => setShortcutsOn(e.target.checked)} />
        {t('about.shortcutsToggle')}
      </label>
      <table className="licence-table shortcut-table">
        <tbody>
          {ALL_COMMANDS.filter((c) => c.shortcut).map((c) => (
            <tr key={c.id}>
              <td>
                <kbd>{c.shortcut === 'Escape' ? t('about.keyEsc') : c.shortcut}</kbd>
              </td>
              <td>{commandLabel(c)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> <kbd>+</kbd> <kbd>−</kbd>
            </td>
            <td>{t('about.mapKeys')}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted">{t('about.selfHosted')}</p>
    </ModalDialog>
  );
}
