import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { KeyFigures } from '../../../src/ui/KeyFigures';
import type { AtlasData } from '../../../src/data/load';

describe('KeyFigures on the real facts.json', () => {
  it('shows both outlays of the mission, each with its source, and the 30 minerals', () => {
    const facts = JSON.parse(readFileSync('geodata/facts.json', 'utf8')) as AtlasData['facts'];
    const { container } = render(<KeyFigures data={{ facts } as AtlasData} />);
    const text = container.textContent ?? '';
    expect(text).toContain('₹32,000 crore');
    expect(text).toContain('₹34,300 crore');
    expect(text).toContain('143 mines');
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(30 + facts.figures.length - 1);
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
  });
});
