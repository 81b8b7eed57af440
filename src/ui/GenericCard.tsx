import type { Dataset } from '../data/datasets';
import { useAppStore } from '../state/store';
import { fieldLabel, formatFieldValue } from '../domain/model/value-labels';
import { runCommand } from '../commands/registry';
import { t } from '../i18n';
import { datasetLabel } from './dataset-label';

/** The card of a feature of a non-curated dataset: its described fields, as text. */
export function GenericCard({ ds, index }: { ds: Dataset; index: number }) {
  const select = useAppStore((s) => s.select);
  const row = ds.rows[index]!;
  const name = typeof row.values.name === 'string' ? row.values.name : row.id;
  return (
    <article className="feature-card" data-testid="feature-card" aria-labelledby="card-title">
      <div className="card-top">
        <span className="card-layer">{datasetLabel(ds)}</span>
        <button
          type="button"
          className="icon-button"
          onClick={() => select(null)}
          aria-label={t('common.close')}
        >
          ×
        </button>
      </div>
      <h2 id="card-title" tabIndex={-1}>
        {name}
      </h2>
      {ds.kind === 'synthetic' && <p className="flag-badge">{t('card.synthetic')}</p>}
      <dl className="card-facts">
        {ds.fields
          .filter((f) => f.key !== 'name')
          .map((f) => {
            const text = formatFieldValue(f, row.values[f.key]);
            return text ? (
              <div key={f.key}>
                <dt>{fieldLabel(f)}</dt>
                <dd>{text}</dd>
              </div>
            ) : null;
          })}
      </dl>
      <button type="button" className="text-button" onClick={() => runCommand('zoom-to-selection')}>
        {t('cmd.zoomToSelection')}
      </button>
    </article>
  );
}
