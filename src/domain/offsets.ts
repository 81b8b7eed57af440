/**
 * Points that share a position (several blocks at one district centre) are spread on a small
 * ring for display only: their coordinates stay exactly where the data puts them.
 */
export interface Positioned {
  key: string;
  coordinates: readonly [number, number];
}

/**
 * Display offsets in icon units, keyed by `key`; points alone at their position get none.
 * `radius` is the ring radius for two points; larger groups get a proportionally wider ring.
 */
export function displayOffsets(points: readonly Positioned[], radius = 30): Map<string, [number, number]> {
  const groups = new Map<string, string[]>();
  for (const p of points) {
    const at = `${p.coordinates[0].toFixed(5)},${p.coordinates[1].toFixed(5)}`;
    const g = groups.get(at);
    if (g) g.push(p.key);
    else groups.set(at, [p.key]);
  }
  const out = new Map<string, [number, number]>();
  for (const keys of groups.values()) {
    if (keys.length < 2) continue;
    const r = radius * Math.max(1, keys.length / 6);
    keys.forEach((k, i) => {
      const a = -Math.PI / 2 + (i * 2 * Math.PI) / keys.length;
      out.set(k, [Math.round(r * Math.cos(a) * 10) / 10, Math.round(r * Math.sin(a) * 10) / 10]);
    });
  }
  return out;
}
