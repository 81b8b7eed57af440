// @vitest-environment node
/**
 * Every rule of scripts/lib/validate.ts on the real geodata/, with the real gazetteer: the data
 * the app ships must have zero problems. Fails (listing the first problems) until it does.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../scripts/build-data';
import { featuresOf, formatProblem, validateDataset, type Problem } from '../../../scripts/lib/validate';
import { LAYER_IDS } from '../../../src/data/schema';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('geodata/', () => {
  it('passes every rule of the data build', { timeout: 60_000 }, () => {
    const inputs = loadInputs({ root: ROOT, geodataDir: join(ROOT, 'geodata') });
    const problems: Problem[] = [
      ...inputs.missing.map((file) => ({ file, id: null, field: '(file)', message: 'required but missing' })),
      ...inputs.problems,
      ...validateDataset(inputs.ds),
    ];
    const lines = problems.map(formatProblem);
    const shown =
      lines.slice(0, 60).join('\n') + (lines.length > 60 ? `\n… and ${lines.length - 60} more` : '');
    expect(lines.length, `${lines.length} problem(s) in geodata/:\n${shown}`).toBe(0);
    // Zero problems means nothing if there is nothing to check: every layer must hold features.
    expect(inputs.ds.layers.map((l) => l.layer).sort()).toEqual([...LAYER_IDS].sort());
    for (const l of inputs.ds.layers) expect(featuresOf(l).length, l.file).toBeGreaterThan(0);
  });
});
