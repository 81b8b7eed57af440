/**
 * How the states' names and badges are written where the map's placement put them
 * (src/map/sync/use-state-name-placement.ts): the box placed for a name with its badge under it,
 * and what the style's global state is told (STATE_NAME_PLACES, STATE_BADGE_PLACES). Pure.
 */
import type { NamePlace } from '../domain/name-placement';
import { STATE_BADGE_TEXT, stateNameSizePx } from './basemap-style';

/** A box's size, px. */
export interface BoxSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The box placed for a state's name with its badge written `dropEm` badge ems under the name's
 * centre (none: the name's own box): one box around both, and how far its centre lies below the
 * name's, px. Wherever the box goes, the name goes the same way from its point.
 */
export function withBadge(
  name: BoxSize,
  badge: BoxSize | undefined,
  drop = STATE_BADGE_TEXT.dropEm * STATE_BADGE_TEXT.sizePx,
): BoxSize & { shiftY: number } {
  if (!badge) return { width: name.width, height: name.height, shiftY: 0 };
  const top = Math.min(-name.height / 2, drop - badge.height / 2);
  const bottom = Math.max(name.height / 2, drop + badge.height / 2);
  return { width: Math.max(name.width, badge.width), height: bottom - top, shiftY: (top + bottom) / 2 };
}

/**
 * What the style is told: where each shown name goes (`['center', [dx, dy]]`, its ems), where
 * each shown badge goes (the same, in the badge's ems), and which names are left out.
 */
export interface StateNameLayout {
  places: Record<string, ['center', [number, number]]>;
  badges: Record<string, ['center', [number, number]]>;
  hidden: string[];
}

/** The style's layout of the names (and of the badges of `badged` states) from their places, at `zoom`. */
export function stateNameLayout(
  places: readonly NamePlace[],
  zoom: number,
  badged: ReadonlyMap<string, unknown>,
): StateNameLayout {
  // MapLibre scales a label's offset by its text size as laid out in the tile, evaluated at the
  // tile's zoom + 1 (symbol layout), not by the size it is drawn at: at zoom 3.1 it draws names
  // at 9.1 px but moves them by ems of 10.3 px (measured: offsets came out 13 % long). A badge's
  // size is the same at every zoom.
  const layoutSize = stateNameSizePx(Math.floor(zoom) + 1);
  const ems = (px: number, size: number) => Math.round((px / size) * 100) / 100;
  const b = STATE_BADGE_TEXT;
  const layout: StateNameLayout = { places: {}, badges: {}, hidden: [] };
  for (const p of places) {
    if (p.fit === 'hidden') {
      layout.hidden.push(p.key);
      continue;
    }
    layout.places[p.key] = ['center', [ems(p.dx, layoutSize), ems(p.dy, layoutSize)]];
    if (badged.has(p.key))
      layout.badges[p.key] = ['center', [ems(p.dx, b.sizePx), ems(b.dropEm * b.sizePx + p.dy, b.sizePx)]];
  }
  return layout;
}
