import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  buildSearchIndex,
  companyKey,
  groupHits,
  normalizeText,
  queryTerms,
  searchDocsFor,
  searchIndex,
  tokenize,
  type SearchDoc,
  type SearchFeatureInput,
  type SearchHit,
} from '../../../src/domain/search';
import { MINERALS, mineralLabelHi } from '../../../src/domain/minerals';
import { readSearchInputs } from '../../../scripts/lib/search-inputs';

interface Fixture {
  q: string;
  expect: string[];
  note: string;
}

const DATA_DIR = join(process.cwd(), 'public/data');
if (!existsSync(join(DATA_DIR, 'blocks.json'))) {
  throw new Error('public/data is missing: run `npm run prepare-data` before the search tests');
}
const FIXTURES = JSON.parse(
  readFileSync(join(process.cwd(), 'test/fixtures/search/queries.json'), 'utf8'),
) as Fixture[];

// Built once: the index is immutable, so sharing it between tests cannot leak state.
const REAL_DOCS = searchDocsFor(readSearchInputs(DATA_DIR));
const REAL = buildSearchIndex(REAL_DOCS);

const key = (h: SearchHit) => `${h.doc.kind}:${h.doc.id}`;
const top = (q: string, n = 3) => searchIndex(REAL, q, { limit: n }).map(key);

const feature = (over: Partial<SearchFeatureInput> & { id: string }): SearchFeatureInput => ({
  name: over.id,
  district: null,
  stateCode: null,
  minerals: [],
  companies: [],
  group: 'test',
  ...over,
});

describe('search over the real data: first result per fixture query', () => {
  it.each(FIXTURES)('"$q" ($note)', ({ q, expect: wanted }) => {
    const [first] = top(q, 1);
    expect(wanted).toContain(first);
  });
});

describe('search over the real data: precise expectations', () => {
  it('"katgora" gives the two Katghora features first, the block (alias Kathgora) before the find', () => {
    expect(top('katgora', 2)).toEqual(['feature:blk-katghora', 'feature:exp-katghora']);
  });

  it('"lithum" gives the mineral lithium first, then lithium features', () => {
    const hits = searchIndex(REAL, 'lithum', { limit: 5 });
    expect(key(hits[0]!)).toBe('mineral:lithium');
    expect(hits.slice(1).every((h) => h.doc.kind === 'feature')).toBe(true);
  });

  it('"लिथियम" meets the mineral through its Hindi name (field alt)', () => {
    const [hit] = searchIndex(REAL, 'लिथियम', { limit: 1 });
    expect(key(hit!)).toBe('mineral:lithium');
    expect(hit!.field).toBe('alt');
    expect(hit!.terms).toEqual(['लिथियम']);
  });

  it('"korba" gives the district IN-CG:Korba, labelled with its state', () => {
    const [hit] = searchIndex(REAL, 'korba', { limit: 1 });
    expect(hit!.doc).toMatchObject({ kind: 'district', id: 'IN-CG:Korba', label: 'Korba, Chhattisgarh' });
  });

  it('"coal india" gives the company, not the features it bid for', () => {
    const [hit] = searchIndex(REAL, 'coal india', { limit: 1 });
    expect(hit!.doc).toMatchObject({ kind: 'company', label: 'Coal India Ltd' });
    expect(hit!.field).toBe('label');
  });

  it('word order does not change the ranking', () => {
    expect(top('katghora lithium', 10)).toEqual(top('lithium katghora', 10));
    expect(top('nadu tamil', 5)).toEqual(top('tamil nadu', 5));
  });

  it('case and Latin diacritics do not change the ranking', () => {
    expect(top('ODÍSHA', 10)).toEqual(top('odisha', 10));
  });

  it('an accented query meets the plain word exactly, not as a typo (same score)', () => {
    const [accented] = searchIndex(REAL, 'Odíshá', { limit: 1 });
    const [plain] = searchIndex(REAL, 'odisha', { limit: 1 });
    expect(accented!.terms).toEqual(['odisha']);
    expect(accented!.score).toBe(plain!.score);
  });

  it('the Devanagari state name "ओडिशा" gives Odisha', () => {
    expect(top('ओडिशा', 1)).toEqual(['state:IN-OD']);
  });

  it('type-ahead: every prefix of "katghora" from four letters keeps a Katghora feature first', () => {
    for (let n = 4; n <= 'katghora'.length; n++) {
      expect(top('katghora'.slice(0, n), 1)[0], 'katghora'.slice(0, n)).toMatch(
        /^feature:(blk|exp)-katghora$/,
      );
    }
  });

  it('a query whose words are not all present falls back to any word', () => {
    expect(top('katghora zzzzqqq', 1)[0]).toMatch(/^feature:(blk|exp)-katghora$/);
  });

  it('limit and kinds are respected, hits are best first', () => {
    const hits = searchIndex(REAL, 'graphite', { limit: 4, kinds: ['feature'] });
    expect(hits).toHaveLength(4);
    expect(hits.every((h) => h.doc.kind === 'feature')).toBe(true);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });
});

describe('search: hostile and degenerate queries', () => {
  it.each(['', '   ', '&&& -- ///', '\u0301\u0301'])('%j gives no results', (q) => {
    expect(searchIndex(REAL, q)).toEqual([]);
  });

  it('a 2,000-character query returns quickly without throwing', () => {
    const q = 'lithium katghora '.repeat(120).slice(0, 2000);
    const t0 = performance.now();
    const hits = searchIndex(REAL, q);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(hits[0]!.doc.id).toMatch(/katghora/);
  });

  it('a 2,000-character word returns quickly with nothing', () => {
    const t0 = performance.now();
    expect(searchIndex(REAL, 'x'.repeat(2000))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('<script>alert(1)</script> is just words', () => {
    const hits = searchIndex(REAL, '<script>alert(1)</script>');
    expect(Array.isArray(hits)).toBe(true);
    expect(queryTerms('<script>alert(1)</script>')).toEqual(['script', 'alert', '1']);
  });

  it('queries are cut at 200 characters and 8 distinct words', () => {
    expect(queryTerms('a b c d e f g h i j k')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(queryTerms(`${'y'.repeat(199)} zebra`)).toEqual(['y'.repeat(199)]);
  });

  it('never throws on arbitrary strings, Devanagari and combining marks included', () => {
    const devanagari = fc.constantFrom(...'लिथियमओडशछत्तीसगढ़ज़्ंँ\u0301\u0327 -&<>'.split(''));
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: devanagari, maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: -5, max: 50 }), (q, limit) => {
        const hits = searchIndex(REAL, q, { limit });
        expect(hits.length).toBeLessThanOrEqual(Math.max(0, limit));
        for (const h of hits) expect(Number.isFinite(h.score)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('normalisation', () => {
  it('folds case and Latin diacritics', () => {
    expect(normalizeText('Catamarca Minera y Energética')).toBe('catamarca minera y energetica');
    expect(tokenize('ÖDÍSHÀ')).toEqual(['odisha']);
  });

  it('keeps Devanagari vowel signs and virama (they are combining marks)', () => {
    expect(tokenize('लिथियम')).toEqual(['लिथियम']);
    expect(tokenize('दुर्लभ मृदा तत्व')).toEqual(['दुर्लभ', 'मृदा', 'तत्व']);
    expect(normalizeText('लिथियम')).not.toBe(normalizeText('लथयम'));
  });

  it('folds the nukta and chandrabindu, which many keyboards omit', () => {
    expect(normalizeText('मिज़ोरम')).toBe(normalizeText('मिजोरम'));
    expect(normalizeText('छत्तीसगढ़')).toBe(normalizeText('छत्तीसगढ'));
    expect(normalizeText('धातुएँ')).toBe(normalizeText('धातुएं'));
  });

  it('splits on punctuation and dashes, not inside words', () => {
    expect(tokenize('Kalapathar–Raghudih (G2), Ashok’s')).toEqual(['kalapathar', 'raghudih', 'g2', 'ashoks']);
  });
});

describe('searchDocsFor', () => {
  const docs = (features: SearchFeatureInput[]) =>
    searchDocsFor({
      features,
      states: [{ code: 'IN-CG', name: 'Chhattisgarh', nameHi: 'छत्तीसगढ़' }],
      minerals: [
        { id: 'lithium', label: 'Lithium', labelHi: 'लिथियम' },
        { id: 'ree', label: 'Rare-earth elements', labelHi: 'दुर्लभ मृदा तत्व' },
        { id: 'gold', label: 'Gold', labelHi: 'सोना' },
      ],
    });
  const byKind = (all: SearchDoc[], kind: SearchDoc['kind']) => all.filter((d) => d.kind === kind);

  it('makes one feature doc with aliases and locality as alt, places, minerals, companies as context', () => {
    const [f] = docs([
      feature({
        id: 'blk-katghora',
        name: ' Katghora  Lithium & REE Block ',
        aliases: ['Kathgora'],
        locality: 'Katghora',
        district: 'Korba',
        stateCode: 'IN-CG',
        minerals: ['lithium', 'ree'],
        companies: ['Maiki South Mining Pvt Ltd'],
      }),
    ]);
    expect(f).toEqual({
      kind: 'feature',
      id: 'blk-katghora',
      label: 'Katghora Lithium & REE Block',
      alt: ['Kathgora', 'Katghora'],
      context: [
        'Korba',
        'Chhattisgarh',
        'छत्तीसगढ़',
        'Lithium',
        'लिथियम',
        'Rare-earth elements',
        'दुर्लभ मृदा तत्व',
        'Maiki South Mining Pvt Ltd',
      ],
      group: 'test',
    });
  });

  it('makes one district doc per state and district, and none without a state', () => {
    const all = docs([
      feature({ id: 'a', district: 'Korba', stateCode: 'IN-CG' }),
      feature({ id: 'b', district: 'Korba', stateCode: 'IN-CG' }),
      feature({ id: 'c', district: 'Nowhere', stateCode: null }),
    ]);
    expect(byKind(all, 'district')).toEqual([
      {
        kind: 'district',
        id: 'IN-CG:Korba',
        label: 'Korba, Chhattisgarh',
        alt: ['Korba'],
        context: ['छत्तीसगढ़'],
      },
    ]);
  });

  it('makes mineral docs only for minerals the features name, with the Hindi name and the id as alt', () => {
    const all = docs([feature({ id: 'a', minerals: ['ree', 'lithium'] })]);
    expect(byKind(all, 'mineral')).toEqual([
      { kind: 'mineral', id: 'ree', label: 'Rare-earth elements', alt: ['दुर्लभ मृदा तत्व', 'ree'] },
      { kind: 'mineral', id: 'lithium', label: 'Lithium', alt: ['लिथियम'] },
    ]);
  });

  it('merges company spellings that differ only in case, punctuation, spaces, Ltd/Limited/Pvt/Private', () => {
    const all = docs([
      feature({ id: 'a', companies: ['Coal India Ltd', '  Vedanta   Ltd '] }),
      feature({ id: 'b', companies: ['COAL INDIA LIMITED', 'Vedanta Ltd.', 'CIL'] }),
    ]);
    expect(byKind(all, 'company')).toEqual([
      { kind: 'company', id: 'coal india', label: 'Coal India Ltd', alt: ['COAL INDIA LIMITED'] },
      { kind: 'company', id: 'vedanta', label: 'Vedanta Ltd', alt: ['Vedanta Ltd.'] },
      { kind: 'company', id: 'cil', label: 'CIL', alt: [] },
    ]);
    expect(companyKey('Kundan Gold Mines Pvt. Ltd.')).toBe('kundan gold mines');
  });

  it('on the real data: ids are unique within each kind, and every state is a doc', () => {
    const seen = new Set<string>();
    for (const d of REAL_DOCS) {
      const k = `${d.kind}:${d.id}`;
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
    }
    expect(byKind(REAL_DOCS, 'state')).toHaveLength(36);
  });
});

describe('groupHits', () => {
  const hit = (kind: SearchDoc['kind'], id: string, group?: string): SearchHit => ({
    doc: { kind, id, label: id, ...(group ? { group } : {}) },
    score: 1,
    field: 'label',
    terms: [],
  });

  it('orders features by dataset (best first), then places, minerals, companies, capping each group', () => {
    const hits = [
      hit('mineral', 'lithium'),
      hit('company', 'vedanta'),
      hit('feature', 'e1', 'exploration'),
      hit('district', 'IN-CG:Korba'),
      hit('feature', 'b1', 'blocks'),
      hit('state', 'IN-CG'),
      ...['e2', 'e3', 'e4', 'e5', 'e6'].map((id) => hit('feature', id, 'exploration')),
    ];
    const groups = groupHits(hits, { perGroup: 5 });
    expect(groups.map((g) => [g.kind, g.group, g.hits.map((h) => h.doc.id), g.total])).toEqual([
      ['feature', 'exploration', ['e1', 'e2', 'e3', 'e4', 'e5'], 6],
      ['feature', 'blocks', ['b1'], 1],
      ['place', undefined, ['IN-CG:Korba', 'IN-CG'], 2],
      ['mineral', undefined, ['lithium'], 1],
      ['company', undefined, ['vedanta'], 1],
    ]);
  });

  it('gives no groups for no hits', () => {
    expect(groupHits([])).toEqual([]);
  });
});

describe('Hindi mineral names', () => {
  it('every mineral has a Devanagari labelHi', () => {
    expect(MINERALS).toHaveLength(58);
    for (const m of MINERALS) expect(m.labelHi, m.id).toMatch(/^[\u0900-\u097f][\u0900-\u097f /]*$/);
  });

  it('mineralLabelHi gives the Hindi name, or the id when unknown', () => {
    expect(mineralLabelHi('lithium')).toBe('लिथियम');
    expect(mineralLabelHi('ree')).toBe('दुर्लभ मृदा तत्व');
    expect(mineralLabelHi('unobtainium')).toBe('unobtainium');
  });
});
