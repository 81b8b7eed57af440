import type { StyleSpecification } from 'maplibre-gl';

/** The text-font stacks the style uses; each maps to bundled Noto files via `font-faces`. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
const LATIN_EXT = [
  'U+0100-02BA',
  'U+02BD-02C5',
  'U+02C7-02CC',
  'U+02CE-02D7',
  'U+02DD-02FF',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+1D00-1DBF',
  'U+1E00-1E9F',
  'U+1EF2-1EFF',
  'U+2020',
  'U+20A0-20AB',
  'U+20AD-20C0',
  'U+2113',
  'U+2C60-2C7F',
  'U+A720-A7FF',
];
const DEVANAGARI = [
  'U+0900-097F',
  'U+1CD0-1CF9',
  'U+200C-200D',
  'U+20A8',
  'U+20B9',
  'U+20F0',
  'U+25CC',
  'U+A830-A839',
  'U+A8E0-A8FF',
  'U+11B00-11B09',
];

/**
 * `font-faces` for the style: the woff2 files copied from @fontsource by scripts/copy-fonts.ts
 * into public/fonts/, so labels render identically on every machine and nothing is fetched
 * from another host.
 */
export function fontFaces(baseUrl: string): NonNullable<StyleSpecification['font-faces']> {
  const f = (file: string, ranges: string[]) => ({ url: `${baseUrl}fonts/${file}`, 'unicode-range': ranges });
  return {
    [FONT_REGULAR]: [
      f('noto-sans-latin-400-normal.woff2', LATIN),
      f('noto-sans-latin-ext-400-normal.woff2', LATIN_EXT),
      f('noto-sans-devanagari-devanagari-400-normal.woff2', DEVANAGARI),
    ],
    [FONT_BOLD]: [
      f('noto-sans-latin-600-normal.woff2', LATIN),
      f('noto-sans-latin-ext-600-normal.woff2', LATIN_EXT),
      f('noto-sans-devanagari-devanagari-600-normal.woff2', DEVANAGARI),
    ],
  };
}
