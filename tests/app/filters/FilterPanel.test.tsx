// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FilterPanel } from '../../../src/app/filters/FilterPanel';
import { NO_FILTERS, visibleParts } from '../../../src/app/filters/filters';
import { i18nReady } from '../../../src/app/i18n';
import { IntensityLegend } from '../../../src/app/matrix/IntensityLegend';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

beforeAll(async () => {
  await i18nReady;
});
afterEach(cleanup);

const network = (weight?: number): Network => ({
  partners: [createPartner({ id: 'A', name: 'A' }), createPartner({ id: 'B', name: 'B' })],
  cooperations: [
    createCooperation({
      source: 'A',
      target: 'B',
      intensity: 4,
      ...(weight === undefined ? {} : { weight }),
    }),
  ],
});

function filterText(net: Network): string {
  render(
    <FilterPanel
      network={net}
      filters={NO_FILTERS}
      visible={visibleParts(net, NO_FILTERS)}
      onChange={vi.fn()}
    />,
  );
  return document.body.textContent ?? '';
}

describe('intensity classes are shown only where the data has them', () => {
  it('the filter names the scale’s words for intensities', () => {
    const text = filterText(network());
    expect(screen.getByLabelText('Kooperationen ab Intensität')).toBeDefined();
    expect(text).toContain('verbindliche Kooperation');
  });

  it('the filter and the matrix key speak of weights where the ties have weights of their own', () => {
    const text = filterText(network(12));
    expect(screen.getByLabelText(/Kooperationen ab Gewicht/)).toBeDefined();
    expect(text).not.toContain('verbindliche Kooperation');
    cleanup();
    render(<IntensityLegend weighted />);
    const legend = document.body.textContent ?? '';
    expect(legend).toContain('Gewicht, gerundet auf Stufe 4');
    expect(legend).not.toContain('kennen sich');
  });
});
