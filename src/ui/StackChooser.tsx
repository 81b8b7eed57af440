import { useEffect, useRef } from 'react';
import { useAppStore } from '../state/store';
import { useDatasets } from '../state/use-data';
import { rowIndex } from '../data/indexes';
import { precisionLabel } from '../domain/symbology';
import { t } from '../i18n';
import { datasetLabel } from './dataset-label';

/**
 * A click or tap on a stack of features (several within a few pixels) opens this list instead
 * of picking one arbitrarily. Choosing one is the same as clicking it alone.
 */
export function StackChooser() {
  const stack = useAppStore((s) => s.stack);
  const setStack = useAppStore((s) => s.setStack);
  const select = useAppStore((s) => s.select);
  const datasets = useDatasets();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (stack) first.current?.focus();
  }, [stack]);
  if (!stack) return null;
  const idx = rowIndex(datasets);
  const items = stack.ids.flatMap((id) => {
    const ref = idx.get(id);
    if (!ref) return [];
    const v = ref.dataset.rows[ref.index]!.values;
    return [
      {
        id,
        name: typeof v.name === 'string' ? v.name : id,
        ds: ref.dataset,
        precision: String(v.precision ?? 'site'),
      },
    ];
  });
  return (
    <div
      className="stack-chooser"
      role="dialog"
      aria-labelledby="stack-title"
      data-testid="stack-chooser"
      style={{ left: Math.max(8, stack.x - 140), top: Math.max(8, stack.y + 12) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setStack(null);
        }
      }}
    >
      <div className="stack-head">
        <h2 id="stack-title">{t('stack.title', { count: items.length })}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('stack.close')}
          onClick={() => setStack(null)}
        >
          ×
        </button>
      </div>
      <ul>
        {items.map((it, i) => (
          <li key={it.id}>
            <button
              ref={i === 0 ? first : undefined}
              type="button"
              className="feature-row"
              onClick={() => select(it.id)}
              data-feature-id={it.id}
            >
              <span className="feature-row-text">
                <span className="feature-row-name">{it.name}</span>
                <span className="feature-row-place">
                  {datasetLabel(it.ds)} ·{' '}
                  {t('card.precisionBadge', { precision: precisionLabel(it.precision) })}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
