/**
 * The size of a state's name as the map writes it (src/map/basemap-style.ts: English over Hindi,
 * semibold, in the lines the data gives: the map never breaks a name itself), for placing it
 * clear of the data. Each grapheme's advance is measured once at MapLibre's 24 px em in the
 * page's copy of the same Noto faces, and scaled, as MapLibre lays out glyphs (it does not kern).
 */
import { STATE_NAME_TEXT } from './basemap-style';

/** MapLibre lays glyphs out at this size and scales them (ONE_EM). */
const EM_PX = 24;

/** A grapheme's advance in px at EM_PX. */
export type MeasureGrapheme = (grapheme: string) => number;

const FONT = `600 ${EM_PX}px "Noto Sans", "Noto Sans Devanagari", sans-serif`;
const advances = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** A grapheme's advance from a 2D canvas in the names' font (0.6 em where there is no canvas). */
export const canvasAdvance: MeasureGrapheme = (g) => {
  let a = advances.get(g);
  if (a !== undefined) return a;
  if (context === undefined)
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) {
    context.font = FONT;
    a = context.measureText(g).width;
  } else a = 0.6 * EM_PX;
  advances.set(g, a);
  return a;
};

/**
 * Loads the names' faces into the page (the semibold Devanagari one is used nowhere else), then
 * forgets advances measured before in a fallback font. Resolves either way.
 */
export async function loadNameFonts(): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  await Promise.all([
    document.fonts.load(`600 ${EM_PX}px "Noto Sans"`, 'A'),
    document.fonts.load(`600 ${EM_PX}px "Noto Sans Devanagari"`, 'क'),
  ]).catch(() => undefined);
  advances.clear();
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A line's graphemes (names are few: each is split once). */
const graphemesOf = new Map<string, string[]>();

/** A line's width at EM_PX: the sum of its graphemes' advances. */
export function lineWidth(line: string, measure: MeasureGrapheme): number {
  let gs = graphemesOf.get(line);
  if (!gs) graphemesOf.set(line, (gs = [...segmenter.segment(line)].map((s) => s.segment)));
  let w = 0;
  for (const g of gs) w += measure(g);
  return w;
}

/**
 * The box (px) of a state's name at a text size: its English lines over its Hindi ones (smaller),
 * plus the padding and halo around them.
 */
export function stateNameBox(
  name: string,
  nameHi: string,
  sizePx: number,
  measure: MeasureGrapheme = canvasAdvance,
): { width: number; height: number } {
  const t = STATE_NAME_TEXT;
  const lines = [
    ...name.split('\n').map((text) => ({ text, scale: 1 })),
    ...(nameHi ? nameHi.split('\n').map((text) => ({ text, scale: t.hindiScale })) : []),
  ];
  const k = sizePx / EM_PX;
  let width = 0;
  let height = 0;
  for (const { text, scale } of lines) {
    width = Math.max(width, lineWidth(text, measure) * scale * k);
    height += t.lineHeightEm * scale * sizePx;
  }
  const edge = 2 * (t.paddingPx + t.haloPx);
  return { width: width + edge, height: height + edge };
}

/**
 * The box (px) of a text in the names' face at a size, in the lines it is given (the map is told
 * never to break it itself), plus its padding and halo: a state's badge ("12 known only to
 * Odisha"), which the placement moves with the state's name.
 */
export function textBox(
  text: string,
  sizePx: number,
  edge: { paddingPx: number; haloPx: number; lineHeightEm: number },
  measure: MeasureGrapheme = canvasAdvance,
): { width: number; height: number } {
  const lines = text.split('\n');
  const pad = 2 * (edge.paddingPx + edge.haloPx);
  return {
    width: (Math.max(...lines.map((l) => lineWidth(l, measure))) * sizePx) / EM_PX + pad,
    height: lines.length * edge.lineHeightEm * sizePx + pad,
  };
}
