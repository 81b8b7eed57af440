// @vitest-environment node
/**
 * src/domain/data-health.ts: the table must equal counts taken directly over geodata/, and behave on
 * small made-up layers (empty layer, partial dates, unknown precision).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KNOWN_GAPS,
  assessDataHealth,
  dataHealthMarkdown,
  layerHealth,
  type HealthFeature,
} from '../../../src/domain/data-health';
import { LAYER_IDS, PRECISIONS } from '../../../src/domain/model/enums';

const ROOT = join(__dirname, '..', '..', '..');

interface RawFeature {
  properties: { precision: string; sources: { date: string }[]; flags?: string[] };
}

function readLayer(layer: string): RawFeature[] {
  return (
    JSON.parse(readFileSync(join(ROOT, 'geodata', `${layer}.geojson`), 'utf8')) as { features: RawFeature[] }
  ).features;
}

describe('data health over geodata/', () => {
  const layers = LAYER_IDS.map((layer) => ({ layer, features: readLayer(layer) }));
  const health = assessDataHealth(layers);

  it.each(LAYER_IDS)('%s: counts, precisions, source dates and flags equal direct counts', (layer) => {
    const features = readLayer(layer);
    const h = health.layers.find((l) => l.layer === layer)!;
    expect(h.count).toBe(features.length);
    for (const p of PRECISIONS) {
      expect(h.byPrecision[p]).toBe(features.filter((f) => f.properties.precision === p).length);
    }
    const dates = features.flatMap((f) => f.properties.sources.map((s) => s.date)).sort();
    expect(h.oldestSourceDate).toBe(dates[0]);
    expect(h.newestSourceDate).toBe(dates[dates.length - 1]);
    const flagged = features.filter((f) => (f.properties.flags ?? []).length > 0).length;
    expect(h.flagged).toBe(flagged);
    expect(h.flaggedShare).toBeCloseTo(flagged / features.length, 12);
  });

  it('lists every layer once, in order, and the fixed gaps', () => {
    expect(health.layers.map((l) => l.layer)).toEqual([...LAYER_IDS]);
    expect(health.knownGaps).toBe(KNOWN_GAPS);
    expect(KNOWN_GAPS.map((g) => g.missing)).toEqual([
      'Tranche VIII block names',
      'the list of the 143 coal mines to close by 2028',
      "GSI's project list",
    ]);
    for (const g of KNOWN_GAPS) expect(g.reason.length).toBeGreaterThan(10);
  });

  it('is what README.md shows between the data-health markers (run scripts/data-health-readme.ts)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('<!-- data-health:start -->'),
      readme.indexOf('<!-- data-health:end -->'),
    );
    const squash = (s: string) => s.replace(/[ -]+/g, ' ').replace(/\s+/g, ' ').trim();
    for (const row of dataHealthMarkdown(health)
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.includes('---'))) {
      expect(squash(section)).toContain(squash(row));
    }
  });
});

describe('layerHealth', () => {
  const f = (precision: string, dates: string[], flags?: string[]): HealthFeature => ({
    properties: { precision, sources: dates.map((date) => ({ date })), ...(flags ? { flags } : {}) },
  });

  it('orders partial dates and counts flags', () => {
    const h = layerHealth({
      layer: 'blocks',
      features: [
        f('state', ['2024', '2025-03-01']),
        f('district', ['2023-11'], ['uncertain']),
        f('district', ['2024-06'], []),
      ],
    });
    expect(h.oldestSourceDate).toBe('2023-11');
    expect(h.newestSourceDate).toBe('2025-03-01');
    expect(h.byPrecision).toEqual({ site: 0, locality: 0, district: 2, state: 1, country: 0 });
    expect(h.flagged).toBe(1);
    expect(h.flaggedShare).toBeCloseTo(1 / 3, 12);
  });

  it('gives nulls and zero share for an empty layer', () => {
    const h = layerHealth({ layer: 'centres', features: [] });
    expect(h).toMatchObject({
      count: 0,
      newestSourceDate: null,
      oldestSourceDate: null,
      flagged: 0,
      flaggedShare: 0,
    });
  });
});
