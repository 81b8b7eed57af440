/**
 * Rewrites the data-health section of README.md (between `<!-- data-health:start -->` and
 * `<!-- data-health:end -->`) from geodata/, with src/domain/data-health.ts, formatted with the
 * project's Prettier settings so `prettier --check` stays green.
 *
 *   npx tsx scripts/data-health-readme.ts           # rewrite README.md
 *   npx tsx scripts/data-health-readme.ts --check   # exit 1 if README.md is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { LAYER_IDS } from '../src/domain/model/enums';
import { assessDataHealth, dataHealthMarkdown, type HealthFeature } from '../src/domain/data-health';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- data-health:start -->';
const END = '<!-- data-health:end -->';

/** README text with the section between the markers replaced; throws when the markers are missing. */
export function replaceSection(readme: string, body: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${START} ... ${END} markers`);
  return `${readme.slice(0, a + START.length)}\n\n${body}\n\n${readme.slice(b)}`;
}

async function main(argv: readonly string[]): Promise<number> {
  const layers = LAYER_IDS.map((layer) => {
    const data = JSON.parse(readFileSync(join(ROOT, 'geodata', `${layer}.geojson`), 'utf8')) as {
      features: HealthFeature[];
    };
    return { layer, features: data.features };
  });
  const body =
    '_Generated from `geodata/` by `npx tsx scripts/data-health-readme.ts`; the data build prints the same table._\n\n' +
    dataHealthMarkdown(assessDataHealth(layers));
  const path = join(ROOT, 'README.md');
  const before = readFileSync(path, 'utf8');
  const options = (await prettier.resolveConfig(path)) ?? {};
  const after = await prettier.format(replaceSection(before, body), { ...options, filepath: path });
  if (argv.includes('--check')) {
    if (after !== before) {
      console.error(
        'README.md data-health section is out of date: run npx tsx scripts/data-health-readme.ts',
      );
      return 1;
    }
    console.log('README.md data-health section is up to date.');
    return 0;
  }
  writeFileSync(path, after);
  console.log(after === before ? 'README.md unchanged.' : 'README.md data-health section rewritten.');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
