/**
 * Reads the built data (public/data/*.json; run `npm run prepare-data` first) into the plain
 * inputs of searchDocsFor. Used by scripts/compare-search.ts and the search tests; the app's own
 * adapter (src/data) can follow the same mapping.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAYER_IDS, type AtlasProps, type LayerCollection, type LayerId } from '../../src/data/schema';
import { STATES } from '../../src/domain/states';
import { MINERALS } from '../../src/domain/minerals';
import type { SearchDocsInput, SearchFeatureInput } from '../../src/domain/search/docs';

/** The companies a feature names, whatever its layer calls them. */
export function companiesOf(p: AtlasProps): string[] {
  const out: string[] = [];
  switch (p.layer) {
    case 'blocks':
      for (const e of p.events) if (e.bidder) out.push(e.bidder);
      break;
    case 'processing':
      if (p.operator) out.push(p.operator);
      break;
    case 'coal-closures':
      out.push(p.company);
      if (p.subsidiary) out.push(p.subsidiary);
      break;
    case 'centres':
      out.push(p.institution);
      break;
    case 'overseas':
      if (p.partner) out.push(p.partner);
      break;
    case 'exploration':
      if (p.agency) out.push(p.agency);
      break;
  }
  return [...new Set(out)];
}

export function featureInput(layer: LayerId, p: AtlasProps): SearchFeatureInput {
  return {
    id: p.id,
    name: p.name,
    aliases: p.aliases ?? [],
    locality: p.locality ?? null,
    district: p.district,
    stateCode: p.state,
    minerals: p.minerals,
    companies: companiesOf(p),
    group: layer,
  };
}

/** Search inputs for every layer of the built data. */
export function readSearchInputs(dataDir = join(process.cwd(), 'public/data')): SearchDocsInput {
  const features: SearchFeatureInput[] = [];
  for (const layer of LAYER_IDS) {
    const file = JSON.parse(readFileSync(join(dataDir, `${layer}.json`), 'utf8')) as LayerCollection;
    for (const f of file.features) features.push(featureInput(layer, f.properties));
  }
  return {
    features,
    states: STATES.map((s) => ({ code: s.code, name: s.name, nameHi: s.nameHi })),
    minerals: MINERALS.map((m) => ({ id: m.id, label: m.label, labelHi: m.labelHi })),
  };
}
