/**
 * Features placed at the very same position (several blocks and finds at one district's
 * centre) are one place on the map, not several: they are drawn as one stacked marker that
 * counts them and opens a list, never spread on an invented ring around the centre.
 */
export interface Positioned {
  readonly id: string;
  readonly coordinates: readonly [number, number];
}

/** A position shared by two or more features, with their ids in input order. */
export interface Colocated {
  /** The position, as `lon,lat` to 5 decimals (about a metre): the stack's stable key. */
  readonly key: string;
  readonly coordinates: readonly [number, number];
  readonly ids: readonly string[];
}

/** The position key of a point: `lon,lat` to 5 decimals. */
export const positionKey = (c: readonly [number, number]): string => `${c[0].toFixed(5)},${c[1].toFixed(5)}`;

/** The positions shared by two or more of `points` (features alone at their position are not listed). */
export function colocatedGroups(points: readonly Positioned[]): Colocated[] {
  const groups = new Map<string, { coordinates: readonly [number, number]; ids: string[] }>();
  for (const p of points) {
    const key = positionKey(p.coordinates);
    const g = groups.get(key);
    if (g) g.ids.push(p.id);
    else groups.set(key, { coordinates: p.coordinates, ids: [p.id] });
  }
  return [...groups].filter(([, g]) => g.ids.length > 1).map(([key, g]) => ({ key, ...g }));
}
