// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PartnerMeasuresTable } from '../../../src/app/analysis/PartnerMeasuresTable';
import { i18nReady } from '../../../src/app/i18n';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import { buildGraph } from '../../../src/core/model/graph';

beforeAll(() => i18nReady);
afterEach(cleanup);

describe('the partner table of a district network', () => {
  it('draws the first 200 partners and the rest on request', () => {
    const network = generateNetwork({ partners: 230, seed: 3 });
    const analysis = analyseNetwork(buildGraph(network));
    const { container } = render(
      <PartnerMeasuresTable network={network} analysis={analysis} onSelect={vi.fn()} />,
    );
    const rows = () => container.querySelectorAll('tbody tr').length;
    expect(rows()).toBe(200);
    expect(screen.getByText(/200 von 230 sind aufgeführt/)).toBeTruthy();
    fireEvent.click(screen.getByText('Alle 230 zeigen'));
    expect(rows()).toBe(230);
    expect(screen.queryByText(/sind aufgeführt/)).toBeNull();
  });
});
