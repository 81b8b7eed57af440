/** The choropleth's words: area names, values, class ranges, the legend's precision notes. */
import { t } from '../../i18n';
import { formatNumber } from '../format';
import { stateByCode } from '../states';
import type { Choropleth, ChoroplethClass, ChoroplethMeasure } from './choropleth';

/** `IN-OD` → "Odisha"; `IN-CG:Korba` → "Korba (Chhattisgarh)". */
export function choroplethAreaName(key: string): string {
  const i = key.indexOf(':');
  if (i < 0) return stateByCode(key)?.name ?? key;
  return t('insights.districtOf', {
    district: key.slice(i + 1),
    state: stateByCode(key.slice(0, i))?.name ?? key.slice(0, i),
  });
}

/** A measure's value in words: "12 blocks", "3.4 blocks per 10,000 km²", "2,016 ha". */
export function formatMeasureValue(measure: ChoroplethMeasure, value: number): string {
  switch (measure) {
    case 'blockDensity':
      return t('insights.value.density', { value: formatNumber(Math.round(value * 100) / 100) });
    case 'blockArea':
      return t('insights.value.hectares', { value: formatNumber(Math.round(value)) });
    default:
      return t(`insights.value.${measure}`, { count: value });
  }
}

/** A class's range, in the measure's unit: "1", "2–3", "4.1–9.8". */
export function formatClassRange(measure: ChoroplethMeasure, c: ChoroplethClass): string {
  const f = (v: number) =>
    formatNumber(measure === 'blockDensity' ? Math.round(v * 100) / 100 : Math.round(v));
  return c.min === c.max ? f(c.min) : t('insights.range', { min: f(c.min), max: f(c.max) });
}

/** What hovering an area says: its value, how many features that is, how many at the state centre. */
export function choroplethHoverLines(data: Choropleth, key: string): string[] {
  const v = data.values.get(key);
  if (!v) return [t('insights.hover.none')];
  const lines = [formatMeasureValue(data.measure, v.value)];
  if (data.measure === 'blockDensity' || data.measure === 'blockArea')
    lines.push(t('insights.value.blocks', { count: v.count }));
  if (v.unknownArea > 0) lines.push(t('insights.hover.unknownArea', { count: v.unknownArea }));
  if (v.atStateCentre > 0) lines.push(t('insights.hover.atStateCentre', { count: v.atStateCentre }));
  return lines;
}
