// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../../src/app/export/ExportPanel';
import { i18nReady } from '../../../src/app/i18n';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { useInThreadWorker, workers } from '../../worker/in-thread-worker';

const network: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt Kreis Viersen', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'HB', name: 'Hebammenpraxis Nettetal', sector: 'Gesundheitswesen' }),
  ],
  cooperations: [createCooperation({ source: 'JA', target: 'HB', intensity: 3 })],
};

const saved: string[] = [];
beforeAll(async () => {
  useInThreadWorker();
  await i18nReady;
  // jsdom has no downloads: the link's click is where the file would be saved.
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }),
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
  workers.requests = [];
});

function panel() {
  render(
    <ExportPanel
      network={network}
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
});
