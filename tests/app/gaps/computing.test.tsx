// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GapsView } from '../../../src/app/gaps/GapsView';
import { i18nReady } from '../../../src/app/i18n';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { defaultReferenceFigures } from '../../../src/core/reference/default-reference-figures';
import type { Network } from '../../../src/core/model/types';
import { computed } from '../../worker/computed';
import { useInThreadWorker, workers } from '../../worker/in-thread-worker';
import { loadBeispielkreis, type Beispielkreis } from './sample';

const catalogue = defaultCatalogue();
const reference = defaultReferenceFigures();
const noCorrections = new Map<string, string>();
let sample: Beispielkreis;

beforeAll(async () => {
  useInThreadWorker();
  await i18nReady;
  sample = await loadBeispielkreis();
});

afterEach(() => {
  cleanup();
  workers.failing = null;
});

/** The network as an edit leaves it: the same partners in a new object, so not yet computed. */
const edited = (): Network => ({ ...sample.network });

function show(network: Network, corrections: ReadonlyMap<string, string> = noCorrections) {
  const view = (shownCorrections: ReadonlyMap<string, string>) => (
    <GapsView
      network={network}
      offers={sample.offers}
      analysis={sample.analysis}
      catalogue={catalogue}
      reference={reference}
      corrections={shownCorrections}
      onShowPartners={() => undefined}
      onCorrectType={() => undefined}
    />
  );
  const { rerender } = render(view(corrections));
  return (next: ReadonlyMap<string, string>) => rerender(view(next));
}

const findings = () => document.querySelector('.gap-findings');

describe('the Lücken computed in the worker', () => {
  it('come back at once, without asking the worker again, when the view is opened again', async () => {
    const network = edited();
    show(network);
    await computed();
    cleanup();
    workers.requests = [];
    show(network);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Was fehlt?' })).toBeTruthy();
    expect(workers.requests).toEqual([]);
  });

  it('can be stopped while they are computed, and computed again', async () => {
    show(edited());
    fireEvent.click(screen.getByRole('button', { name: 'Berechnung abbrechen' }));
    expect(screen.getByRole('status').textContent).toContain('Die Berechnung wurde abgebrochen.');
    expect(findings()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Neu berechnen' }));
    await computed();
    expect(screen.getByRole('heading', { name: 'Was fehlt?' })).toBeTruthy();
  });

  it('say why when the worker fails, offer a retry and leave the network as it was', async () => {
    workers.failing = 'out of memory';
    const network = edited();
    const before = structuredClone(network);
    show(network);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Berechnung ist fehlgeschlagen: out of memory.');
    expect(alert.textContent).toContain('Das Netzwerk ist unverändert.');
    workers.failing = null;
    fireEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await computed();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Was fehlt?' })).toBeTruthy();
    expect(network).toEqual(before);
  });

  it('stay in view but out of reach while a correction is computed, so the page keeps its place', async () => {
    const correct = show(edited());
    await computed();
    expect(findings()?.hasAttribute('inert')).toBe(false);
    correct(new Map([[sample.idOf('Physiotherapiepraxis Kleine Schritte'), 'spz']]));
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(findings()?.hasAttribute('inert')).toBe(true);
    await computed();
    expect(findings()?.hasAttribute('inert')).toBe(false);
    expect(screen.queryByText(/Im Netzwerk fehlt: Sozialpädiatrisches Zentrum/)).toBeNull();
  });
});
