import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { safeHttpUrl } from '../../../src/domain/safe-url';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://pib.gov.in/PressReleasePage.aspx?PRID=2002706')).toBe(
      'https://pib.gov.in/PressReleasePage.aspx?PRID=2002706',
    );
    expect(safeHttpUrl(' http://example.org/a ')).toBe('http://example.org/a');
  });
  it('refuses every other scheme and non-URLs', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '/relative',
      '',
      'ftp://x.org',
      42,
      null,
    ]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });
  it('never returns anything but an http(s) URL, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constant('javascript:void(0)')), (s) => {
        const r = safeHttpUrl(s);
        return r === null || r.startsWith('http://') || r.startsWith('https://');
      }),
    );
  });
});
