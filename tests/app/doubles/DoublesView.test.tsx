// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DoublesView } from '../../../src/app/doubles/DoublesView';
import { i18next, i18nReady } from '../../../src/app/i18n';
import type { Network } from '../../../src/core/model/types';
import { computed } from '../../worker/computed';
import { useInThreadWorker } from '../../worker/in-thread-worker';
import { loadBeispielkreis, type Beispielkreis } from '../gaps/sample';

const CARITAS = 'Caritasverband für den Beispielkreis e.V.';
const CARITAS_AGAIN = 'Caritas-Verband f. d. Beispielkreis e. V.';
const COORDINATOR = 'Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen';
let sample: Beispielkreis;

beforeAll(async () => {
  useInThreadWorker();
  await i18nReady;
  // jsdom lacks modal dialogs; opening one as the browser would is all the view needs.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  sample = await loadBeispielkreis();
});

afterEach(async () => {
  cleanup();
  await act(() => i18next.changeLanguage('de'));
});

async function show(threshold = 0.5) {
  const handlers = { onThresholdChange: vi.fn(), onShowPartners: vi.fn(), onMerge: vi.fn() };
  render(
    <DoublesView
      network={sample.network}
      offers={sample.offers}
      memberships={sample.memberships}
      threshold={threshold}
      {...handlers}
    />,
  );
  await computed();
  return handlers;
}

const section = (name: string) => screen.getByRole('region', { name });
const rowOf = (table: HTMLElement, text: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => row.textContent?.includes(text)) as HTMLTableRowElement;

describe('the doubled structures of the Beispielkreis', () => {
  it('finds the Caritas and the family education centre entered twice, names side by side, in German', async () => {
    await show();
    const table = screen.getByRole('table', {
      name: 'Wahrscheinlich doppelte Einträge mit Übereinstimmung und Gründen',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const caritas = rowOf(table, CARITAS);
    expect([...caritas.cells].slice(0, 3).map((cell) => cell.textContent)).toEqual([
      CARITAS,
      CARITAS_AGAIN,
      '100 %',
    ]);
    expect(caritas.textContent).toContain(
      'gleicher Name (nach Vereinheitlichung); gleicher Träger',
    );
    expect(
      rowOf(table, 'Evangelische Familienbildungsstaette Auenstadt').cells[0]?.textContent,
    ).toBe('Ev. Familienbildungsstätte Auenstadt');
  });

  it('does not take the two pregnancy counselling services in Auenstadt for one', async () => {
    await show();
    const partners = section('Partner, die wahrscheinlich doppelt eingetragen sind');
    expect(partners.textContent).not.toContain('donum vitae');
    expect(partners.textContent).not.toContain('Diakonischen Werks');
  });

  it('shows a doubled pair on the map', async () => {
    const { onShowPartners } = await show();
    fireEvent.click(
      screen.getByRole('button', { name: `Auf der Karte zeigen: ${CARITAS} und ${CARITAS_AGAIN}` }),
    );
    expect(onShowPartners).toHaveBeenCalledWith([sample.idOf(CARITAS), sample.idOf(CARITAS_AGAIN)]);
  });

  it('finds the two Elterncafés in Auenstadt-Nord and the two welcome visit services in Birkenfelde', async () => {
    const { onShowPartners } = await show();
    const table = screen.getByRole('table', {
      name: 'Angebote, die mehrere Partner im selben Sozialraum für dieselbe Zielgruppe machen',
    });
    const cafe = rowOf(table, 'Auenstadt-Nord');
    expect(within(cafe).getByRole('rowheader').textContent).toBe('Elterncafé');
    expect(cafe.textContent).toContain(
      'Familienzentrum Regenbogen; Deutscher Kinderschutzbund Ortsverband Auenstadt e.V.',
    );
    const visits = rowOf(table, 'Birkenfelde');
    expect(within(visits).getByRole('rowheader').textContent).toBe('Willkommensbesuch');
    expect(visits.textContent).toContain('Stadt Birkenfelde – Willkommensbesuche');
    fireEvent.click(within(visits).getByRole('button', { name: /^Auf der Karte zeigen/ }));
    expect(onShowPartners).toHaveBeenCalledWith([
      sample.idOf(COORDINATOR),
      sample.idOf('Stadt Birkenfelde – Willkommensbesuche'),
    ]);
  });

  it('finds the steering group and the AK Kinderschutz overlapping, and lets the threshold be set', async () => {
    const { onThresholdChange, onShowPartners } = await show();
    const table = screen.getByRole('table', {
      name: 'Gremien, die sich in ihren Mitgliedern überschneiden',
    });
    const row = rowOf(table, 'AK Kinderschutz');
    expect(row.textContent).toContain('Steuerungsgruppe Frühe Hilfen');
    expect(row.textContent).toContain('60 %');
    fireEvent.click(within(row).getByRole('button', { name: /^Auf der Karte zeigen/ }));
    expect(onShowPartners.mock.lastCall?.[0]).toHaveLength(6);
    fireEvent.change(
      screen.getByRole('spinbutton', { name: 'Melden ab einer Überschneidung von (in Prozent)' }),
      {
        target: { value: '70' },
      },
    );
    expect(onThresholdChange).toHaveBeenLastCalledWith(0.7);
    fireEvent.change(screen.getByRole('slider', { name: /Schieberegler/ }), {
      target: { value: '40' },
    });
    expect(onThresholdChange).toHaveBeenLastCalledWith(0.4);
  });

  it('reports no overlap above a stricter threshold', async () => {
    await show(0.7);
    expect(
      screen.getByText('Keine zwei Gremien überschneiden sich zu 70 % oder mehr.'),
    ).toBeTruthy();
  });

  it('notes that several networks are compared on the command line for now', async () => {
    await show();
    expect(section('Partner in mehreren Netzwerken').textContent).toContain('Kommandozeile');
  });

  it('merges the Caritas pair after asking which differing values hold, keeping every tie', async () => {
    const { onMerge } = await show();
    fireEvent.click(
      screen.getByRole('button', { name: `Zusammenführen: ${CARITAS} und ${CARITAS_AGAIN}` }),
    );
    const dialog = screen.getByRole('dialog', {
      name: `„${CARITAS}“ und „${CARITAS_AGAIN}“ zusammenführen`,
    });
    const questions = within(dialog)
      .getAllByRole('group')
      .map((group) => group.querySelector('legend')?.textContent);
    expect(questions).toEqual([
      'Beide Einträge haben unterschiedliche Angaben für „Name“ – welche gilt?',
      'Beide Einträge haben unterschiedliche Angaben für „Im Netzwerk seit“ – welche gilt?',
    ]);
    const since = within(dialog).getByRole('group', { name: /„Im Netzwerk seit“/ });
    fireEvent.click(within(since).getByRole('radio', { name: '2020' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zusammenführen' }));

    expect(onMerge).toHaveBeenCalledTimes(1);
    const { network, label } = onMerge.mock.calls[0]?.[0] as { network: Network; label: string };
    expect(label).toBe(`„${CARITAS}“ und „${CARITAS_AGAIN}“ zusammengeführt`);
    expect(network.partners).toHaveLength(44);
    const kept = network.partners.find((p) => p.id === sample.idOf(CARITAS));
    expect(kept?.name).toBe(CARITAS);
    expect(kept?.since).toBe(2020);
    const dropped = sample.idOf(CARITAS_AGAIN);
    const pair = (a: string, b: string) => [a, b].sort().join('|');
    const merged = new Set(network.cooperations.map((tie) => pair(tie.source, tie.target)));
    for (const tie of sample.network.cooperations) {
      const moved = (id: string) => (id === dropped ? sample.idOf(CARITAS) : id);
      expect(merged.has(pair(moved(tie.source), moved(tie.target)))).toBe(true);
    }
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes the merge dialog without merging on cancel', async () => {
    const { onMerge } = await show();
    fireEvent.click(
      screen.getByRole('button', { name: `Zusammenführen: ${CARITAS} und ${CARITAS_AGAIN}` }),
    );
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onMerge).not.toHaveBeenCalled();
  });
});
