import { useId, useState } from 'react';
import type { Dataset } from '../data/datasets';
import { colorUserLayerBy, deleteUserLayer, recolorUserLayer, renameUserLayer } from '../data/user-layers';
import { useAppStore } from '../state/store';
import { facetCountsOf } from '../state/selectors/filtered';
import { scopedKey } from '../domain/filter/spec';
import { userCategories } from '../domain/user-style';
import { LegendCategory } from './LegendCategory';
import { t } from '../i18n';
import { datasetLabel } from './dataset-label';

/** An imported layer's legend entry: its colour (changeable), a rename box and a remove button. */
export function UserLayerControls({ ds }: { ds: Dataset }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(datasetLabel(ds));
  const label = datasetLabel(ds);
  const filters = useAppStore((s) => s.filters);
  const toggleCategory = useAppStore((s) => s.toggleCategory);
  // Fields of few values can colour the layer.
  const choices = ds.fields.filter((f) => f.type === 'category' && f.key !== 'precision');
  const field = ds.categoryField;
  const cats = field ? userCategories(ds.rows, field) : [];
  const counts = field ? facetCountsOf(ds, filters, field) : new Map<string, number>();
  const cond = field ? filters[scopedKey(ds.id, field)] : undefined;
  const hiddenValues = cond?.op === 'out' ? cond.values : [];
  return (
    <div className="user-layer" data-testid={`user-layer-${ds.id}`}>
      <p className="legend-note">{t('user.layerNote')}</p>
      <div className="user-layer-tools">
        <label className="user-color">
          <span className="visually-hidden">{t('user.color', { name: label })}</span>
          <input
            type="color"
            value={ds.color ?? '#d81b60'}
            onChange={(e) => void recolorUserLayer(ds.id, e.target.value)}
          />
        </label>
        {editing ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const next = name.trim();
              if (next) void renameUserLayer(ds.id, next.slice(0, 120));
              setEditing(false);
            }}
          >
            <label htmlFor={`${id}-name`} className="visually-hidden">
              {t('user.renameLabel')}
            </label>
            <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
            <button type="submit">{t('user.renameSave')}</button>
          </form>
        ) : (
          <button type="button" onClick={() => setEditing(true)}>
            {t('user.rename')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            void deleteUserLayer(ds.id);
            useAppStore.getState().setNotice(t('user.removed', { name: label }));
          }}
        >
          {t('user.remove', { name: label })}
        </button>
      </div>
      {choices.length > 0 && (
        <div className="user-color-by">
          <label htmlFor={`${id}-by`}>{t('user.colorBy')}</label>{' '}
          <select
            id={`${id}-by`}
            value={field ?? ''}
            onChange={(e) => void colorUserLayerBy(ds.id, e.target.value || null)}
          >
            <option value="">{t('user.colorByNone')}</option>
            {choices.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label ?? f.key}
              </option>
            ))}
          </select>
        </div>
      )}
      {field && (
        <ul className="legend-cats">
          {cats.map((c) => (
            <LegendCategory
              key={c.value}
              value={c.value}
              label={c.value}
              shape="circle"
              color={c.color}
              count={counts.get(c.value) ?? 0}
              hidden={hiddenValues.includes(c.value)}
              onToggle={() => toggleCategory(ds.id, field, c.value)}
            />
          ))}
          {new Set(ds.rows.map((r) => String(r.values[field] ?? ''))).size > cats.length && (
            <li className="legend-note">{t('user.otherValues')}</li>
          )}
        </ul>
      )}
    </div>
  );
}
