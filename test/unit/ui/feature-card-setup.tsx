/** What the FeatureCard tests share: one district-precision block and the card rendered for it. */
import { render } from '@testing-library/react';
import { FeatureCard } from '../../../src/ui/FeatureCard';
import type { AtlasFeature, BlockProps } from '../../../src/data/schema';
import type { ResolvedTheme } from '../../../src/ui/use-theme';

/** A lithium and REE block offered on 29 Nov 2023 and awarded on 24 Jun 2024; `over` replaces properties. */
export function testBlock(over: Partial<BlockProps> = {}): AtlasFeature<BlockProps> {
  return {
    type: 'Feature',
    id: 0,
    geometry: { type: 'Point', coordinates: [82.68, 22.35] },
    properties: {
      id: 'blk-test',
      layer: 'blocks',
      name: 'Test Lithium Block',
      state: 'IN-CG',
      district: 'Korba',
      minerals: ['lithium', 'ree'],
      precision: 'district',
      locationBasis: 'District centre of Korba, Chhattisgarh.',
      sources: [
        { title: 'A report', url: 'https://example.org/report', date: '2024-06-24', publisher: 'Example' },
      ],
      asOf: '2026-11-21',
      flags: ['secondary'],
      caveats: ['Premium reported only by a secondary compilation.'],
      blockKind: 'onshore',
      licence: 'CL',
      areaHa: 256.12,
      events: [
        { date: '2023-11-29', type: 'offered', tranche: 'I' },
        {
          date: '2024-06-24',
          type: 'awarded',
          bidder: 'Maiki South Mining Pvt Ltd',
          premiumPct: 76.05,
          sourceRefs: [0],
        },
      ],
      status: 'awarded',
      ...over,
    },
  };
}

/** Renders the card for `feature` (the test block unless given) in the light theme unless told. */
export function renderCard(feature: AtlasFeature = testBlock(), theme: ResolvedTheme = 'light') {
  return render(<FeatureCard feature={feature} theme={theme} />);
}
