/**
 * Human forms for Indian English readers: dates like "21 Nov 2026", money in ₹ crore,
 * areas in hectares, counts with Indian digit grouping (1,00,000).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-21" → "21 Nov 2026"; "2024-07" → "Jul 2024"; "2025" → "2025". Unknown forms pass through. */
export function formatDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1];
  if (!month) return date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const INR = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });

/** A count or measure with Indian digit grouping: 1234567 → "12,34,567". */
export function formatNumber(n: number): string {
  return INR.format(n);
}

/** ₹ crore: 34300 → "₹34,300 crore". */
export function formatCrore(crore: number): string {
  return `₹${INR.format(crore)} crore`;
}

/** Hectares, with square kilometres for large areas: 256.12 → "256.12 ha"; 2016 → "2,016 ha (20.16 km²)". */
export function formatHectares(ha: number): string {
  const base = `${INR.format(ha)} ha`;
  return ha >= 1000 ? `${base} (${INR.format(ha / 100)} km²)` : base;
}

/** A bid premium: 76.05 → "76.05%". */
export function formatPercent(pct: number): string {
  return `${INR.format(pct)}%`;
}

/** A headline figure's value with its unit: 34300 "Rs crore" → "₹34,300 crore"; 95 "%" → "95%". */
export function formatFigure(value: number | string, unit?: string): string {
  if (typeof value !== 'number') return unit ? `${value} ${unit}` : value;
  if (unit === 'Rs crore' || unit === '₹ crore') return formatCrore(value);
  if (unit === '%') return formatPercent(value);
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}
