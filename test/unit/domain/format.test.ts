import { describe, it, expect } from 'vitest';
import {
  formatDate,
  formatCrore,
  formatFigure,
  formatHectares,
  formatNumber,
  formatPercent,
} from '../../../src/domain/format';

describe('formatDate', () => {
  it('writes full dates the Indian English way', () => {
    expect(formatDate('2026-11-21')).toBe('21 Nov 2026');
    expect(formatDate('2024-03-04')).toBe('4 Mar 2024');
  });
  it('keeps partial dates partial', () => {
    expect(formatDate('2024-07')).toBe('Jul 2024');
    expect(formatDate('2025')).toBe('2025');
  });
  it('passes unknown forms through unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('2024-13')).toBe('2024-13');
  });
});

describe('numbers', () => {
  it('groups digits in lakhs and crores', () => {
    expect(formatNumber(1234567)).toBe('12,34,567');
    expect(formatCrore(34300)).toBe('₹34,300 crore');
    expect(formatCrore(42532)).toBe('₹42,532 crore');
  });
  it('gives large areas in km² too', () => {
    expect(formatHectares(256.12)).toBe('256.12 ha');
    expect(formatHectares(2016)).toBe('2,016 ha (20.16 km²)');
  });
  it('writes premiums as percentages', () => {
    expect(formatPercent(76.05)).toBe('76.05%');
  });
});

describe('formatFigure', () => {
  it('writes crore, percentages and plain counts', () => {
    expect(formatFigure(34300, 'Rs crore')).toBe('₹34,300 crore');
    expect(formatFigure(95, '%')).toBe('95%');
    expect(formatFigure(143, 'mines')).toBe('143 mines');
    expect(formatFigure(1200)).toBe('1,200');
    expect(formatFigure('most of the 30')).toBe('most of the 30');
  });
});
