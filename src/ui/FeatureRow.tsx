import type { AtlasFeature } from '../data/schema';
import { useAppStore } from '../state/store';
import {
  SYMBOLOGY,
  categoryOf,
  categoryToken,
  categoryLabel,
  UNKNOWN_COLOR,
  precisionLabel,
} from '../domain/symbology';
import { placeOf } from '../domain/places';
import { t } from '../i18n';
import { Swatch } from './Swatch';
import type { ResolvedTheme } from './use-theme';

/** One feature in a list: choosing it is the same as clicking it on the map. */
export function FeatureRow({ feature, theme }: { feature: AtlasFeature; theme: ResolvedTheme }) {
  const select = useAppStore((s) => s.select);
  const p = feature.properties;
  const sym = SYMBOLOGY[p.layer];
  const cat = categoryToken(p.layer, categoryOf(p));
  return (
    <li>
      <button type="button" className="feature-row" onClick={() => select(p.id)} data-feature-id={p.id}>
        <Swatch shape={sym.shape} color={(cat?.color ?? UNKNOWN_COLOR)[theme]} size={16} />
        <span className="feature-row-text">
          <span className="feature-row-name">{p.name}</span>
          <span className="feature-row-place">
            {placeOf(feature)} · {categoryLabel(p.layer, categoryOf(p))}
            {p.precision !== 'site' && (
              <> · {t('card.precisionBadge', { precision: precisionLabel(p.precision) })}</>
            )}
          </span>
        </span>
      </button>
    </li>
  );
}
