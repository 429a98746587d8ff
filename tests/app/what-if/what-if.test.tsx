// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WhatIfSection } from '../../../src/app/analysis/WhatIfSection';
import { i18next, i18nReady } from '../../../src/app/i18n';
import { PartnerPanel } from '../../../src/app/partner/PartnerPanel';
import { applyImport, correctType, emptyState } from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import type { NetworkAnalysis } from '../../../src/core/analysis/analyse-network';
import type { Network } from '../../../src/core/model/types';
import { computed } from '../../worker/computed';
import { useInThreadWorker } from '../../worker/in-thread-worker';
import { analysedSample, COORDINATOR } from '../analysis/sample';

const JOB_CENTRE = 'Jobcenter Beispielkreis';
const MIDWIVES = 'Familienhebammen-Team Beispielkreis';
const FREELANCE_MIDWIFE = 'Freiberufliche Hebamme Anna Berger';

let network: Network;
let analysis: NetworkAnalysis;

beforeAll(async () => {
  useInThreadWorker();
  await i18nReady;
  ({ network, analysis } = await analysedSample());
});

beforeEach(() => {
  useNetworkStore.setState(emptyState, true);
  update(
    applyImport(
      { network, offers: [], memberships: [], problems: [], fatal: false },
      'Beispielkreis',
    ),
  );
});

afterEach(async () => {
  cleanup();
  useNetworkStore.setState(emptyState, true);
  await act(() => i18next.changeLanguage('de'));
});

const idOf = (name: string) => network.partners.find((p) => p.name === name)!.id;

function showPanel(name: string) {
  const onSelect = vi.fn();
  render(
    <PartnerPanel
      network={network}
      partnerId={idOf(name)}
      analysis={analysis}
      onSelect={onSelect}
      onEgo={vi.fn()}
      pinned={null}
      onPin={vi.fn()}
    />,
  );
  return onSelect;
}

/** The answer's region, found by its heading. */
const answer = (heading: RegExp) => screen.getByRole('region', { name: heading });

/** A row of the key figures table: its label and its values today and afterwards. */
function figureRow(id: string) {
  const row = document.querySelector(`[data-what-if-figure="${id}"]`)!;
  return [...row.querySelectorAll('td')].map((cell) => cell.textContent);
}

describe('"Was wäre, wenn dieser Partner wegfällt?" in the partner panel', () => {
  it('answers for the coordinator in one step: the job centre is left alone, the network unchanged', async () => {
    const before = structuredClone(network);
    showPanel(COORDINATOR);
    const ask = screen.getByRole('button', { name: 'Was wäre, wenn dieser Partner wegfällt?' });
    expect(ask.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(ask);
    await computed();
    expect(ask.getAttribute('aria-expanded')).toBe('true');
    const region = answer(/^Wenn „Jugendamt Beispielkreis – Netzwerkkoordination/);
    const text = region.textContent ?? '';
    expect(text).toContain(`1 Partner stünde ohne jede Kooperation da: ${JOB_CENTRE}`);
    expect(text).toContain(
      '2 Partner wären vom übrigen Netzwerk abgeschnitten und arbeiteten nur noch untereinander zusammen, ohne Weg zum größten Teil des Netzwerks: Caritas-Verband f. d. Beispielkreis e. V., Migrationsberatung der AWO',
    );
    expect(text).toContain('Kinder- und Jugendhilfe und Beratung arbeiteten nicht mehr zusammen.');
    expect(text).toContain('Nur durchgerechnet: Das Netzwerk selbst bleibt, wie es ist.');

    // The table beside the words: each partner, its sector and what would happen to it.
    const table = within(region).getByRole('table', {
      name: 'Partner, die den Anschluss verlören',
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      `${JOB_CENTRE}Soziale Sicherung / Arbeitohne jede Kooperation`,
      'Caritas-Verband f. d. Beispielkreis e. V.Beratungvom übrigen Netzwerk abgeschnitten (Gruppe 1: 2 Partner)',
      'Migrationsberatung der AWOBeratungvom übrigen Netzwerk abgeschnitten (Gruppe 1: 2 Partner)',
    ]);
    expect(figureRow('partners')).toEqual(['45', '44']);
    // networkx: the coordinator's 32 ties go, 40 of the 44 left stay together (what-if.py).
    expect(figureRow('cooperations')).toEqual(['94', '62']);
    expect(figureRow('largestPart')).toEqual(['44 von 45', '40 von 44']);
    expect(figureRow('components')).toEqual(['2', '4']);
    expect(figureRow('density')).toEqual(['0,095', '0,066']);
    // Nothing was changed: the network the panel shows is the one it was given.
    expect(network).toEqual(before);
    fireEvent.click(ask);
    expect(screen.queryByRole('region', { name: /^Wenn „/ })).toBeNull();
  });

  it('selects a partner named in the answer, and shows them all on the map', async () => {
    const onSelect = showPanel(MIDWIVES);
    fireEvent.click(
      screen.getByRole('button', { name: 'Was wäre, wenn dieser Partner wegfällt?' }),
    );
    await computed();
    const region = answer(/^Wenn „Familienhebammen-Team/);
    fireEvent.click(within(region).getByRole('button', { name: FREELANCE_MIDWIFE }));
    expect(onSelect).toHaveBeenCalledWith(idOf(FREELANCE_MIDWIFE));
    fireEvent.click(within(region).getByRole('button', { name: /^Auf der Karte zeigen/ }));
    const state = useNetworkStore.getState();
    expect(state.view).toBe('map');
    expect(state.highlighted).toEqual([idOf(MIDWIVES), idOf(FREELANCE_MIDWIFE)]);
  });

  it('names a new gap when the only partner of its type would leave, with the corrections in use', async () => {
    showPanel(JOB_CENTRE);
    fireEvent.click(
      screen.getByRole('button', { name: 'Was wäre, wenn dieser Partner wegfällt?' }),
    );
    await computed();
    const gap = 'Neue Lücke: Keine Einrichtung der Art „Jobcenter“ mehr (Empfehlung des NZFH).';
    expect(answer(/^Wenn „Jobcenter/).textContent).toContain(gap);
    expect(answer(/^Wenn „Jobcenter/).textContent).toContain(
      'Kein anderer Partner verlöre den Anschluss',
    );
    // Once the coordinator says the Sozialamt is a job centre too, none would be missing.
    act(() => update(correctType(idOf('Sozialamt Beispielkreis'), 'jobcenter')));
    await computed();
    expect(answer(/^Wenn „Jobcenter/).textContent).not.toContain(gap);
  });
});

describe('"Was wäre, wenn … wegfällt?" in the analysis', () => {
  function showSection() {
    render(<WhatIfSection network={network} onSelect={vi.fn()} />);
  }

  it('finds partners by a part of their name, asks for several and says what follows', async () => {
    showSection();
    const ask = () => screen.getByRole('button', { name: /^Was wäre, wenn/ });
    expect((ask() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Wegfallende Partner suchen'), {
      target: { value: 'familienhebammen' },
    });
    expect(screen.getByRole('status').textContent).toBe('1 Partner gefunden');
    fireEvent.click(screen.getByRole('checkbox', { name: /Familienhebammen-Team/ }));
    fireEvent.change(screen.getByLabelText('Wegfallende Partner suchen'), {
      target: { value: 'gesundheitsamt' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /Gesundheitsamt Beispielkreis/ }));
    expect(ask().textContent).toBe('Was wäre, wenn diese 2 Partner wegfallen?');
    fireEvent.click(ask());
    await computed();
    const region = answer(/^Wenn diese 2 Partner wegfallen/);
    expect(region.textContent).toContain(
      '2 Partner stünden ohne jede Kooperation da: Kinder- und Jugendarztpraxis Dr. Weber & Partner, Freiberufliche Hebamme Anna Berger',
    );
    // The choice can change; the answer stays with the partners it was asked about.
    fireEvent.click(
      screen.getByRole('button', { name: '„Gesundheitsamt Beispielkreis“ abwählen' }),
    );
    expect(ask().textContent).toBe('Was wäre, wenn dieser Partner wegfällt?');
    expect(answer(/^Wenn diese 2 Partner wegfallen/)).toBeTruthy();
  });

  it('speaks English after the switch', async () => {
    await act(() => i18next.changeLanguage('en'));
    showSection();
    fireEvent.change(screen.getByLabelText('Find partners dropping out'), {
      target: { value: 'Netzwerkkoordination' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(COORDINATOR) }));
    fireEvent.click(screen.getByRole('button', { name: 'What if this partner dropped out?' }));
    await computed();
    const text = answer(/^If “Jugendamt Beispielkreis/).textContent ?? '';
    expect(text).toContain(`1 partner would be left without any cooperation: ${JOB_CENTRE}`);
    expect(text).toContain(
      'Child and youth welfare and Counselling would no longer work together.',
    );
    expect(figureRow('largestPart')).toEqual(['44 of 45', '40 of 44']);
  });
});
