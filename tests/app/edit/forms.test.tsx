// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCooperation, createPartner } from '../../../src/core/model/types';
import { EditPanel } from '../../../src/app/edit/EditPanel';
import { UndoBar } from '../../../src/app/edit/UndoBar';
import { i18nReady } from '../../../src/app/i18n';
import {
  applyImport,
  currentNetwork,
  emptyState,
  selectPartner,
} from '../../../src/app/store/state';
import { takeOtherTabChanges } from '../../../src/app/store/other-tab';
import { update, useNetworkStore } from '../../../src/app/store/store';

beforeAll(async () => {
  await i18nReady;
});

beforeEach(() => {
  useNetworkStore.setState(emptyState, true);
  update(
    applyImport(
      {
        network: {
          partners: [
            createPartner({ id: 'JA', name: 'Jugendamt Auenstadt' }),
            createPartner({ id: 'K1', name: 'Kita Sonnenschein' }),
            createPartner({ id: 'GK', name: 'Geburtsklinik St. Marien' }),
          ],
          cooperations: [createCooperation({ source: 'JA', target: 'K1', intensity: 2 })],
        },
        offers: [],
        memberships: [],
        problems: [],
        fatal: false,
      },
      'Auenstadt 2025',
    ),
  );
});

afterEach(cleanup);

const network = () => currentNetwork(useNetworkStore.getState());
const partnerNames = () => network().partners.map((p) => p.name);

function showEditing(selected: string | null = null) {
  if (selected) update(selectPartner(selected));
  render(
    <>
      <UndoBar />
      <EditPanel />
    </>,
  );
}

/** Opens "Kooperation hinzufügen" as a click on its summary does in a browser. */
function openAddCooperation(ties: HTMLElement) {
  const details = within(ties)
    .getByText('Kooperation hinzufügen', { selector: 'summary' })
    .closest('details') as HTMLDetailsElement;
  act(() => {
    details.open = true;
    fireEvent(details, new Event('toggle'));
  });
}

describe('editing the network by hand', () => {
  it('a partner without a name is refused, with the reason in plain German', () => {
    showEditing();
    fireEvent.click(screen.getByText('Partner hinzufügen', { selector: 'summary' }));
    fireEvent.click(screen.getByRole('button', { name: 'Partner hinzufügen' }));
    expect(screen.getByRole('alert').textContent).toContain('Bitte tragen Sie einen Namen ein.');
    expect(partnerNames()).toHaveLength(3);
  });

  it('an ID another partner holds is refused and names that partner', () => {
    showEditing('GK');
    const form = screen.getByRole('region', { name: '„Geburtsklinik St. Marien“ bearbeiten' });
    fireEvent.change(within(form).getByLabelText('Kennung'), { target: { value: 'K1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Änderungen übernehmen' }));
    expect(within(form).getByRole('alert').textContent).toContain(
      'Die Kennung „K1“ gehört schon zu „Kita Sonnenschein“.',
    );
    expect(network().partners.find((p) => p.id === 'GK')?.name).toBe('Geburtsklinik St. Marien');
  });

  it('a year that is no number is refused before it reaches the network', () => {
    showEditing('GK');
    const form = screen.getByRole('region', { name: '„Geburtsklinik St. Marien“ bearbeiten' });
    fireEvent.change(within(form).getByLabelText('Im Netzwerk seit (Jahr)'), {
      target: { value: 'seit 2019' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Änderungen übernehmen' }));
    expect(within(form).getByRole('alert').textContent).toContain(
      '„seit 2019“ ist keine Jahreszahl.',
    );
  });

  it('renames a partner and Ctrl+Z takes it back, Ctrl+Y makes it again', () => {
    showEditing('K1');
    const form = screen.getByRole('region', { name: '„Kita Sonnenschein“ bearbeiten' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Kita Regenbogen' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Änderungen übernehmen' }));
    expect(partnerNames()).toContain('Kita Regenbogen');
    expect(screen.getByRole('button', { name: 'Rückgängig' }).title).toBe(
      'Rückgängig: „Kita Regenbogen“ geändert (Strg+Z)',
    );

    act(() => {
      fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    });
    expect(partnerNames()).toContain('Kita Sonnenschein');
    expect(screen.getByRole('region', { name: '„Kita Sonnenschein“ bearbeiten' })).toBeTruthy();
    act(() => {
      fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    });
    expect(partnerNames()).toContain('Kita Regenbogen');
  });

  it('keeps what is typed in the form when another tab saves a change of another partner', () => {
    showEditing('K1');
    const form = () => screen.getByRole('region', { name: '„Kita Sonnenschein“ bearbeiten' });
    fireEvent.change(within(form()).getByLabelText('Name'), {
      target: { value: 'Kita Regenbogen' },
    });
    // Another tab renamed the maternity clinic and saved: this tab takes its change in.
    act(() =>
      update(
        takeOtherTabChanges({
          partners: new Map([
            ['GK', createPartner({ id: 'GK', name: 'Geburtsklinik aus dem anderen Tab' })],
          ]),
          cooperations: new Map(),
          corrections: new Map(),
          pins: new Map(),
        }),
      ),
    );
    expect(partnerNames()).toContain('Geburtsklinik aus dem anderen Tab');
    expect((within(form()).getByLabelText('Name') as HTMLInputElement).value).toBe(
      'Kita Regenbogen',
    );
    fireEvent.click(within(form()).getByRole('button', { name: 'Änderungen übernehmen' }));
    expect(partnerNames()).toEqual([
      'Jugendamt Auenstadt',
      'Kita Regenbogen',
      'Geburtsklinik aus dem anderen Tab',
    ]);
  });

  it('leaves Ctrl+Z to a text field that has the focus', () => {
    showEditing('K1');
    const name = within(
      screen.getByRole('region', { name: '„Kita Sonnenschein“ bearbeiten' }),
    ).getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'Kita Regenbogen' } });
    fireEvent.submit(name);
    fireEvent.keyDown(name, { key: 'z', ctrlKey: true });
    expect(partnerNames()).toContain('Kita Regenbogen');
  });

  it('adds a binding cooperation with an agreement, chosen from the list of partners', () => {
    showEditing('JA');
    const ties = screen.getByRole('region', { name: 'Kooperationen von „Jugendamt Auenstadt“' });
    // Drawn only when opened: in a large network its choice holds every partner.
    expect(within(ties).queryByLabelText('Kooperation mit')).toBeNull();
    openAddCooperation(ties);
    fireEvent.change(within(ties).getByLabelText('Kooperation mit'), { target: { value: 'GK' } });
    fireEvent.change(within(ties).getByLabelText('Intensität'), { target: { value: '4' } });
    fireEvent.click(within(ties).getByLabelText('Kooperationsvereinbarung liegt vor'));
    fireEvent.click(within(ties).getByRole('button', { name: 'Kooperation hinzufügen' }));
    expect(network().cooperations.at(-1)).toMatchObject({
      source: 'JA',
      target: 'GK',
      intensity: 4,
      formal: true,
    });
    expect(within(ties).getByRole('option', { name: '4 – verbindliche Kooperation' })).toBeTruthy();
  });

  it('refuses a second cooperation between the same two partners', () => {
    showEditing('JA');
    const ties = screen.getByRole('region', { name: 'Kooperationen von „Jugendamt Auenstadt“' });
    openAddCooperation(ties);
    fireEvent.change(within(ties).getByLabelText('Kooperation mit'), { target: { value: 'K1' } });
    fireEvent.click(within(ties).getByRole('button', { name: 'Kooperation hinzufügen' }));
    expect(within(ties).getByRole('alert').textContent).toContain(
      'ist schon eine Kooperation eingetragen',
    );
    expect(network().cooperations).toHaveLength(1);
  });

  it('removes a partner only after asking, and the undo button names what it brings back', () => {
    showEditing('K1');
    fireEvent.click(screen.getByRole('button', { name: 'Partner entfernen' }));
    expect(partnerNames()).toContain('Kita Sonnenschein');
    const question = screen.getByRole('group', {
      name: '„Kita Sonnenschein“ und alle Kooperationen dieses Partners entfernen?',
    });
    fireEvent.click(within(question).getByRole('button', { name: 'Ja, entfernen' }));
    expect(partnerNames()).not.toContain('Kita Sonnenschein');
    expect(network().cooperations).toHaveLength(0);
    const undo = screen.getByRole('button', { name: 'Rückgängig' });
    expect(undo.title).toBe('Rückgängig: „Kita Sonnenschein“ entfernt (Strg+Z)');
    fireEvent.click(undo);
    expect(partnerNames()).toContain('Kita Sonnenschein');
    expect(network().cooperations).toHaveLength(1);
  });

  it('jumps back to an earlier step from the list of changes, and redo still leads forward', () => {
    showEditing('JA');
    const ties = screen.getByRole('region', { name: 'Kooperationen von „Jugendamt Auenstadt“' });
    fireEvent.click(
      within(ties).getByRole('button', { name: 'Kooperation mit „Kita Sonnenschein“ entfernen' }),
    );
    fireEvent.click(within(ties).getByRole('button', { name: 'Ja, entfernen' }));
    openAddCooperation(ties);
    fireEvent.change(within(ties).getByLabelText('Kooperation mit'), { target: { value: 'GK' } });
    fireEvent.click(within(ties).getByRole('button', { name: 'Kooperation hinzufügen' }));
    const changes = within(
      screen.getByRole('group', { name: 'Änderungen zurücknehmen' }),
    ).getAllByRole('listitem');
    expect(changes.map((item) => item.textContent)).toEqual([
      'Listen importiert',
      'Kooperation „Jugendamt Auenstadt“ – „Kita Sonnenschein“ entfernt',
      'Kooperation „Jugendamt Auenstadt“ – „Geburtsklinik St. Marien“ hinzugefügt',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Listen importiert' }));
    expect(network().cooperations).toEqual([
      expect.objectContaining({ source: 'JA', target: 'K1' }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Wiederholen' }));
    expect(network().cooperations).toHaveLength(0);
  });
});
