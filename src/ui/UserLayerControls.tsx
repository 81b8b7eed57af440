import { useId, useState } from 'react';
import type { Dataset } from '../data/datasets';
import { deleteUserLayer, recolorUserLayer, renameUserLayer } from '../data/user-layers';
import { useAppStore } from '../state/store';
import { t } from '../i18n';
import { datasetLabel } from './dataset-label';

/** An imported layer's legend entry: its colour (changeable), a rename box and a remove button. */
export function UserLayerControls({ ds }: { ds: Dataset }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(datasetLabel(ds));
  const label = datasetLabel(ds);
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
    </div>
  );
}
