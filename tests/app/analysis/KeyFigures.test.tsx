// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { KeyFigures } from '../../../src/app/analysis/KeyFigures';
import { i18nReady } from '../../../src/app/i18n';
import type { NetworkAnalysis } from '../../../src/core/analysis/analyse-network';

beforeAll(async () => {
  await i18nReady;
});
afterEach(cleanup);

describe('the key figures while the analysis runs', () => {
  it('show its progress and a button that stops it', () => {
    const onStop = vi.fn();
    render(
      <KeyFigures
        analysis={null}
        progress={{ done: 30, total: 120, step: 'betweenness' }}
        stopped={false}
        onStop={onStop}
        onRestart={vi.fn()}
      />,
    );
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('30');
    expect(bar.getAttribute('max')).toBe('120');
    fireEvent.click(screen.getByRole('button', { name: 'Berechnung abbrechen' }));
    expect(onStop).toHaveBeenCalledOnce();
  });

  it('offer to compute again once stopped', () => {
    const onRestart = vi.fn();
    render(
      <KeyFigures analysis={null} progress={null} stopped onStop={vi.fn()} onRestart={onRestart} />,
    );
    expect(screen.getByRole('status').textContent).toContain('abgebrochen');
    fireEvent.click(screen.getByRole('button', { name: 'Neu berechnen' }));
    expect(onRestart).toHaveBeenCalledOnce();
  });
});

describe('the key figures of a very large network', () => {
  it('show a tiny density with its first digits, not as 0, and counts in German', () => {
    const network = {
      partners: 50_000,
      cooperations: 200_000,
      density: 200_000 / ((50_000 * 49_999) / 2),
      components: 2_049,
      isolates: Array.from({ length: 2_016 }, (_, i) => `P${i}`),
    };
    render(
      <KeyFigures
        analysis={{ network } as unknown as NetworkAnalysis}
        progress={null}
        stopped={false}
        onStop={vi.fn()}
        onRestart={vi.fn()}
      />,
    );
    const shown = (key: string) =>
      document.querySelector(`[data-figure="${key}"] dd`)?.textContent ?? '';
    expect(shown('density')).toBe('0,00016');
    expect(shown('partners')).toBe('50.000');
    expect(shown('isolates')).toBe('2.016');
  });
});
