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
import { InsightsPanel } from '../../../src/ui/insights/InsightsPanel';
import { ChoroplethLegend } from '../../../src/ui/insights/ChoroplethLegend';
import { AsOfBadge } from '../../../src/ui/insights/TimeSlider';
import { StartView } from '../../../src/ui/insights/StartView';
import { PrintPreview } from '../../../src/ui/insights/PrintPreview';
import { closePrintSheet, openPrintSheet } from '../../../src/ui/insights/print-sheet';
import { StatePicker, StateSummary } from '../../../src/ui/StateView';
import { StackChooser } from '../../../src/ui/StackChooser';
import { BoundaryNote } from '../../../src/ui/BoundaryNote';
import { DEFAULT_CHOROPLETH } from '../../../src/state/slices/insights';
import { dayOf } from '../../../src/domain/insights/timeline';
import type { Audience } from '../../../src/state/slices/audience';

const json = <T,>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;

function realData(): AtlasData {
  const manifest = json<AtlasData['manifest']>('manifest.json');
  const layers = Object.fromEntries(
    LAYER_IDS.map((id) => [id, json<LayerCollection>(manifest.layers.find((l) => l.id === id)!.file)]),
  ) as Record<LayerId, LayerCollection>;
  return { manifest, layers, facts: json<AtlasData['facts']>('facts.json'), states: [], districts: [] };
}

/** The real data with the state list the loader builds from the state labels (the state view needs it). */
function realDataWithStates(): AtlasData {
  const labels = json<{
    features: {
      properties: {
        code: string;
        name: string;
        name_hi: string;
        label: string;
        label_hi: string;
        rank: number;
        small: boolean;
        bbox: [number, number, number, number];
      };
      geometry: { coordinates: [number, number] };
    }[];
  }>('boundaries/state-labels.geojson');
  const states = labels.features.map(({ properties: p, geometry }) => ({
    code: p.code,
    name: p.name,
    nameHi: p.name_hi,
    bbox: p.bbox,
    label: geometry.coordinates,
    mapName: p.label,
    mapNameHi: p.label_hi,
    rank: p.rank,
    small: p.small,
  }));
  const districts = json<{
    features: {
      properties: {
        key: string;
        state: string;
        district: string;
        bbox: [number, number, number, number];
        approximate: boolean;
      };
    }[];
  }>('boundaries/district-labels.geojson').features.map(({ properties: p }) => ({
    key: p.key,
    state: p.state,
    name: p.district,
    bbox: p.bbox,
    approximate: p.approximate,
  }));
  return { ...realData(), states, districts };
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
  // A style sheet's rules (Plot puts one in each chart) are not text anyone reads.
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('style, script').forEach((e) => e.remove());
  const texts = [copy.textContent ?? ''];
  for (const el of root.querySelectorAll('*'))
    for (const a of [
      'title',
      'aria-label',
      'aria-description',
      'aria-roledescription',
      'aria-valuetext',
      'placeholder',
      'alt',
    ]) {
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

describe('the pseudo-locale on the Insights tab and the legibility UI', () => {
  const data = realDataWithStates();
  const datasets = curatedDatasets(data);
  /**
   * What these views may show untranslated: every string of the data (names, places, sources,
   * notes, figures), the names of states and minerals, and the place line of each feature.
   */
  const known = new Set<string>([
    ...NOT_YET_IN_CATALOGUE,
    ...MINERALS.map((m) => m.label),
    ...STATES.flatMap((s) => [s.name, s.nameHi]),
  ]);
  dataStrings(data.manifest, known);
  dataStrings(data.facts, known);
  // The printed sheets name each source's site and carry the page's link.
  const hosts = (v: unknown): void => {
    if (typeof v === 'string' && /^https?:/.test(v)) known.add(new URL(v).host);
    else if (v && typeof v === 'object') Object.values(v).forEach(hosts);
  };
  hosts(data.layers);
  hosts(data.facts);
  known.add(window.location.origin);
  for (const d of data.districts) known.add(d.name);
  // Chart ticks clip long names (a mineral's, a state's) to 23 letters and an ellipsis.
  for (const k of [...known]) if (k.length > 24) known.add(`${k.slice(0, 23)}…`);
  for (const l of LAYER_IDS) {
    dataStrings(data.layers[l].metadata, known);
    for (const f of data.layers[l].features) {
      dataStrings(f.properties, known);
      known.add(placeOf(f));
    }
  }

  beforeEach(() => {
    act(() => setDataStatus({ kind: 'ready', data }));
  });
  afterEach(() => {
    act(() => closePrintSheet());
  });

  it.each<Audience | null>([null, 'investor'])(
    'InsightsPanel (time slider, choropleth controls, charts and their tables, tranche timeline and changes, pipeline, mission dashboard), audience %s',
    (audience) => {
      act(() => useAppStore.setState({ audience, panelTab: 'insights' }));
      const { container } = render(<InsightsPanel data={data} datasets={datasets} theme="light" />);
      expect(container.querySelector('[data-testid="tranche-timeline"]')).not.toBeNull();
      expect(container.querySelector('[data-testid="auction-pipeline"]')).not.toBeNull();
      expectOnlyCatalogueAndData(container, known);
    },
    30_000,
  );

  it('the choropleth legend and the time slider, set to a day', () => {
    act(() => {
      const st = useAppStore.getState();
      st.setChoropleth({ ...DEFAULT_CHOROPLETH, status: 'awarded' });
      st.setAsOfDay(dayOf('2024-01-01'));
    });
    const { container } = render(
      <>
        <ChoroplethLegend datasets={datasets} theme="dark" />
        <AsOfBadge datasets={datasets} />
        <InsightsPanel data={data} datasets={datasets} theme="dark" />
      </>,
    );
    expect(container.querySelector('[data-testid="choropleth-legend"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="as-of-badge"]')).not.toBeNull();
    expectOnlyCatalogueAndData(container, known);
  });

  it('the start view, open', () => {
    act(() => useAppStore.setState({ startOpen: true }));
    const { container } = render(<StartView />);
    expect(container.querySelectorAll('.start-entry').length).toBe(3);
    expectOnlyCatalogueAndData(container, known);
  });

  it.each([
    ['IN-OD', true],
    ['IN-CG', true],
    ['IN-LD', false],
  ])('the state picker and the state view with its scorecard, %s', (code, any) => {
    const { container } = render(
      <>
        <StatePicker data={data} />
        <StateSummary data={data} code={code as string} theme="light" />
      </>,
    );
    expect(container.querySelector('[data-testid="scorecard-sections"]') !== null).toBe(any);
    expectOnlyCatalogueAndData(container, known);
  });

  it('the printable scorecard and a block brief', () => {
    act(() => openPrintSheet({ kind: 'scorecard', code: 'IN-OD' }, null));
    const sheet = render(<PrintPreview theme="light" />);
    const preview = sheet.baseElement.querySelector<HTMLElement>('[data-testid="print-preview"]')!;
    expect(preview.querySelector('[data-testid="scorecard-sheet"]')).not.toBeNull();
    expectOnlyCatalogueAndData(preview, known);
    const block = data.layers.blocks.features.find(
      (f) => f.properties.layer === 'blocks' && f.properties.events.length > 1,
    )!;
    act(() => openPrintSheet({ kind: 'brief', id: block.properties.id }, null));
    expect(preview.querySelector('[data-testid="brief-sheet"]')).not.toBeNull();
    expectOnlyCatalogueAndData(preview, known);
  });

  it('the stack chooser, over features of several layers', () => {
    const ids = LAYER_IDS.map((l) => data.layers[l].features[0]!.properties.id);
    act(() => useAppStore.getState().setStack({ ids, x: 200, y: 200 }));
    const { container } = render(<StackChooser />);
    expect(container.querySelectorAll('[data-feature-id]').length).toBe(ids.length);
    expectOnlyCatalogueAndData(container, known);
  });

  it('the boundary note, open and folded', () => {
    localStorage.removeItem('khanij.boundaryNote');
    const { container } = render(<BoundaryNote />);
    expectOnlyCatalogueAndData(container, known);
    const fold = [...container.querySelectorAll('button')].find((b) => b.getAttribute('aria-expanded'))!;
    act(() => fold.click());
    expect(container.querySelector('.boundary-note.folded')).not.toBeNull();
    expectOnlyCatalogueAndData(container, known);
    localStorage.removeItem('khanij.boundaryNote');
  });
});
