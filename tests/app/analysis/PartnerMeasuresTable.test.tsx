// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PartnerMeasuresTable } from '../../../src/app/analysis/PartnerMeasuresTable';
import { i18nReady } from '../../../src/app/i18n';
import type { NetworkAnalysis } from '../../../src/core/analysis/analyse-network';
import type { Network } from '../../../src/core/model/types';
import { analysedSample } from './sample';

let network: Network;
let analysis: NetworkAnalysis;

beforeAll(async () => {
  await i18nReady;
  ({ network, analysis } = await analysedSample());
});

afterEach(cleanup);

describe('a partner table longer than the first rows drawn', () => {
  it('draws the first rows, says how many there are, and draws the rest on request', () => {
    const { container } = render(
      <PartnerMeasuresTable
        network={network}
        analysis={analysis}
        onSelect={vi.fn()}
        firstRows={10}
      />,
    );
    const rows = () => container.querySelectorAll('tbody tr').length;
    expect(rows()).toBe(10);
    const more = [...container.querySelectorAll('p')].find((p) =>
      p.textContent?.includes('aufgeführt'),
    )!;
    expect(more.textContent).toContain('10 von 45 sind aufgeführt.');
    fireEvent.click(more.querySelector('button')!);
    expect(rows()).toBe(45);
    expect(container.textContent).not.toContain('aufgeführt');
  });
});
