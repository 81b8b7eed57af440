/**
 * One coordinate written as people write them: decimal degrees (`23.2583`, `-85.32`, `23,2583`),
 * with a hemisphere letter (`23.2583 N`, `E 85.32`), or degrees, minutes and seconds
 * (`23°15'30"N`, `85 19 12 E`, `23:15:30`, `23d 15m 30s`, `40° 11′`), primes typed any way.
 */

export type Axis = 'lat' | 'lon';

const HEMISPHERE: Record<string, { axis: Axis; sign: 1 | -1 }> = {
  N: { axis: 'lat', sign: 1 },
  S: { axis: 'lat', sign: -1 },
  E: { axis: 'lon', sign: 1 },
  W: { axis: 'lon', sign: -1 },
};

const NUM = String.raw`(\d+(?:[.,]\d+)?|[.,]\d+)`;
/** degrees [° d deg : space] minutes [' m min : space] seconds [" s sec] */
const DMS = new RegExp(
  String.raw`^${NUM}\s*(?:°|deg|d|:)?\s*(?:${NUM}\s*(?:'|min|m|:)?\s*(?:${NUM}\s*(?:"|sec|s)?)?)?$`,
  'i',
);

const num = (s: string | undefined) => (s === undefined ? 0 : Number(s.replace(',', '.')));

/** Unicode primes, quotes and degree look-alikes as the ASCII the pattern reads. */
function normalise(text: string): string {
  // Look-alikes first: NFKC would turn º (the ordinal indicator) into the letter o.
  return text
    .replace(/[º˚]/g, '°')
    .normalize('NFKC')
    .replace(/[′’‘ʹ`´]/g, "'")
    .replace(/[″”“ʺ]|''/g, '"')
    .replace(/[\u2212\u2013]/g, '-')
    .trim();
}

/**
 * The coordinate in decimal degrees, or null when the text is not one (or its hemisphere letter
 * belongs to the other axis: `23 N` is no longitude). Ranges are not checked here: 123.4 is a
 * number the validator then reports as out of range for a latitude.
 */
export function parseCoordinate(text: string, axis?: Axis): number | null {
  let s = normalise(text);
  if (s === '') return null;
  let sign = 1;
  const lead = /^([NSEW])\s*(.*)$/i.exec(s);
  const trail = /^(.*?)\s*([NSEW])$/i.exec(s);
  const letter = lead ? lead[1] : trail ? trail[2] : undefined;
  if (letter) {
    const h = HEMISPHERE[letter.toUpperCase()]!;
    if (axis && h.axis !== axis) return null;
    sign = h.sign;
    s = (lead ? lead[2] : trail![1])!.trim();
  }
  if (/^[+-]/.test(s)) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1).trim();
  }
  const m = DMS.exec(s);
  if (!m) return null;
  const [, d, mi, se] = m;
  const deg = num(d);
  const min = num(mi);
  const sec = num(se);
  // Minutes and seconds below 60; a fraction only in the last part written.
  if (min >= 60 || sec >= 60) return null;
  if (mi !== undefined && !Number.isInteger(deg)) return null;
  if (se !== undefined && !Number.isInteger(min)) return null;
  const value = deg + min / 60 + sec / 3600;
  return Number.isFinite(value) ? sign * value : null;
}
