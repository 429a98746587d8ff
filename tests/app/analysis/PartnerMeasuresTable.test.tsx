// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
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

/** The 45 partners of the sample, ten a page. */
function renderPagesOfTen() {
  return render(
    <PartnerMeasuresTable network={network} analysis={analysis} onSelect={vi.fn()} pageSize={10} />,
  );
}

describe('a partner table longer than a page', () => {
  it('draws one page, says which rows it shows, and turns pages up to the last', () => {
    const { container } = renderPagesOfTen();
    const names = () =>
      [...container.querySelectorAll('tbody tr th')].map((cell) => cell.textContent ?? '');
    const pager = screen.getByRole('navigation', { name: /Seiten der Tabelle/ });
    expect(names()).toHaveLength(10);
    expect(pager.textContent).toContain('Zeilen 1–10 von 45');
    const first = names();
    fireEvent.click(within(pager).getByRole('button', { name: 'Nächste Seite' }));
    expect(pager.textContent).toContain('Zeilen 11–20 von 45');
    expect(names()).toHaveLength(10);
    expect(names().some((name) => first.includes(name))).toBe(false);
    fireEvent.click(within(pager).getByRole('button', { name: 'Letzte Seite' }));
    expect(names()).toHaveLength(5);
    expect(pager.textContent).toContain('Zeilen 41–45 von 45');
    expect(within(pager).getByRole('button', { name: 'Nächste Seite' })).toHaveProperty(
      'disabled',
      true,
    );
    // Every partner is reachable: the pages together hold each once.
    const seen = new Set<string>();
    for (let page = 0; page < 5; page++) {
      fireEvent.change(within(pager).getByRole('combobox', { name: 'Seite' }), {
        target: { value: String(page) },
      });
      for (const name of names()) seen.add(name);
    }
    expect(seen.size).toBe(45);
  });

  it('goes back to the first page when the reader sorts', () => {
    const { container } = renderPagesOfTen();
    const pager = screen.getByRole('navigation', { name: /Seiten der Tabelle/ });
    fireEvent.click(within(pager).getByRole('button', { name: 'Letzte Seite' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nach Partner sortieren' }));
    expect(pager.textContent).toContain('Zeilen 1–10 von 45');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(10);
  });

  it('shows no page controls when every row fits', () => {
    render(<PartnerMeasuresTable network={network} analysis={analysis} onSelect={vi.fn()} />);
    expect(screen.queryByRole('navigation', { name: /Seiten der Tabelle/ })).toBeNull();
  });
});
