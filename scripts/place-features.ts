/**
 * Places every feature whose precision is not 'site' at the point the gazetteer gives for it, and writes
 * the matching sentence to properties.locationBasis (see expectedPlacement in scripts/lib/gazetteer.ts).
 * 'site' features are authored by hand and left untouched.
 *
 *   npx tsx scripts/place-features.ts           rewrite geodata/<layer>.geojson in place (idempotent)
 *   npx tsx scripts/place-features.ts --check   change nothing; exit 1 listing every feature out of place
 *
 * A feature that cannot be placed fails the run (exit 1) with file, feature id and reason, and its file
 * is not written. Files are written as JSON.stringify(x, null, 2) passed through the repository's
 * prettier settings, so that `prettier --check` agrees with them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { expectedPlacement, loadGazetteer, type Gazetteer, type PlacementProps } from './lib/gazetteer';

const LAYERS = ['blocks', 'exploration', 'processing', 'coal-closures', 'centres', 'overseas'] as const;

interface Feature {
  type: string;
  id?: string | number;
  geometry: { type: string; coordinates: unknown } | null;
  properties: PlacementProps & { id?: string; locationBasis?: string; [key: string]: unknown };
}

interface Collection {
  type: string;
  features: Feature[];
  [key: string]: unknown;
}

export interface FileOutcome {
  file: string;
  changed: number;
  errors: string[];
  mismatches: string[];
  collection: Collection;
}

const sameCoordinates = (a: unknown, b: [number, number]) =>
  Array.isArray(a) && a.length === 2 && a[0] === b[0] && a[1] === b[1];

/** Applies expectedPlacement to one collection in memory; reports errors and (for --check) mismatches. */
export function placeCollection(file: string, collection: Collection, gazetteer: Gazetteer): FileOutcome {
  const outcome: FileOutcome = { file, changed: 0, errors: [], mismatches: [], collection };
  if (!Array.isArray(collection.features)) {
    outcome.errors.push(`${file}: not a FeatureCollection with a features array`);
    return outcome;
  }
  collection.features.forEach((feature, i) => {
    const label = `${file} feature ${feature.properties?.id ?? feature.id ?? `#${i}`}`;
    if (!feature.properties || typeof feature.properties !== 'object') {
      outcome.errors.push(`${label}: no properties`);
      return;
    }
    const placement = expectedPlacement(feature.properties, gazetteer);
    if (placement === null) return;
    if ('error' in placement) {
      outcome.errors.push(`${label}: ${placement.error}`);
      return;
    }
    const geometryOk =
      feature.geometry?.type === 'Point' &&
      sameCoordinates(feature.geometry.coordinates, placement.coordinates);
    const basisOk = feature.properties.locationBasis === placement.basis;
    if (geometryOk && basisOk) return;
    outcome.mismatches.push(
      `${label}: ` +
        [
          geometryOk
            ? null
            : `geometry ${JSON.stringify(feature.geometry?.coordinates ?? null)} should be ${JSON.stringify(placement.coordinates)}`,
          basisOk ? null : `locationBasis should be ${JSON.stringify(placement.basis)}`,
        ]
          .filter(Boolean)
          .join('; '),
    );
    feature.geometry = { type: 'Point', coordinates: placement.coordinates };
    feature.properties.locationBasis = placement.basis;
    outcome.changed++;
  });
  return outcome;
}

async function format(text: string, filepath: string): Promise<string> {
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath, parser: 'json' });
}

async function main() {
  const check = process.argv.includes('--check');
  const root = process.cwd();
  const gazetteer = loadGazetteer(root);
  let failed = false;
  for (const layer of LAYERS) {
    const rel = `geodata/${layer}.geojson`;
    const path = join(root, rel);
    if (!existsSync(path)) continue;
    let collection: Collection;
    try {
      collection = JSON.parse(readFileSync(path, 'utf8')) as Collection;
    } catch (e) {
      console.error(`${rel}: cannot parse: ${(e as Error).message}`);
      failed = true;
      continue;
    }
    const outcome = placeCollection(rel, collection, gazetteer);
    if (outcome.errors.length > 0) {
      failed = true;
      for (const e of outcome.errors) console.error(`ERROR ${e}`);
      console.error(`${rel}: not written (${outcome.errors.length} feature(s) cannot be placed).`);
      continue;
    }
    if (check) {
      if (outcome.mismatches.length > 0) {
        failed = true;
        for (const m of outcome.mismatches) console.error(`MISMATCH ${m}`);
      } else {
        console.log(`${rel}: ${collection.features.length} features, all placed as the gazetteer says.`);
      }
      continue;
    }
    const before = readFileSync(path, 'utf8');
    const after = await format(JSON.stringify(outcome.collection, null, 2), path);
    if (after !== before) writeFileSync(path, after);
    console.log(`${rel}: ${outcome.changed} feature(s) placed${after !== before ? '' : ', file unchanged'}.`);
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
