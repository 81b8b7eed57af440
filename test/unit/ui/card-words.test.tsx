/** Cards speak plainly: no file path and no field name of the data on any card, for every feature. */
import { describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { FeatureCard } from '../../../src/ui/FeatureCard';
import { realLayers } from '../../real-data';
import { LAYER_IDS } from '../../../src/domain/model/enums';

const layers = realLayers();
/** Every property name the data uses, camelCase ones being what a reader must never see. */
const FIELD_NAMES = new Set(
  LAYER_IDS.flatMap((l) => layers[l].features.flatMap((f) => Object.keys(f.properties))).filter((k) =>
    /[a-z][A-Z]/.test(k),
  ),
);

describe('feature cards in plain words', () => {
  it.each(LAYER_IDS)(
    'no %s card shows a geodata/ path or a camelCase field name',
    (layer) => {
      expect(FIELD_NAMES.size).toBeGreaterThan(3);
      for (const f of layers[layer].features) {
        const { container } = render(<FeatureCard feature={f} theme="light" />);
        // Source titles are the sources' own names (one cites a dataset file by its path): judged apart.
        container.querySelectorAll('[data-testid="card-sources"] a').forEach((a) => a.remove());
        const text = container.textContent ?? '';
        expect(text, f.properties.id).not.toMatch(/geodata\/|\.json\b/);
        for (const name of FIELD_NAMES)
          expect(text.includes(name), `${f.properties.id}: ${name}`).toBe(false);
        expect(text).not.toMatch(/UNCERTAIN/);
        cleanup();
      }
      // One render per feature of the layer (77 blocks): seconds of work on a loaded machine.
    },
    60_000,
  );

  it('a scheduled closure whose year has passed says so', () => {
    const f = layers['coal-closures'].features.find(
      (x) =>
        x.properties.layer === 'coal-closures' &&
        x.properties.closureStatus === 'scheduled' &&
        (x.properties.closureYear ?? 9999) < 2026,
    );
    if (!f) return; // No such closure in today's data: nothing to word.
    const { container } = render(<FeatureCard feature={f} theme="light" />);
    expect(container.textContent).toMatch(/to close by \d{4} \(deadline passed; no later source\)/);
  });
});
