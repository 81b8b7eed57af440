/**
 * Compares the two search candidates, MiniSearch (as configured in src/domain/search) and uFuzzy,
 * on our real names and the fixture queries of test/fixtures/search/queries.json: hit@1, hit@3,
 * build and query time. Then both on synthetic features at scale.
 *
 *   npm run prepare-data && npx tsx scripts/compare-search.ts [--scale 100000]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import uFuzzy from '@leeoniya/ufuzzy';
import { readSearchInputs } from './lib/search-inputs';
import { searchDocsFor, type SearchFeatureInput } from '../src/domain/search/docs';
import { buildSearchIndex, searchIndex } from '../src/domain/search/search-index';
import { normalizeText } from '../src/domain/search/normalize';
import type { SearchDoc } from '../src/domain/search/types';

interface Fixture {
  q: string;
  expect: string[];
  note: string;
}

interface Engine {
  name: string;
  build(docs: readonly SearchDoc[]): (q: string) => SearchDoc[];
}

const miniSearch: Engine = {
  name: 'MiniSearch',
  build(docs) {
    const index = buildSearchIndex(docs);
    return (q) => searchIndex(index, q, { limit: 10 }).map((h) => h.doc);
  },
};

/** uFuzzy as its README sets it up for Unicode, with marks counted as letters, one error per term. */
const ufuzzy: Engine = {
  name: 'uFuzzy',
  build(docs) {
    const haystack: string[] = [];
    const owner: number[] = [];
    docs.forEach((d, i) => {
      for (const s of [d.label, ...(d.alt ?? []), (d.context ?? []).join(' ')]) {
        if (!s) continue;
        haystack.push(normalizeText(s));
        owner.push(i);
      }
    });
    const uf = new uFuzzy({
      unicode: true,
      interSplit: "[^\\p{L}\\p{M}\\p{N}']+",
      intraSplit: '\\p{Ll}\\p{Lu}',
      intraBound: '\\p{L}\\d|\\d\\p{L}|\\p{Ll}\\p{Lu}',
      intraChars: "[\\p{L}\\p{M}\\p{N}']",
      intraContr: "'\\p{L}{1,2}\\b",
      intraMode: 1,
      intraIns: 1,
    });
    return (q) => {
      const [idxs, info, order] = uf.search(haystack, normalizeText(q.slice(0, 200)), 1);
      const ranked = order && info ? order.map((o) => info.idx[o]!) : (idxs ?? []);
      const out: SearchDoc[] = [];
      const seen = new Set<number>();
      for (const h of ranked) {
        const i = owner[h]!;
        if (seen.has(i)) continue;
        seen.add(i);
        out.push(docs[i]!);
        if (out.length === 10) break;
      }
      return out;
    };
  },
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

const key = (d: SearchDoc) => `${d.kind}:${d.id}`;

function quality(engine: Engine, docs: readonly SearchDoc[], fixtures: readonly Fixture[]) {
  const builds: number[] = [];
  const queries: number[] = [];
  let search: (q: string) => SearchDoc[] = () => [];
  for (let run = 0; run < 5; run++) {
    const [s, tb] = time(() => engine.build(docs));
    search = s;
    builds.push(tb);
    queries.push(time(() => fixtures.forEach((f) => search(f.q)))[1]);
  }
  let at1 = 0;
  let at3 = 0;
  const misses: string[] = [];
  for (const f of fixtures) {
    const top = search(f.q).slice(0, 3).map(key);
    if (top[0] && f.expect.includes(top[0])) at1++;
    else misses.push(`${f.q} -> ${top[0] ?? '(nothing)'}`);
    if (top.some((k) => f.expect.includes(k))) at3++;
  }
  return { at1, at3, buildMs: median(builds), queriesMs: median(queries), misses };
}

/** Deterministic synthetic features built from our own words, for timing at scale. */
function syntheticFeatures(n: number, real: readonly SearchFeatureInput[]): SearchFeatureInput[] {
  const words = [...new Set(real.flatMap((f) => f.name.split(/\s+/)).filter((w) => /^\p{L}{3,}$/u.test(w)))];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) as number;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const base = pick(real);
    return {
      ...base,
      id: `syn-${i}`,
      name: `${pick(words)} ${pick(words)} ${pick(words)} ${i}`,
      group: 'synthetic',
    };
  });
}

const fixtures = JSON.parse(
  readFileSync(join(process.cwd(), 'test/fixtures/search/queries.json'), 'utf8'),
) as Fixture[];
const inputs = readSearchInputs();
const docs = searchDocsFor(inputs);
console.log(`${docs.length} documents from the real data, ${fixtures.length} fixture queries\n`);
console.log('engine      hit@1   hit@3   build ms   all queries ms');
for (const engine of [miniSearch, ufuzzy]) {
  const r = quality(engine, docs, fixtures);
  console.log(
    `${engine.name.padEnd(10)}  ${`${r.at1}/${fixtures.length}`.padEnd(6)}  ${`${r.at3}/${fixtures.length}`.padEnd(6)}  ${r.buildMs.toFixed(1).padStart(8)}   ${r.queriesMs.toFixed(1).padStart(8)}`,
  );
  for (const m of r.misses) console.log(`            miss: ${m}`);
}

const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 100_000;
if (scale > 0) {
  const big = searchDocsFor({
    ...inputs,
    features: [...inputs.features, ...syntheticFeatures(scale, inputs.features)],
  });
  const probes = ['katgora', 'lithium katghora', 'chattisgarh', 'k', 'लिथियम', 'x'.repeat(2000)];
  console.log(`\n${big.length} documents (${scale} synthetic features)`);
  for (const engine of [miniSearch, ufuzzy]) {
    const [search, tb] = time(() => engine.build(big));
    const per = probes.map((q) => `${q.slice(0, 16)} ${time(() => search(q))[1].toFixed(0)}`);
    console.log(`${engine.name.padEnd(10)}  build ${tb.toFixed(0)} ms; query ms: ${per.join(', ')}`);
  }
}
