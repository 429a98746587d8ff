// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18nReady } from '../../../src/app/i18n';
import { createNetworkStorage } from '../../../src/app/persistence';
import type { Session } from '../../../src/app/session/session';
import { applyImport } from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import { NetworksPanel } from '../../../src/app/workspace/NetworksPanel';
import {
  auenstadt2025,
  freshBrowser,
  imported,
  load,
  SAMPLE_NAME,
  stopAll,
} from '../session/fixtures';

beforeAll(async () => {
  await i18nReady;
});

afterEach(() => {
  cleanup();
  stopAll();
});

async function show(session: Session) {
  await act(() => session.ready);
  render(<NetworksPanel session={session} />);
}

async function withTwoNetworks() {
  const session = load(freshBrowser().storage());
  await show(session);
  const list = screen.getByRole('list', { name: 'Gespeicherte Netzwerke' });
  act(() => update(applyImport(imported(auenstadt2025), 'Auenstadt 2025')));
  await vi.waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
  return { session, list };
}

describe('the networks panel', () => {
  it('lists the stored networks with their date in German, the open one marked', async () => {
    const { list } = await withTwoNetworks();
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first?.textContent).toContain('Auenstadt 2025 (geöffnet)');
    expect(first?.textContent).toMatch(/zuletzt geändert am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    expect(first?.textContent).toContain('2 Partner, 1 Kooperationen');
    expect(second?.textContent).toContain(SAMPLE_NAME);
    fireEvent.click(within(list).getByRole('button', { name: `„${SAMPLE_NAME}“ öffnen` }));
    await vi.waitFor(() => expect(useNetworkStore.getState().name).toBe(SAMPLE_NAME));
  });

  it('renames a network', async () => {
    const { list } = await withTwoNetworks();
    fireEvent.click(within(list).getByRole('button', { name: '„Auenstadt 2025“ umbenennen' }));
    fireEvent.change(within(list).getByLabelText('Neuer Name'), {
      target: { value: 'Netzwerk Frühe Hilfen Auenstadt 2025' },
    });
    fireEvent.click(within(list).getByRole('button', { name: 'Namen übernehmen' }));
    await vi.waitFor(() =>
      expect(list.textContent).toContain('Netzwerk Frühe Hilfen Auenstadt 2025 (geöffnet)'),
    );
    expect(useNetworkStore.getState().name).toBe('Netzwerk Frühe Hilfen Auenstadt 2025');
  });

  it('deletes a network after asking, and "Rückgängig" brings it back', async () => {
    const { list } = await withTwoNetworks();
    fireEvent.click(within(list).getByRole('button', { name: `„${SAMPLE_NAME}“ löschen` }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(within(list).getByRole('button', { name: 'Ja, löschen' }));
    await vi.waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText(`„${SAMPLE_NAME}“ gelöscht.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await vi.waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
  });

  it('says clearly that a project file from a newer version cannot be opened, and changes nothing', async () => {
    const session = load(freshBrowser().storage());
    await show(session);
    const before = useNetworkStore.getState();
    const file = new File(
      [JSON.stringify({ format: 'netzwerkkarte.project', schemaVersion: 7 })],
      'Kreis 2030.netzwerkkarte.json',
    );
    fireEvent.change(screen.getByLabelText('Projektdatei öffnen'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Die Datei „Kreis 2030.netzwerkkarte.json“ wurde nicht geöffnet. Ihr Netzwerk ist unverändert.',
    );
    expect(alert.textContent).toContain(
      'mit einer neueren Netzwerkkarte gespeichert (Dateiversion 7)',
    );
    expect(useNetworkStore.getState()).toBe(before);
  });

  it('tells a coordinator in a private window that nothing is kept, and what to do', async () => {
    const session = load(createNetworkStorage({ indexedDB: undefined, channel: null }));
    await show(session);
    expect(screen.getByRole('status', { name: 'Speicherstand' }).textContent).toContain(
      'Dieser Browser lässt kein Speichern zu',
    );
    expect(screen.getByText(/Sichern Sie sie als Projektdatei/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Projektdatei speichern' })).toBeTruthy();
  });
});
