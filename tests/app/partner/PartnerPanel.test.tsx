// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NetworkAnalysis } from '../../../src/core/analysis/analyse-network';
import type { Network } from '../../../src/core/model/types';
import { PartnerPanel } from '../../../src/app/partner/PartnerPanel';
import { i18next, i18nReady } from '../../../src/app/i18n';
import { sectorsInOrder } from '../../../src/core/appearance/sector-colors';
import { analysedSample, COORDINATOR } from '../analysis/sample';

let network: Network;
let analysis: NetworkAnalysis;

beforeAll(async () => {
  await i18nReady;
  ({ network, analysis } = await analysedSample());
});

afterEach(async () => {
  cleanup();
  await act(() => i18next.changeLanguage('de'));
});

const coordinator = () => network.partners.find((p) => p.name === COORDINATOR)!;

function show(result: NetworkAnalysis | null = analysis, pinned: boolean | null = false) {
  const onSelect = vi.fn();
  const onEgo = vi.fn();
  const onPin = vi.fn();
  render(
    <PartnerPanel
      network={network}
      partnerId={coordinator().id}
      analysis={result}
      onSelect={onSelect}
      onEgo={onEgo}
      pinned={pinned}
      onPin={onPin}
    />,
  );
  return { onSelect, onEgo, onPin };
}

/** The coordinator's partners: the other end of each of its ties. */
function coordinatorTies() {
  const id = coordinator().id;
  return network.cooperations
    .filter((c) => c.source === id || c.target === id)
    .map((c) => network.partners.find((p) => p.id === (c.source === id ? c.target : c.source))!);
}

const groups = () => [...document.querySelectorAll('section.partner-tie-group')];

describe('the partner panel of the network coordination', () => {
  it('pins the partner where the map placed it, and lets a pinned partner go again', () => {
    const { onPin } = show();
    fireEvent.click(screen.getByRole('button', { name: 'Auf der Karte festhalten' }));
    expect(onPin).toHaveBeenCalledWith(coordinator().id, true);
    cleanup();
    const pinned = show(analysis, true);
    expect(screen.getByText(/Festgehalten: Die Anordnung lässt/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Festhalten lösen' }));
    expect(pinned.onPin).toHaveBeenCalledWith(coordinator().id, false);
  });

  it('offers no pin before the map has placed the partner', () => {
    show(analysis, null);
    expect(screen.queryByRole('button', { name: 'Auf der Karte festhalten' })).toBeNull();
  });

  it('groups the coordinator’s ties by sector in the map’s order, with a count each', () => {
    show();
    const partners = coordinatorTies();
    const sectors = sectorsInOrder(partners.map((p) => p.sector));
    expect(groups().map((group) => group.getAttribute('aria-label'))).toEqual(sectors);
    for (const group of groups()) {
      const sector = group.getAttribute('aria-label');
      const inSector = partners.filter((p) => p.sector === sector);
      expect(group.querySelector('h4')!.textContent).toContain(`${inSector.length} Kooperation`);
      const names = [...group.querySelectorAll('li button')].map((b) => b.textContent);
      expect(names.sort()).toEqual(inSector.map((p) => p.name).sort());
    }
  });

  it('lists the closest ties of a sector first', () => {
    show();
    const youthWelfare = groups()[0]!;
    const intensities = [...youthWelfare.querySelectorAll('.tie-detail')].map((detail) =>
      Number(/Intensität (\d)/.exec(detail.textContent!)![1]),
    );
    expect(intensities).toEqual([...intensities].sort((a, b) => b - a));
    expect(youthWelfare.textContent).toContain('Intensität 4 · mit Kooperationsvereinbarung');
  });

  it('shows its betweenness as the analysis names it, with three decimals in German', () => {
    show();
    const figures = analysis.partners.find((p) => p.id === coordinator().id)!;
    const entry = document.querySelector('[data-measure="betweenness"]')!;
    expect(entry.querySelector('dt')!.textContent).toBe('Brückenbauer');
    const value = new Intl.NumberFormat('de-DE', {
      minimumFractionDigits: 3,
      maximumFractionDigits: 3,
    }).format(figures.betweenness);
    expect(entry.querySelector('dd')!.textContent).toContain(value);
    expect(value).toMatch(/^0,\d{3}$/);
    expect(entry.textContent).toContain('liegt auf vielen kürzesten Wegen');
  });

  it('shows every measure of the analysis, yes or no for a key position', () => {
    show();
    const measures = [...document.querySelectorAll('[data-measure]')].map((m) =>
      m.getAttribute('data-measure'),
    );
    expect(measures).toEqual([
      'betweenness',
      'closeness',
      'eigenvector',
      'pagerank',
      'constraint',
      'effectiveSize',
      'coreNumber',
      'articulationPoint',
      'community',
      'ei',
      'brokerage',
    ]);
    const keyPosition = document.querySelector('[data-measure="articulationPoint"] dd')!;
    expect(keyPosition.textContent).toMatch(/^(ja|nein)/);
  });

  it('shows a dash where a measure has no value', () => {
    const id = coordinator().id;
    const withoutEi = {
      ...analysis,
      partners: analysis.partners.map((p) => (p.id === id ? { ...p, ei: null } : p)),
    };
    show(withoutEi);
    expect(document.querySelector('[data-measure="ei"] dd')!.textContent).toMatch(/^–/);
  });

  it('keeps the fields, the ego buttons and the ties that select the other partner', () => {
    const { onSelect, onEgo } = show();
    expect(screen.getByText('Im Netzwerk seit')).toBeTruthy();
    fireEvent.click(screen.getByText('Ego-Netzwerk (direkte Partner)'));
    expect(onEgo).toHaveBeenCalledWith(coordinator().id, 1);
    const first = groups()[0]!.querySelector('li button') as HTMLButtonElement;
    fireEvent.click(first);
    const target = network.partners.find((p) => p.name === first.textContent)!;
    expect(onSelect).toHaveBeenCalledWith(target.id);
  });

  it('says the measures follow while the analysis runs', () => {
    show(null);
    expect(screen.getByText('Die Maße erscheinen, sobald die Analyse fertig ist.')).toBeTruthy();
  });
});

describe('the partner panel of a network with weights of its own (Gephi)', () => {
  it("shows each tie's weight, not a class, and sorts the heaviest first", () => {
    const weighted: Network = {
      partners: [
        { ...network.partners[0]!, id: 'JA', name: 'Jugendamt', sector: 'S' },
        { ...network.partners[0]!, id: 'GK', name: 'Geburtsklinik', sector: 'S' },
        { ...network.partners[0]!, id: 'HP', name: 'Hebammenpraxis', sector: 'S' },
      ],
      cooperations: [
        {
          source: 'JA',
          target: 'HP',
          intensity: 1,
          weight: 0.5,
          formal: false,
          kind: '',
          since: null,
          attributes: {},
        },
        {
          source: 'JA',
          target: 'GK',
          intensity: 4,
          weight: 12,
          formal: false,
          kind: '',
          since: null,
          attributes: {},
        },
      ],
    };
    render(
      <PartnerPanel
        network={weighted}
        partnerId="JA"
        analysis={null}
        onSelect={vi.fn()}
        onEgo={vi.fn()}
        pinned={null}
        onPin={vi.fn()}
      />,
    );
    const details = [...document.querySelectorAll('.partner-ties .tie-detail')].map(
      (element) => element.textContent,
    );
    expect(details).toEqual(['Gewicht 12,00', 'Gewicht 0,50']);
  });
});
