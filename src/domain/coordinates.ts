/** Coordinates in words a reader can check against an atlas, with the precision they carry. */
import { t } from '../i18n';
import { PRECISION_RADIUS_KM } from './symbology';

/** 22.5, 82.54 → "22.50° N, 82.54° E". Two decimals: about a kilometre, never finer than the data. */
export function formatLatLon(lon: number, lat: number): string {
  const ns = lat >= 0 ? t('coord.north') : t('coord.south');
  const ew = lon >= 0 ? t('coord.east') : t('coord.west');
  return t('coord.latLon', { lat: Math.abs(lat).toFixed(2), ns, lon: Math.abs(lon).toFixed(2), ew });
}

/** "district centre, ±35 km" for a district-precision point; "" for a site. */
export function precisionPhrase(precision: string): string {
  const km = PRECISION_RADIUS_KM[precision] ?? 0;
  const what = t(`coord.what.${precision}` as never);
  return km > 0 ? t('coord.plusMinus', { what, km }) : what;
}

/** Decimal degrees for copying ("lat, lon", as most tools paste them). */
export function latLonText(lon: number, lat: number): string {
  return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}
