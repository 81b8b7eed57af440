/**
 * Human forms for Indian readers: dates like "21 Nov 2026", money in ₹ crore, areas in
 * hectares, counts with Indian digit grouping (1,00,000). Words come from the message
 * catalogue and digits from the active locale's Intl formatter.
 */
import { intlLocale, isMessageKey, t } from '../i18n';

/** "2026-11-21" → "21 Nov 2026"; "2024-07" → "Jul 2024"; "2025" → "2025". Unknown forms pass through. */
export function formatDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const key = `month.${Number(mo)}`;
  if (!isMessageKey(key)) return date;
  const month = t(key);
  // Strings, not numbers: t() would group a year's digits.
  return d
    ? t('format.dayMonthYear', { day: String(Number(d)), month, year: y! })
    : t('format.monthYear', { month, year: y! });
}

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(): Intl.NumberFormat {
  const tag = intlLocale();
  let nf = formatters.get(tag);
  if (!nf) formatters.set(tag, (nf = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 })));
  return nf;
}

/** A count or measure with Indian digit grouping: 1234567 → "12,34,567". */
export function formatNumber(n: number): string {
  return numberFormat().format(n);
}

/** ₹ crore: 34300 → "₹34,300 crore". */
export function formatCrore(crore: number): string {
  return t('format.crore', { amount: formatNumber(crore) });
}

/** Hectares, with square kilometres for large areas: 256.12 → "256.12 ha"; 2016 → "2,016 ha (20.16 km²)". */
export function formatHectares(ha: number): string {
  const area = formatNumber(ha);
  return ha >= 1000
    ? t('format.hectaresKm2', { area, km2: formatNumber(ha / 100) })
    : t('format.hectares', { area });
}

/** A bid premium: 76.05 → "76.05%". */
export function formatPercent(pct: number): string {
  return t('format.percent', { value: formatNumber(pct) });
}

/**
 * A headline figure's value with its unit: 34300 "Rs crore" → "₹34,300 crore"; 95 "%" → "95%".
 * Any other unit is the data's own word ("143 mines") and is not translated.
 */
export function formatFigure(value: number | string, unit?: string): string {
  if (typeof value !== 'number') return unit ? t('format.valueUnit', { value, unit }) : value;
  if (unit === 'Rs crore' || unit === '₹ crore') return formatCrore(value);
  if (unit === '%') return formatPercent(value);
  return unit ? t('format.valueUnit', { value: formatNumber(value), unit }) : formatNumber(value);
}
