/**
 * The map as a PNG: the map's own pixels with its legend (the shown layers' colours and names),
 * a scale bar, the attribution, the licence and the data's as-of date drawn in with a 2D canvas,
 * at the map's size. Drawing happens here, in the UI; the pixels come from src/map through the
 * commands (`captureMap`), the scale from the pure `scaleBar`.
 */
import type { Dataset } from '../../data/datasets';
import type { MapSnapshot } from '../../commands/registry';
import type { FilterSpec } from '../../domain/filter/spec';
import { filteredIndexes } from '../../state/selectors/filtered';
import { SYMBOLOGY, categoryLabel, type Shape, type Theme } from '../../domain/symbology';
import { shapePath } from '../../domain/shape-path';
import { scaleBar } from '../../domain/export/scale-bar';
import { t } from '../../i18n';
import { datasetLabel } from '../dataset-label';

export interface LegendEntry {
  readonly title: string;
  readonly shape: Shape;
  readonly items: readonly { readonly label: string; readonly color: string }[];
}

/** The legend of the shown datasets: the categories of the features the filter lets through. */
export function legendEntries(
  datasets: readonly Dataset[],
  hiddenLayers: readonly string[],
  filters: FilterSpec,
  theme: Theme,
): LegendEntry[] {
  return datasets
    .filter((ds) => !hiddenLayers.includes(ds.id))
    .map((ds) => {
      const sym = SYMBOLOGY[ds.layer];
      const field = ds.categoryField;
      const shown = Array.from(filteredIndexes(ds, filters), (i) => ds.rows[i]!);
      const onMap = new Set(field ? shown.map((r) => String(r.values[field])) : []);
      const cats = field
        ? sym.categories.filter((c) => onMap.has(c.value))
        : sym.categories.slice(0, shown.length > 0 ? 1 : 0);
      return {
        title: datasetLabel(ds),
        shape: sym.shape,
        items: cats.map((c) => ({
          label: field ? categoryLabel(ds.layer, c.value) : datasetLabel(ds),
          color: c.color[theme],
        })),
      };
    })
    .filter((e) => e.items.length > 0);
}

const FONT = '"Noto Sans", "Noto Sans Devanagari", system-ui, sans-serif';
const INK = { light: '#1b1b1b', dark: '#f2f2f2' };
const PAPER = { light: 'rgba(255,255,255,0.9)', dark: 'rgba(20,22,26,0.88)' };

/** Lines of `text` no wider than `width` (words kept whole). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function drawLegend(ctx: CanvasRenderingContext2D, entries: readonly LegendEntry[], h: number, theme: Theme) {
  const pad = 8,
    row = 17,
    sw = 14,
    maxRows = Math.max(3, Math.floor((h * 0.6) / row));
  const lines: (
    { kind: 'title'; text: string } | { kind: 'item'; text: string; color: string; shape: Shape }
  )[] = [{ kind: 'title', text: t('app.name') }];
  for (const e of entries) {
    lines.push({ kind: 'title', text: e.title });
    for (const it of e.items) lines.push({ kind: 'item', text: it.label, color: it.color, shape: e.shape });
  }
  const shown = lines.length > maxRows ? lines.slice(0, maxRows - 1) : lines;
  const more = lines.length - shown.length;
  if (more > 0) shown.push({ kind: 'title', text: t('export.png.more', { count: more }) });
  const fontOf = (k: string) => `${k === 'title' ? '600 ' : ''}12px ${FONT}`;
  let width = 0;
  for (const l of shown) {
    ctx.font = fontOf(l.kind);
    width = Math.max(width, ctx.measureText(l.text).width + (l.kind === 'item' ? sw + 6 : 0));
  }
  ctx.fillStyle = PAPER[theme];
  ctx.fillRect(pad, pad, width + 2 * pad, shown.length * row + pad);
  shown.forEach((l, i) => {
    const y = pad + pad / 2 + i * row;
    let x = 2 * pad;
    if (l.kind === 'item') {
      ctx.save();
      ctx.translate(x, y + 1);
      ctx.fillStyle = l.color;
      ctx.strokeStyle = INK[theme];
      ctx.lineWidth = 0.75;
      const p = new Path2D(shapePath(l.shape, sw));
      ctx.fill(p);
      ctx.stroke(p);
      ctx.restore();
      x += sw + 6;
    }
    ctx.font = fontOf(l.kind);
    ctx.fillStyle = INK[theme];
    ctx.textBaseline = 'top';
    ctx.fillText(l.text, x, y + 2);
  });
}

/** The footer's lines: as-of date and licence, then the map's attribution. */
function drawFooter(
  ctx: CanvasRenderingContext2D,
  texts: readonly string[],
  w: number,
  h: number,
  theme: Theme,
) {
  ctx.font = `11px ${FONT}`;
  const lines = texts.flatMap((s) => wrap(ctx, s, w - 16));
  const lh = 14,
    height = lines.length * lh + 8;
  ctx.fillStyle = PAPER[theme];
  ctx.fillRect(0, h - height, w, height);
  ctx.fillStyle = INK[theme];
  ctx.textBaseline = 'top';
  lines.forEach((l, i) => ctx.fillText(l, 8, h - height + 4 + i * lh));
  return height;
}

function drawScale(ctx: CanvasRenderingContext2D, metresPerPx: number, bottom: number, theme: Theme) {
  const bar = scaleBar(metresPerPx, 120);
  if (!bar) return;
  const x = 12,
    y = bottom - 14;
  ctx.fillStyle = PAPER[theme];
  ctx.fillRect(x - 4, y - 16, bar.px + 8, 24);
  ctx.strokeStyle = INK[theme];
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x, y - 5);
  ctx.lineTo(x, y);
  ctx.lineTo(x + bar.px, y);
  ctx.lineTo(x + bar.px, y - 5);
  ctx.stroke();
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = INK[theme];
  ctx.textBaseline = 'bottom';
  ctx.fillText(bar.label, x + 3, y - 3);
}

/** The composed image as a canvas of the map canvas's size. */
export function composeMapImage(
  snap: MapSnapshot,
  opts: { legend: readonly LegendEntry[]; asOf: string | null; licence: string; theme: Theme },
): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = snap.canvas.width;
  out.height = snap.canvas.height;
  const ctx = out.getContext('2d');
  if (!ctx) return out;
  ctx.drawImage(snap.canvas, 0, 0);
  const r = snap.pixelRatio || 1;
  ctx.scale(r, r);
  const w = out.width / r,
    h = out.height / r;
  drawLegend(ctx, opts.legend, h, opts.theme);
  const footer = drawFooter(
    ctx,
    [
      [opts.asOf ? t('export.png.asOf', { date: opts.asOf }) : '', opts.licence].filter(Boolean).join(' '),
      t('export.png.attribution', { text: snap.attribution }),
      t('boundary.note'),
    ],
    w,
    h,
    opts.theme,
  );
  drawScale(ctx, snap.metresPerCssPx, h - footer - 4, opts.theme);
  return out;
}

/** The canvas as PNG bytes. */
export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
