// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEffect } from 'react';
import { chooseStand } from '../../../src/app/compare/chosen-stand';
import { ComparePanel } from '../../../src/app/compare/ComparePanel';
import { useComparison } from '../../../src/app/compare/use-comparison';
import { useStandStore } from '../../../src/app/compare/stand-store';
import { changeLabel, type ChangeCode } from '../../../src/app/history';
import { i18next, i18nReady } from '../../../src/app/i18n';
import { applyEdit, applyImport, currentNetwork, emptyState } from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import type { NetworkComparison } from '../../../src/core/compare';
import {
  addCooperation,
  addPartner,
  setPartnerField,
  updateCooperation,
  type EditResult,
} from '../../../src/core/edit';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { computed } from '../../worker/computed';
import { useInThreadWorker } from '../../worker/in-thread-worker';

const catalogue = defaultCatalogue();
const spring2024 = () => new Date('2024-03-12T10:00:00');

beforeAll(async () => {
  useInThreadWorker();
  await i18nReady;
});

beforeEach(() => {
  useNetworkStore.setState(emptyState, true);
  useStandStore.setState({ generation: 0, stands: [], revision: 0 }, true);
  chooseStand(null);
  update(
    applyImport(
      {
        network: {
          partners: [
            createPartner({ id: 'JA', name: 'Jugendamt Auenstadt', type: 'ASD' }),
            createPartner({ id: 'K1', name: 'Kita Sonnenschein', type: 'Kita' }),
          ],
          cooperations: [createCooperation({ source: 'JA', target: 'K1', intensity: 2 })],
        },
        offers: [],
        memberships: [],
        problems: [],
        fatal: false,
      },
      'Auenstadt',
    ),
  );
});

afterEach(async () => {
  cleanup();
  await act(() => i18next.changeLanguage('de'));
});

/** Edits the network as the edit forms do: a core edit, recorded as one undoable step. */
function edit(code: ChangeCode, change: (network: Network) => EditResult) {
  act(() =>
    update(applyEdit(change(currentNetwork(useNetworkStore.getState())), changeLabel(code))),
  );
}

/** The map's side: it draws the comparison the comparison view chose, once it is computed. */
function MapSide({ onComparison }: { onComparison: (c: NetworkComparison | null) => void }) {
  const { comparison } = useComparison(catalogue);
  useEffect(() => onComparison(comparison), [comparison, onComparison]);
  return null;
}

function show(onComparison = vi.fn<(comparison: NetworkComparison | null) => void>()) {
  render(
    <>
      <ComparePanel catalogue={catalogue} now={spring2024} />
      <MapSide onComparison={onComparison} />
    </>,
  );
  return onComparison;
}

const takeStandNamed = (name?: string) => {
  if (name !== undefined)
    fireEvent.change(screen.getByLabelText('Name des Stands'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Stand festhalten' }));
};

describe('comparing over time', () => {
  it('offers "Stand 2024" as the name and lists the Stand with its German date', async () => {
    show();
    expect(screen.getByLabelText('Name des Stands')).toHaveProperty('value', 'Stand 2024');
    expect(screen.getByText('Noch kein Stand festgehalten.')).toBeTruthy();
    takeStandNamed();
    expect(screen.getByRole('status').textContent).toBe('„Stand 2024“ ist festgehalten.');
    const item = within(screen.getByRole('list', { name: 'Festgehaltene Stände' })).getByRole(
      'listitem',
    );
    expect(item.textContent).toContain('Stand 2024');
    expect(item.textContent).toContain('festgehalten am 12.03.2024');
    expect(item.textContent).toContain('2 Partner, 1 Kooperationen');
  });

  it('lists the partner added since the Stand and the new tie by name, with the figures side by side', async () => {
    const onComparison = show();
    takeStandNamed('Stand 2024');
    edit('add-partner', (network) =>
      addPartner(network, { id: 'HM', name: 'Hebamme Meier', type: 'Hebamme' }),
    );
    edit('add-cooperation', (network) =>
      addCooperation(network, { source: 'JA', target: 'HM', intensity: 3 }),
    );
    edit('update-cooperation', (network) =>
      updateCooperation(network, 'JA', 'K1', { intensity: 4, formal: true }),
    );
    fireEvent.click(
      screen.getByRole('button', { name: '„Stand 2024“ mit aktuellem Netzwerk vergleichen' }),
    );
    await computed();

    const result = screen.getByRole('region', { name: '„Stand 2024“ und das aktuelle Netzwerk' });
    const added = within(result).getByRole('region', { name: 'Neue Partner' });
    expect(
      within(added).getByText('Seit „Stand 2024“ ist 1 Partner neu im Netzwerk:'),
    ).toBeTruthy();
    expect(within(added).getByRole('listitem').textContent).toBe('Hebamme Meier');
    const ties = within(result).getByRole('region', { name: 'Neue Kooperationen' });
    expect(within(ties).getByRole('listitem').textContent).toBe(
      'Hebamme Meier – Jugendamt Auenstadt',
    );
    const closer = within(result).getByRole('region', { name: 'Enger gewordene Kooperationen' });
    expect(within(closer).getByRole('listitem').textContent).toBe(
      'Jugendamt Auenstadt – Kita Sonnenschein: von 2 (punktuelle, fallbezogene Zusammenarbeit) auf 4 (verbindliche Kooperation)',
    );
    const gone = within(result).getByRole('region', { name: 'Ausgeschiedene Partner' });
    expect(within(gone).queryByRole('list')).toBeNull();
    expect(
      within(gone).getByText('Alle Partner aus „Stand 2024“ sind noch im Netzwerk.'),
    ).toBeTruthy();

    const figure = (name: string) => {
      const row = within(result).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
      return within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    };
    expect(figure('Partner')).toEqual(['2', '3', '+1']);
    expect(figure('Dichte')).toEqual(['1,000', '0,667', '−0,333']);
    expect(figure('Kooperationen Jugendhilfe ↔ Gesundheitswesen')).toEqual(['0', '1', '+1']);

    // Handed to the map by an effect, which may run a moment after the panel shows the result.
    await waitFor(() =>
      expect(onComparison).toHaveBeenLastCalledWith(
        expect.objectContaining({
          partners: expect.objectContaining({ added: [{ id: 'HM', name: 'Hebamme Meier' }] }),
        }),
      ),
    );
  });

  it('follows further edits and stops comparing when the Stand is deleted', async () => {
    const onComparison = show();
    takeStandNamed('Stand 2024');
    fireEvent.click(
      screen.getByRole('button', { name: '„Stand 2024“ mit aktuellem Netzwerk vergleichen' }),
    );
    await computed();
    expect(
      screen.getByText('Seit „Stand 2024“ ist keine Kooperation neu entstanden.'),
    ).toBeTruthy();
    edit('add-partner', (network) => addPartner(network, { id: 'HM', name: 'Hebamme Meier' }));
    edit('add-cooperation', (network) => addCooperation(network, { source: 'K1', target: 'HM' }));
    await computed();
    expect(screen.getByText('1 Kooperation ist seit „Stand 2024“ neu entstanden:')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '„Stand 2024“ löschen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, löschen' }));
    expect(
      screen.queryByRole('region', { name: '„Stand 2024“ und das aktuelle Netzwerk' }),
    ).toBeNull();
    expect(screen.getByText('Noch kein Stand festgehalten.')).toBeTruthy();
    expect(onComparison).toHaveBeenLastCalledWith(null);
  });

  it('lists a partner whose details changed, each detail old and new, in a table of its own', async () => {
    show();
    takeStandNamed('Stand 2024');
    edit('bulk-set', (network) => setPartnerField(network, ['K1'], 'municipality', 'Bergdorf'));
    fireEvent.click(
      screen.getByRole('button', { name: '„Stand 2024“ mit aktuellem Netzwerk vergleichen' }),
    );
    await computed();
    const changed = screen.getByRole('region', { name: 'Geänderte Angaben' });
    expect(
      within(changed).getByText('Bei 1 Partner haben sich seit „Stand 2024“ Angaben geändert:'),
    ).toBeTruthy();
    const rows = within(within(changed).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'PartnerAngabeStand 2024Aktuell',
      'Kita SonnenscheinKommune(keine Angabe)Bergdorf',
    ]);
  });

  it("never shows one Stand's comparison under the name of another while it is computed", async () => {
    show();
    takeStandNamed('Stand 2024');
    edit('add-partner', (network) => addPartner(network, { id: 'HM', name: 'Hebamme Meier' }));
    takeStandNamed('Stand 2025');
    fireEvent.click(
      screen.getByRole('button', { name: '„Stand 2024“ mit aktuellem Netzwerk vergleichen' }),
    );
    await computed();
    fireEvent.click(
      screen.getByRole('button', { name: '„Stand 2025“ mit aktuellem Netzwerk vergleichen' }),
    );
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.queryByText(/ist 1 Partner neu im Netzwerk/)).toBeNull();
    await computed();
    const result = screen.getByRole('region', { name: '„Stand 2025“ und das aktuelle Netzwerk' });
    expect(result.textContent).toContain('Seit „Stand 2025“ ist kein Partner dazugekommen.');
  });

  it('speaks English with the same plain sentences', async () => {
    show();
    await act(() => i18next.changeLanguage('en'));
    fireEvent.click(screen.getByRole('button', { name: 'Keep this state' }));
    edit('add-partner', (network) => addPartner(network, { id: 'HM', name: 'Hebamme Meier' }));
    fireEvent.click(
      screen.getByRole('button', { name: 'Compare “Stand 2024” with the current network' }),
    );
    await computed();
    expect(screen.getByText('Since “Stand 2024”, 1 partner is new in the network:')).toBeTruthy();
    expect(screen.getByText(/kept on 12\/03\/2024/)).toBeTruthy();
  });
});
