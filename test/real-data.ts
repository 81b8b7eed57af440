/** The real built data (public/data, written by `npm run prepare-data`), for tests that use it as their oracle. */
import { readFileSync } from 'node:fs';
import { LAYER_IDS } from '../src/domain/model/enums';
import type { LayerCollection } from '../src/data/schema';
import type { AtlasData } from '../src/data/load';
import { curatedDatasets } from '../src/data/datasets';

export function realLayers(): AtlasData['layers'] {
  return Object.fromEntries(
    LAYER_IDS.map((l) => [l, JSON.parse(readFileSync(`public/data/${l}.json`, 'utf8')) as LayerCollection]),
  ) as AtlasData['layers'];
}

/** The loaded-data shape the app builds from public/data (layers only; enough for datasets). */
export function realData(): AtlasData {
  return { layers: realLayers() } as AtlasData;
}

export function realDatasets() {
  return curatedDatasets(realData());
}
