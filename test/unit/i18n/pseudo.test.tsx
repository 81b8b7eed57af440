/**
 * The pseudo-locale wraps every catalogue message in ⟦…⟧. Rendered under it, a component may
 * show only wrapped text and data values (names, sources, notes from the geodata): any other
 * word of three or more letters is interface text that bypassed the catalogue.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { act, cleanup, render } from '@testing-library/react';
import { setLocale } from '../../../src/i18n';
import { tRich } from '../../../src/i18n/rich';
import { FeatureCard } from '../../../src/ui/FeatureCard';
import { AboutDialog } from '../../../src/ui/AboutDialog';
import { KeyFigures } from '../../../src/ui/KeyFigures';
import { placeOf } from '../../../src/domain/places';
import { mineralLabel } from '../../../src/domain/minerals';
import { setDataStatus } from '../../../src/data/registry';
import { useAppStore } from '../../../src/state/store';
import { LAYER_IDS, type LayerCollection, type LayerId } from '../../../src/data/schema';
import type { AtlasData } from '../../../src/data/load';
import { curatedDatasets } from '../../../src/data/datasets';
import { MINERALS } from '../../../src/domain/minerals';
import { STATES } from '../../../src/domain/states';
import { Legend } from '../../../src/ui/Legend';
import { FilterPanel } from '../../../src/ui/filters/FilterPanel';
import { FilterChips } from '../../../src/ui/filters/FilterChips';
import { PanelTabs } from '../../../src/ui/PanelTabs';
import { SearchBox } from '../../../src/ui/search/SearchBox';
import { ResultsTable } from '../../../src/ui/table/ResultsTable';

const json = <T,>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;

function realData(): AtlasData {
  const manifest = json<AtlasData['manifest']>('manifest.json');
  const layers = Object.fromEntries(
    LAYER_IDS.map((id) => [id, json<LayerCollection>(manifest.layers.find((l) => l.id === id)!.file)]),
  ) as Record<LayerId, LayerCollection>;
  return { manifest, layers, facts: json<AtlasData['facts']>('facts.json'), states: [], districts: [] };
}

/**
 * Fields that hold codes ("awarded", "IN-JH", "CL") or addresses: the interface must put them
 * into words (or not show them), so they do not count as data it may show as they are.
 */
const CODE_FIELDS = new Set([
  'id',
  'layer',
  'status',
  'precision',
  'blockKind',
  'licence',
  'type',
  'reason',
  'flags',
  'minerals',
  'state',
  'stage',
  'kind',
  'closureStatus',
  'mineType',
  'country',
  'group',
  'url',
  'file',
  'date',
  'asOf',
]);

/** Every string in a data value, however deep, but codes: what the interface may show untranslated. */
function dataStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) dataStrings(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!CODE_FIELDS.has(k)) dataStrings(v, out);
  return out;
}

/** Drops catalogue text (⟦…⟧, nested or not), then the data strings; returns the words left. */
function untranslated(text: string, data: Set<string>): string[] {
  let rest = text;
  for (let prev = ''; prev !== rest;) {
    prev = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  // Longest first, so a name that contains a shorter data string goes whole.
  for (const d of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(d).join(' ');
  return rest.match(/\p{L}{3,}/gu) ?? [];
}

/** The visible text and the text of the attributes a reader or a screen reader gets. */
function shownText(root: HTMLElement): string[] {
  const texts = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*'))
    for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
      const v = el.getAttribute(a);
      if (v) texts.push(v);
    }
  return texts;
}

function expectOnlyCatalogueAndData(root: HTMLElement, data: Set<string>) {
  const texts = shownText(root);
  expect(texts.join(''), 'the pseudo-locale is active').toContain('⟦');
  expect(texts.flatMap((s) => untranslated(s, data))).toEqual([]);
}

/**
 * Interface text that other modules own and that is not in the catalogue yet: mineral names
 * (src/domain/minerals.ts).
 */
const NOT_YET_IN_CATALOGUE = [...realData().facts.criticalMinerals2023.minerals.map(mineralLabel)];

beforeEach(() => setLocale('pseudo'));
afterEach(() => {
  setLocale('en');
  setDataStatus({ kind: 'loading' });
});

describe('the pseudo-locale exposes hard-coded interface text', () => {
  const data = realData();

  it('finds a hard-coded word, and not a data value', () => {
    const known = new Set(['Korba, Chhattisgarh']);
    expect(untranslated('⟦Where⟧Korba, Chhattisgarh', known)).toEqual([]);
    expect(untranslated('⟦⟦Secondary⟧: ⟦x⟧⟧ Zoom to', known)).toEqual(['Zoom']);
  });

  it('tRich keeps a sentence one message with nodes in its placeholders', () => {
    const { container } = render(<p>{tRich('about.intro', { hiWord: <span lang="hi">खनिज</span> })}</p>);
    expect(container.querySelector('span[lang="hi"]')?.textContent).toBe('खनिज');
    expect(container.textContent).toMatch(/^⟦Khanij Atlas \(खनिज, mineral\) puts .*card\.⟧$/);
  });

  it.each(LAYER_IDS)(
    'FeatureCard shows only catalogue text and data for every %s feature',
    (layer) => {
      for (const f of data.layers[layer].features) {
        const known = dataStrings(f.properties);
        known.add(placeOf(f));
        for (const m of f.properties.minerals) known.add(mineralLabel(m));
        const { container } = render(<FeatureCard feature={f} theme="light" />);
        const left = shownText(container).flatMap((s) => untranslated(s, known));
        expect(left, f.properties.id).toEqual([]);
        cleanup();
      }
      // One render per feature of the layer (77 blocks): seconds of work on a loaded machine.
    },
    60_000,
  );

  it('a real block card wraps its labels in the pseudo-locale', () => {
    const f = data.layers.blocks.features.find((b) => b.properties.flags.length > 0)!;
    const { container } = render(<FeatureCard feature={f} theme="dark" />);
    const known = dataStrings(f.properties).add(placeOf(f));
    for (const m of f.properties.minerals) known.add(mineralLabel(m));
    expectOnlyCatalogueAndData(container, known);
    expect(container.textContent).toContain('⟦Zoom to⟧');
  });

  it('AboutDialog, open and with the data loaded', () => {
    act(() => {
      setDataStatus({ kind: 'ready', data });
      useAppStore.setState({ aboutOpen: true });
    });
    const { container } = render(<AboutDialog />);
    const known = dataStrings(data.manifest);
    for (const l of LAYER_IDS) dataStrings(data.layers[l].metadata, known);
    for (const s of NOT_YET_IN_CATALOGUE) known.add(s);
    expect(container.querySelectorAll('details').length).toBe(LAYER_IDS.length);
    expectOnlyCatalogueAndData(container, known);
  });

  it('KeyFigures on the real facts', () => {
    const { container } = render(<KeyFigures data={data} />);
    const known = dataStrings(data.facts);
    for (const s of NOT_YET_IN_CATALOGUE) known.add(s);
    expectOnlyCatalogueAndData(container, known);
  });
});

describe('the pseudo-locale on the find panel', () => {
  const data = realData();
  const datasets = curatedDatasets(data);
  /** What the find panel may show untranslated: every value of every row, and names of states and minerals. */
  const known = new Set<string>([
    ...NOT_YET_IN_CATALOGUE,
    ...MINERALS.map((m) => m.label),
    ...STATES.map((s) => s.name),
  ]);
  for (const ds of datasets)
    for (const r of ds.rows)
      for (const [k, v] of Object.entries(r.values))
        if (!CODE_FIELDS.has(k))
          for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string') known.add(x);

  it('Legend, with a category hidden', () => {
    act(() => useAppStore.getState().toggleCategory('blocks', 'status', 'annulled'));
    const { container } = render(<Legend datasets={datasets} theme="light" />);
    expectOnlyCatalogueAndData(container, known);
  });

  it('FilterPanel, its chips and the panel tabs, with filters of every kind active', () => {
    act(() => {
      const st = useAppStore.getState();
      st.setFilter('minerals', { op: 'in', values: ['lithium'] });
      st.setFilter('year', { op: 'range', min: 2024, max: null });
      st.setFilter('name', { op: 'contains', text: 'ka' });
      st.toggleCategory('blocks', 'status', 'annulled');
    });
    const { container } = render(
      <>
        <FilterChips datasets={datasets} />
        <PanelTabs resultCount={12} />
        <FilterPanel datasets={datasets} />
      </>,
    );
    known.add('ka');
    expectOnlyCatalogueAndData(container, known);
  });

  it('ResultsTable and the search box', () => {
    const { container } = render(
      <>
        <SearchBox datasets={datasets} />
        <ResultsTable datasets={datasets} />
      </>,
    );
    expectOnlyCatalogueAndData(container, known);
  });
});
