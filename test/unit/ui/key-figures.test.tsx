import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { KeyFigures } from '../../../src/ui/KeyFigures';
import type { AtlasData } from '../../../src/data/load';

const facts = () => JSON.parse(readFileSync('geodata/facts.json', 'utf8')) as AtlasData['facts'];
const hrefs = (el: Element) => [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('KeyFigures on the real facts.json', () => {
  it('shows both outlays of the mission and the closed mines', () => {
    const { container } = render(<KeyFigures data={{ facts: facts() } as AtlasData} />);
    const text = container.textContent ?? '';
    expect(text).toContain('₹32,000 crore');
    expect(text).toContain('₹34,300 crore');
    expect(text).toContain('143 mines');
  });

  it('shows every figure with a link to each of its own sources', () => {
    const f = facts();
    expect(f.figures.length).toBeGreaterThan(0);
    const { container } = render(<KeyFigures data={{ facts: f } as AtlasData} />);
    const items = [...container.querySelectorAll('li.figure')];
    expect(items).toHaveLength(f.figures.length);
    // Each rendered figure carries exactly its sources' links, in order (figures are grouped on screen,
    // so compare as a multiset of per-figure link lists).
    const shown = items.map((li) => JSON.stringify(hrefs(li))).sort();
    const expected = f.figures.map((x) => JSON.stringify(x.sources.map((s) => new URL(s.url).href))).sort();
    expect(shown).toEqual(expected);
    for (const li of items) expect(hrefs(li).length, li.textContent ?? '').toBeGreaterThan(0);
    const total = f.figures.reduce((n, x) => n + x.sources.length, 0);
    expect(container.querySelectorAll('li.figure a')).toHaveLength(total);
  });

  it('lists the 30 critical minerals with their sources', () => {
    const f = facts();
    const { container } = render(<KeyFigures data={{ facts: f } as AtlasData} />);
    expect(container.querySelectorAll('ul.chips > li')).toHaveLength(30);
    const mineralSources = container.querySelector('ul.chips + p.figure-sources')!;
    expect(hrefs(mineralSources)).toEqual(f.criticalMinerals2023.sources.map((s) => new URL(s.url).href));
  });
});
