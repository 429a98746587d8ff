// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from '../../../src/app/import/ImportDialog';
import { storeMapping, useSavedMappings } from '../../../src/app/import/saved-mappings';
import { i18nReady } from '../../../src/app/i18n';
import type { ImportRequest, ImportResult } from '../../../src/core/import/types';
import { createPartner, type Network } from '../../../src/core/model/types';
import { freshStorage, value } from '../persistence/helpers';
import { fixtureFile } from './helpers';

/** Held tasks let a test cancel while "the worker" is still reading. */
const worker = vi.hoisted(() => ({ hold: false }));

// jsdom has no workers: the task runs the same core in the test's thread.
vi.mock('../../../src/app/worker/client', async () => {
  const { importNetwork } = await import('../../../src/core/import');
  class TaskCancelled extends Error {}
  return {
    TaskCancelled,
    runInWorker: (task: { request: ImportRequest }) => {
      let cancel = () => {};
      const result = worker.hold
        ? new Promise<ImportResult>((_, reject) => {
            cancel = () => reject(new TaskCancelled());
          })
        : importNetwork(task.request);
      return { result, cancel: () => cancel() };
    },
  };
});

beforeAll(async () => {
  await i18nReady;
  // jsdom lacks modal dialogs; opening one as the browser would is all the dialog needs.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(() => {
  cleanup();
  useSavedMappings.setState({ saved: [], keeper: null });
  worker.hold = false;
});

const current: Network = {
  partners: [
    createPartner({ id: 'K1', name: 'Jugendamt Kreis Viersen' }),
    createPartner({ id: 'K2', name: 'Kita Löwenzahn' }),
  ],
  cooperations: [],
};

function show(
  names: { openName?: string | null; storedOpenName?: string | null; otherNames?: string[] } = {},
) {
  const onApply = vi.fn();
  const onClose = vi.fn();
  render(<ImportDialog open onClose={onClose} onApply={onApply} current={current} {...names} />);
  return { onApply, onClose };
}

async function choose(...paths: string[]) {
  fireEvent.change(screen.getByLabelText('Dateien auswählen'), {
    target: { files: paths.map(fixtureFile) },
  });
  for (const path of paths) await screen.findByRole('region', { name: path.split('/').pop() });
}

const card = (name: string) => screen.getByRole('region', { name });

describe('the import dialog', () => {
  it('shows the umlauts of a Windows-1252 list; a wrong character set garbles them and the right one repairs them', async () => {
    show();
    await choose('import/excel-csv-trennzeichen.csv');
    const file = card('excel-csv-trennzeichen.csv');
    expect(await within(file).findByText('Frühförderstelle Nettetal')).toBeTruthy();
    expect(file.textContent).toContain('Erkannt: Partnerliste');
    expect(file.textContent).toContain('Zeichensatz: Windows-1252');
    expect(file.textContent).toContain('Trennzeichen: Semikolon (;)');
    expect(within(file).getAllByRole('row')).toHaveLength(6);

    fireEvent.change(within(file).getByLabelText('Zeichensatz'), { target: { value: 'utf-8' } });
    expect(await within(file).findByText('Fr\uFFFDhf\uFFFDrderstelle Nettetal')).toBeTruthy();
    fireEvent.change(within(file).getByLabelText('Zeichensatz'), {
      target: { value: 'windows-1252' },
    });
    expect(await within(file).findByText('Frühförderstelle Nettetal')).toBeTruthy();
  });

  it('opens the column mapping for a list with its own column names, and imports after mapping', async () => {
    const { onApply } = show();
    await choose('app-import/eigene-spalten.csv');
    const file = card('eigene-spalten.csv');
    expect(file.textContent).toContain('Die Art der Tabelle wurde nicht erkannt');
    fireEvent.change(within(file).getByLabelText('Art der Tabelle'), {
      target: { value: 'partners' },
    });
    const mapping = within(file).getByRole('group', {
      name: 'Spalten zuordnen: eigene-spalten.csv',
    });
    expect(mapping.textContent).toContain('Noch nicht zugeordnet (Pflicht): Name der Einrichtung');
    // "Hilfesystem" is a known name for the sector and comes prefilled.
    expect(
      (within(mapping).getByLabelText('Angabe für die Spalte „Hilfesystem“') as HTMLSelectElement)
        .value,
    ).toBe('sector');
    fireEvent.change(within(mapping).getByLabelText('Angabe für die Spalte „Einrichtungsname“'), {
      target: { value: 'name' },
    });
    expect(mapping.textContent).toContain('Alle Pflichtangaben sind zugeordnet.');

    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    const counts = await screen.findByLabelText('Gelesen');
    expect(counts.querySelector('[data-count="partners"] dd')?.textContent).toBe('3');
    expect(counts.querySelector('[data-count="cooperations"] dd')?.textContent).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Übernehmen' }));
    expect(onApply).toHaveBeenCalledTimes(1);
    const [result, name, mode] = onApply.mock.calls[0] as [ImportResult, string, string];
    expect(result.network.partners.map((p) => p.name)).toEqual([
      'Frühförderstelle Süchteln',
      'Hebammenpraxis Löwenzahn',
      'Familienzentrum Regenbogen',
    ]);
    expect([name, mode]).toEqual(['eigene-spalten', 'new']);
  });

  it('proposes a name from the title row of the list, which the coordinator can change', async () => {
    const { onApply } = show({ otherNames: ['Kreis Viersen'] });
    await choose('import/koordination/partnerliste.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    const field = (await screen.findByLabelText('Name des Netzwerks')) as HTMLInputElement;
    expect(field.value).toBe('Netzwerk Frühe Hilfen Musterstadt – Stand 03/2024');
    expect(field.required).toBe(true);

    fireEvent.change(field, { target: { value: '  ' } });
    expect(screen.getByText('Bitte geben Sie dem Netzwerk einen Namen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Übernehmen' })).toHaveProperty('disabled', true);

    fireEvent.change(field, { target: { value: 'kreis viersen' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Übernehmen' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: '„kreis viersen (2)“ verwenden' }));
    expect(field.value).toBe('kreis viersen (2)');

    fireEvent.change(field, { target: { value: 'Frühe Hilfen Musterstadt 2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Übernehmen' }));
    expect(onApply.mock.calls[0]?.slice(1)).toEqual(['Frühe Hilfen Musterstadt 2024', 'new']);
  });

  it('keeps a new network from taking the name the sample is stored under', async () => {
    show({ openName: null, storedOpenName: 'Beispielkreis (Beispieldaten)', otherNames: [] });
    await choose('import/excel-csv-trennzeichen.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    const field = (await screen.findByLabelText('Name des Netzwerks')) as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'Beispielkreis (Beispieldaten)' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: 'Übernehmen' })).toHaveProperty('disabled', true);
    // Replacing the sample's content may keep the name it is stored under.
    fireEvent.click(screen.getByLabelText(/^Geöffnetes Netzwerk ersetzen/));
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('replaces the open network under its own name unless it is changed', async () => {
    const { onApply } = show({ openName: 'Netzwerk Kreis Viersen', otherNames: [] });
    await choose('import/excel-csv-trennzeichen.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    const field = (await screen.findByLabelText('Name des Netzwerks')) as HTMLInputElement;
    expect(field.value).toBe('excel-csv-trennzeichen');
    fireEvent.click(screen.getByLabelText(/^„Netzwerk Kreis Viersen“ ersetzen/));
    expect(field.value).toBe('Netzwerk Kreis Viersen');
    fireEvent.click(screen.getByRole('button', { name: 'Übernehmen' }));
    expect(onApply.mock.calls[0]?.slice(1)).toEqual(['Netzwerk Kreis Viersen', 'replace']);
  });

  it('uses a saved mapping again for the next file with the same columns', async () => {
    // As the session does: the mappings are kept with the stored networks.
    const browser = freshStorage();
    useSavedMappings.setState({ keeper: (entry) => storeMapping(browser, entry) });
    show();
    await choose('app-import/eigene-spalten.csv');
    let file = card('eigene-spalten.csv');
    fireEvent.change(within(file).getByLabelText('Art der Tabelle'), {
      target: { value: 'partners' },
    });
    fireEvent.change(within(file).getByLabelText('Angabe für die Spalte „Einrichtungsname“'), {
      target: { value: 'name' },
    });
    fireEvent.change(within(file).getByLabelText('Name für diese Zuordnung'), {
      target: { value: 'Liste Kreis Viersen' },
    });
    fireEvent.click(within(file).getByRole('button', { name: 'Zuordnung speichern' }));
    await waitFor(() =>
      expect(file.textContent).toContain('Zuordnung „Liste Kreis Viersen“ gespeichert'),
    );
    expect(value(await browser.readSetting('mappings'))).toContain('Einrichtungsname');
    browser.close();

    fireEvent.click(within(file).getByRole('button', { name: 'eigene-spalten.csv entfernen' }));
    await choose('app-import/eigene-spalten.csv');
    file = card('eigene-spalten.csv');
    await waitFor(() =>
      expect(file.textContent).toContain('Gespeicherte Zuordnung „Liste Kreis Viersen“ verwendet'),
    );
    expect(within(file).queryByText(/Noch nicht zugeordnet/)).toBeNull();
  });

  it('shows what adding to the current network would change before anything is applied', async () => {
    const { onApply } = show();
    await choose('import/excel-csv-trennzeichen.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    fireEvent.click(
      await screen.findByLabelText(
        'Zum aktuellen Netzwerk hinzufügen (neue Partner ergänzen, bestehende aktualisieren)',
      ),
    );
    const changes = screen.getByRole('region', { name: 'Was sich ändert' });
    expect(changes.textContent).toContain('4 neue Partner');
    expect(changes.textContent).toContain('1 Partner aktualisiert: Jugendamt Kreis Viersen');
    expect(changes.textContent).toContain('Danach: 6 Partner und 0 Kooperationen.');
    expect(onApply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Übernehmen' }));
    const [result, , mode] = onApply.mock.calls[0] as [ImportResult, string, string];
    expect(mode).toBe('merge');
    expect(result.network.partners.map((p) => p.id)).toEqual([
      'K1',
      'K2',
      'GK02',
      'FF03',
      'SB04',
      'HB05',
    ]);
  });

  it('cancelling while the files are read goes back to the files and changes nothing', async () => {
    const { onApply } = show();
    await choose('import/excel-csv-trennzeichen.csv');
    worker.hold = true;
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    await screen.findByLabelText('Fortschritt beim Lesen');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    });
    expect(await screen.findByRole('region', { name: 'excel-csv-trennzeichen.csv' })).toBeTruthy();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('a file nobody can read as a network can only be closed', async () => {
    const { onApply, onClose } = show();
    await choose('app/kaputt.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Der Import ist fehlgeschlagen',
    );
    expect(screen.queryByRole('button', { name: 'Übernehmen' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Schließen' }));
    expect(onClose).toHaveBeenCalled();
    expect(onApply).not.toHaveBeenCalled();
  });
});
