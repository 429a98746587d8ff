// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../../src/app/export/ExportPanel';
import { i18nReady } from '../../../src/app/i18n';
import {
  createCooperation,
  createPartner,
  type Membership,
  type Network,
  type Offer,
} from '../../../src/core/model/types';
import { useInThreadWorker, workers } from '../../worker/in-thread-worker';

const network: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt Kreis Viersen', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'HB', name: 'Hebammenpraxis Nettetal', sector: 'Gesundheitswesen' }),
  ],
  cooperations: [createCooperation({ source: 'JA', target: 'HB', intensity: 3 })],
};

const saved: string[] = [];
/** The text of each file saved, in the order they were saved. */
const contents: Promise<string>[] = [];
beforeAll(async () => {
  useInThreadWorker();
  await i18nReady;
  // jsdom has no downloads: the link's click is where the file would be saved.
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        // Read with the byte order mark kept: it is what makes German Excel read UTF-8.
        contents.push(
          blob
            .arrayBuffer()
            .then((bytes) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)),
        );
        return 'blob:x';
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  saved.length = 0;
  contents.length = 0;
  workers.requests = [];
});

const offers: Offer[] = [
  { partner: 'HB', offer: 'Babylotse', socialArea: 'Nord', targetGroup: 'Schwangere' },
];
const memberships: Membership[] = [{ partner: 'JA', committee: '=AK Frühe Hilfen' }];

function panel(entries: { offers: Offer[]; memberships: Membership[] } = { offers, memberships }) {
  render(
    <ExportPanel
      network={network}
      offers={entries.offers}
      memberships={entries.memberships}
      report={null}
      fileName="kreis-viersen"
      positions={new Map()}
      analysis={null}
    />,
  );
}

describe('the export panel', () => {
  it('says which file is being written while the worker writes it, then saves it', async () => {
    panel();
    fireEvent.click(screen.getByRole('button', { name: 'Netzwerk für Gephi (GEXF)' }));
    expect(screen.getByRole('status').textContent).toContain(
      '„kreis-viersen.gexf“ wird erstellt …',
    );
    expect(screen.getByRole('button', { name: 'Netzwerk als GraphML' })).toHaveProperty(
      'disabled',
      true,
    );
    await vi.waitFor(() => expect(saved).toEqual(['kreis-viersen.gexf']));
    expect(workers.requests).toEqual(['export']);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Netzwerk als GraphML' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('stops writing a file on request and saves nothing', async () => {
    panel();
    fireEvent.click(screen.getByRole('button', { name: 'Alle Tabellen (Excel, XLSX)' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    });
    expect(screen.queryByRole('status')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(saved).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves the offers and the working-group memberships as CSV, partners named by ID', async () => {
    panel();
    fireEvent.click(screen.getByRole('button', { name: 'Angebote (CSV)' }));
    await vi.waitFor(() => expect(saved).toEqual(['kreis-viersen Angebote.csv']));
    await vi.waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Gremien-Mitgliedschaften (CSV)' }));
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]).toBe('kreis-viersen Gremien.csv');
    expect(await contents[0]).toBe(
      '\uFEFFPartner;Angebot;Sozialraum;Zielgruppe\r\nHB;Babylotse;Nord;Schwangere\r\n',
    );
    // The partner by ID; the committee's formula start neutralised.
    expect(await contents[1]).toBe("\uFEFFPartner;Gremium\r\nJA;'=AK Frühe Hilfen\r\n");
  });

  it('offers no offers or memberships file where the network has none', () => {
    panel({ offers: [], memberships: [] });
    expect(screen.getByRole('button', { name: 'Angebote (CSV)' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Gremien-Mitgliedschaften (CSV)' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('button', { name: 'Partnerliste (CSV)' })).toHaveProperty(
      'disabled',
      false,
    );
  });
});
