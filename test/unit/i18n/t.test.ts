import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { hi } from '../../../src/i18n/hi';
import { isMessageKey, setLocale, t, tCode } from '../../../src/i18n/t';
import { formatDate, formatHectares } from '../../../src/domain/format';
import { countryName, licenceLabel } from '../../../src/domain/labels';
import { categoryLabel, layerTitle, precisionLabel } from '../../../src/domain/symbology';

afterEach(() => setLocale('en'));

describe('t', () => {
  it('returns the English message for a key', () => {
    expect(t('month.11')).toBe('Nov');
  });

  it('falls back to English for a key the locale lacks, and uses the locale where it has one', () => {
    setLocale('hi');
    expect(t('app.name')).toBe('खनिज एटलस');
    expect(t('month.11')).toBe('Nov');
  });

  it('wraps every message in the pseudo-locale, so hard-coded text stands out', () => {
    setLocale('pseudo');
    expect(t('month.1')).toBe('⟦Jan⟧');
  });

  it('names a missing key instead of rendering nothing', () => {
    expect(t('no.such.key' as never)).toBe('[no.such.key]');
  });

  it('has no Hindi key that English lacks', () => {
    for (const k of Object.keys(hi)) expect(Object.keys(en)).toContain(k);
  });

  it('puts codes from the data into words, and shows an unknown code as it is', () => {
    expect(isMessageKey('label.licence.CL')).toBe(true);
    expect(isMessageKey('label.licence.XX')).toBe(false);
    expect(tCode('label.country', 'AU')).toBe('Australia');
    expect(countryName('ZZ')).toBe('ZZ');
    expect(licenceLabel('ML')).toBe('Mining lease');
    expect(layerTitle('processing')).toBe('Processing & magnets');
    expect(categoryLabel('blocks', 'deferred')).toBe('Decision deferred');
    expect(categoryLabel('blocks', 'imported-status')).toBe('imported-status');
    expect(precisionLabel('district')).toBe('District');
  });

  it('chooses the plural form by count', () => {
    expect(t('about.features', { count: 1 })).toBe('1 feature');
    expect(t('about.features', { count: 75 })).toBe('75 features');
  });

  it('formats with catalogue words, so the pseudo-locale marks them too', () => {
    setLocale('pseudo');
    expect(formatDate('2026-11-21')).toBe('⟦21 ⟦Nov⟧ 2026⟧');
    expect(formatHectares(2016)).toBe('⟦2,016 ha (20.16 km²)⟧');
    expect(layerTitle('blocks')).toBe('⟦Critical-mineral blocks⟧');
  });
});
