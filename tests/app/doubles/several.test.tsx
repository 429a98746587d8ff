// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DoublesView } from '../../../src/app/doubles/DoublesView';
import { distinctNames, SeveralNetworks } from '../../../src/app/doubles/SeveralNetworks';
import { i18next, i18nReady } from '../../../src/app/i18n';
import type { Session } from '../../../src/app/session/session';
import { applyImport, currentNetwork } from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { useInThreadWorker } from '../../worker/in-thread-worker';
import { freshBrowser, imported, load, stopAll } from '../session/fixtures';

const CARITAS = 'Caritasverband für den Kreis e.V.';
const CARITAS_AGAIN = 'Caritas-Verband f. d. Kreis e. V.';

/** The district youth office's network: the Caritas works with it and with a family centre. */
const kreis: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Kreisjugendamt – Netzwerkkoordination Frühe Hilfen' }),
    createPartner({ id: 'CV', name: CARITAS }),
    createPartner({ id: 'FZ', name: 'Familienzentrum Regenbogen' }),
  ],
  cooperations: [
    createCooperation({ source: 'JA', target: 'CV', intensity: 4, formal: true }),
    createCooperation({ source: 'CV', target: 'FZ', intensity: 2 }),
  ],
};

/** A town's own network, where the same Caritas is written differently. */
const stadt: Network = {
  partners: [
    createPartner({ id: '1', name: 'Jugendamt der Stadt Nettetal' }),
    createPartner({ id: '2', name: CARITAS_AGAIN }),
    createPartner({ id: '3', name: 'Hebammenpraxis am Markt' }),
  ],
  cooperations: [
    createCooperation({ source: '1', target: '2', intensity: 3 }),
    createCooperation({ source: '1', target: '3', intensity: 1 }),
  ],
};

beforeAll(() => {
  useInThreadWorker();
  return i18nReady;
});

afterEach(async () => {
  cleanup();
  stopAll();
  await act(() => i18next.changeLanguage('de'));
});

/** The district's network kept in the browser; with `town`, the town's lists imported after it. */
async function browserWith(town: boolean): Promise<Session> {
  const session = load(freshBrowser().storage(), {
    loadSample: async () => imported(kreis),
    sampleName: 'Kreis',
  });
  await session.ready;
  if (town) {
    update(applyImport(imported(stadt), 'Nettetal'));
    await vi.waitFor(() => {
      const { networks, currentId } = session.view.getState();
      expect(networks).toHaveLength(2);
      expect(networks.find((n) => n.id === currentId)?.name).toBe('Nettetal');
    });
  }
  return session;
}

function show(session: Session) {
  const onOpenMerged = vi.fn<(network: Network, name: string) => void>();
  render(
    <SeveralNetworks
      session={session}
      network={currentNetwork(useNetworkStore.getState())}
      onOpenMerged={onOpenMerged}
    />,
  );
  return onOpenMerged;
}

async function compareWithKreis() {
  fireEvent.click(screen.getByRole('checkbox', { name: 'Kreis' }));
  fireEvent.click(screen.getByRole('button', { name: 'Abgleichen' }));
  return screen.findByRole('table', {
    name: 'Partner, die in mehreren Netzwerken eingetragen sind, mit ihren Namen dort, Übereinstimmung und Gründen',
  });
}

describe('one partner in the networks of the district and of a town', () => {
  it('finds the Caritas written two ways, with its name in each network', async () => {
    show(await browserWith(true));
    const open = screen.getByRole<HTMLInputElement>('checkbox', {
      name: 'Nettetal (geöffnet, immer dabei)',
    });
    expect([open.checked, open.disabled]).toEqual([true, true]);
    const table = await compareWithKreis();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const cells = [...(rows[0] as HTMLTableRowElement).cells].map((cell) => cell.textContent);
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`„${CARITAS_AGAIN}“ in Nettetal`, `„${CARITAS}“ in Kreis`]);
    expect(cells[1]).toBe('Nettetal, Kreis');
    expect(cells.slice(2)).toEqual(['100 %', 'gleicher Name (nach Vereinheitlichung)']);
    screen.getByText('Partner, die in mehreren Netzwerken vorkommen: 1');
  });

  it('hands over a merged network that keeps every tie of both and the Caritas once', async () => {
    const onOpenMerged = show(await browserWith(true));
    await compareWithKreis();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Zusammengeführtes Netzwerk als neues Netzwerk speichern',
      }),
    );
    expect(onOpenMerged).toHaveBeenCalledTimes(1);
    const [merged, name] = onOpenMerged.mock.calls[0] as [Network, string];
    expect(name).toBe('Zusammengeführt: Nettetal, Kreis');
    expect(merged.partners).toHaveLength(5);
    const nameOf = new Map(merged.partners.map((p) => [p.id, p.name]));
    const ties = merged.cooperations.map((c) => [nameOf.get(c.source), nameOf.get(c.target)]);
    expect(ties).toEqual([
      ['Jugendamt der Stadt Nettetal', CARITAS_AGAIN],
      ['Jugendamt der Stadt Nettetal', 'Hebammenpraxis am Markt'],
      ['Kreisjugendamt – Netzwerkkoordination Frühe Hilfen', CARITAS_AGAIN],
      [CARITAS_AGAIN, 'Familienzentrum Regenbogen'],
    ]);
    const caritas = merged.partners.find((p) => p.name === CARITAS_AGAIN);
    expect(caritas?.attributes.networks).toBe('Nettetal|Kreis');
  });

  it('keeps the merged network as a third network once it is taken like an import', async () => {
    const session = await browserWith(true);
    const onOpenMerged = show(session);
    await compareWithKreis();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Zusammengeführtes Netzwerk als neues Netzwerk speichern',
      }),
    );
    const [merged, name] = onOpenMerged.mock.calls[0] as [Network, string];
    update(
      applyImport(
        { network: merged, offers: [], memberships: [], problems: [], fatal: false },
        name,
      ),
    );
    await vi.waitFor(() => {
      const { networks, currentId } = session.view.getState();
      expect(networks.map((n) => n.name).sort()).toEqual([
        'Kreis',
        'Nettetal',
        'Zusammengeführt: Nettetal, Kreis',
      ]);
      expect(networks.find((n) => n.id === currentId)?.cooperations).toBe(4);
    });
  });

  it('compares with the open network as it is now, not as it was last saved', async () => {
    const session = await browserWith(true);
    const now = currentNetwork(useNetworkStore.getState());
    render(
      <SeveralNetworks
        session={session}
        network={{ ...now, partners: now.partners.filter((p) => p.id !== '2') }}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kreis' }));
    fireEvent.click(screen.getByRole('button', { name: 'Abgleichen' }));
    await screen.findByText('Kein Partner kommt in mehr als einem der Netzwerke vor.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('explains how to get a second network when only one is kept', async () => {
    show(await browserWith(false));
    screen.getByText(
      'In diesem Browser ist nur dieses eine Netzwerk gespeichert: Importieren Sie die Listen einer anderen Kommune, denn jeder Import wird als eigenes Netzwerk gespeichert.',
    );
    expect(screen.queryByRole('button', { name: 'Abgleichen' })).toBeNull();
  });

  it('sits in the Doppelstrukturen view when the view has the session, in English too', async () => {
    const session = await browserWith(true);
    await act(() => i18next.changeLanguage('en'));
    render(
      <DoublesView
        network={currentNetwork(useNetworkStore.getState())}
        offers={[]}
        memberships={[]}
        threshold={0.5}
        onThresholdChange={vi.fn()}
        onShowPartners={vi.fn()}
        onMerge={vi.fn()}
        session={session}
      />,
    );
    const several = screen.getByRole('region', { name: 'One partner in several networks' });
    within(several).getByRole('checkbox', { name: 'Nettetal (open, always included)' });
    expect(within(several).getByRole<HTMLInputElement>('checkbox', { name: 'Kreis' }).checked).toBe(
      false,
    );
  });
});

describe('names of the networks compared', () => {
  it('tells two stored networks of the same name apart', () => {
    expect(distinctNames(['Viersen', 'Kempen', 'Viersen', 'Viersen (2)'])).toEqual([
      'Viersen',
      'Kempen',
      'Viersen (2)',
      'Viersen (2) (2)',
    ]);
  });
});
