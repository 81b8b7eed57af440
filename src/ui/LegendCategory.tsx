import type { Shape } from '../domain/symbology';
import { t } from '../i18n';
import { Swatch } from './Swatch';

/**
 * One category of the legend: its symbol, its name and count; a press hides or shows it (the
 * legend is a filter). Dimmed when nothing of it is left under the other filters.
 */
export function LegendCategory(props: {
  value: string;
  label: string;
  shape: Shape;
  color: string;
  count: number;
  hidden: boolean;
  disabled?: boolean;
  hint?: string | null;
  onToggle: () => void;
}) {
  const action = t(props.hidden ? 'legend.clickToShow' : 'legend.clickToHide');
  return (
    <li>
      <button
        type="button"
        className={`legend-cat ${props.hidden ? 'hidden' : ''} ${props.count === 0 ? 'empty' : ''}`}
        aria-pressed={!props.hidden}
        disabled={props.disabled}
        title={props.hint ? t('legend.hintAndAction', { hint: props.hint, action }) : action}
        onClick={props.onToggle}
        data-category={props.value}
      >
        <Swatch shape={props.shape} color={props.color} />
        <span>{props.label}</span>
        <span className="count">{props.count}</span>
      </button>
    </li>
  );
}
