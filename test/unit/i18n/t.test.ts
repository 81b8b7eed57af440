import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { hi } from '../../../src/i18n/hi';
import { setLocale, t } from '../../../src/i18n/t';

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
});
