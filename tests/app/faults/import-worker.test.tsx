// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from '../../../src/app/import/ImportDialog';
import { i18nReady } from '../../../src/app/i18n';
import { applyImport, currentNetwork, emptyState } from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import type { ImportResult } from '../../../src/core/import';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { fixtureFile } from '../import/helpers';

/** How the worker fails: at once, or after it has reported reading half the file. */
const fault = vi.hoisted(() => ({ afterProgress: false }));

// The worker dies while it reads: the browser reports it as a rejected task.
vi.mock('../../../src/app/worker/client', () => {
  class TaskCancelled extends Error {}
  return {
    TaskCancelled,
    runInWorker: (
      _task: unknown,
      onProgress?: (progress: { done: number; total: number; step: string }) => void,
    ) => ({
      result: (async (): Promise<ImportResult> => {
        if (fault.afterProgress) onProgress?.({ done: 50, total: 100, step: 'parse' });
        await Promise.resolve();
        throw new Error('worker failed: out of memory');
      })(),
      cancel: () => undefined,
    }),
  };
});

const kreisViersen: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt Kreis Viersen', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'HB', name: 'Hebammenpraxis Nettetal', sector: 'Gesundheitswesen' }),
  ],
  cooperations: [createCooperation({ source: 'JA', target: 'HB', intensity: 3 })],
};

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

beforeEach(() => {
  useNetworkStore.setState(emptyState, true);
  update(
    applyImport(
      { network: kreisViersen, offers: [], memberships: [], problems: [], fatal: false },
      'Kreis Viersen',
    ),
  );
});

afterEach(() => {
  cleanup();
  fault.afterProgress = false;
});

/** The dialog wired to the store exactly as the app wires it. */
function showDialog() {
  render(
    <ImportDialog
      open
      onClose={() => undefined}
      current={currentNetwork(useNetworkStore.getState())}
      onApply={(result, name) => update(applyImport(result, name))}
    />,
  );
}

async function importPartnerList() {
  fireEvent.change(screen.getByLabelText('Dateien auswählen'), {
    target: { files: [fixtureFile('app/partner.csv')] },
  });
  await screen.findByRole('region', { name: 'partner.csv' });
  fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
}

describe('when the worker fails during an import', () => {
  it('the network on screen stays as it was and the coordinator is told why', async () => {
    const before = useNetworkStore.getState();
    showDialog();
    await importPartnerList();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Beim Lesen ist ein unerwarteter Fehler aufgetreten: worker failed: out of memory',
    );
    expect(useNetworkStore.getState()).toBe(before);
    expect(screen.queryByRole('button', { name: 'Übernehmen' })).toBeNull();
  });

  it('a failure after the worker reported progress changes nothing either', async () => {
    fault.afterProgress = true;
    const before = useNetworkStore.getState();
    showDialog();
    await importPartnerList();
    expect((await screen.findByRole('alert')).textContent).toContain('out of memory');
    expect(useNetworkStore.getState()).toBe(before);
    expect(currentNetwork(useNetworkStore.getState())).toBe(kreisViersen);
  });
});
