// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { KeyFigures, LiveKeyFigures } from '../../../src/app/analysis/KeyFigures';
import { applyImport, emptyState } from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import { createPartner } from '../../../src/core/model/types';
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

  it('show the figures the analysis handed out first, with its progress and the stop button', () => {
    const onStop = vi.fn();
    const { container } = render(
      <KeyFigures
        analysis={null}
        early={{
          partners: 50_000,
          cooperations: 200_000,
          density: 0.00016,
          components: 3,
          isolates: ['P1', 'P2'],
        }}
        progress={{ done: 30, total: 120, step: 'betweenness' }}
        stopped={false}
        onStop={onStop}
        onRestart={vi.fn()}
      />,
    );
    const section = container.querySelector('.key-figures')!;
    expect(section.getAttribute('data-analysis')).toBe('running');
    expect(section.getAttribute('aria-busy')).toBe('true');
    const figure = (key: string) =>
      container.querySelector(`[data-figure="${key}"] dd`)?.textContent;
    expect(figure('partners')).toBe('50.000');
    expect(figure('cooperations')).toBe('200.000');
    expect(figure('isolates')).toBe('2');
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('30');
    fireEvent.click(screen.getByRole('button', { name: 'Berechnung abbrechen' }));
    expect(onStop).toHaveBeenCalledOnce();
  });

  it('keep those figures once stopped, and offer to compute the rest again', () => {
    const onRestart = vi.fn();
    const { container } = render(
      <KeyFigures
        analysis={null}
        early={{ partners: 45, cooperations: 80, density: 0.08, components: 1, isolates: [] }}
        progress={null}
        stopped
        onStop={vi.fn()}
        onRestart={onRestart}
      />,
    );
    const section = container.querySelector('.key-figures')!;
    expect(section.getAttribute('data-analysis')).toBe('stopped');
    expect(section.getAttribute('aria-busy')).toBe('false');
    expect(container.querySelector('[data-figure="partners"] dd')?.textContent).toBe('45');
    fireEvent.click(screen.getByRole('button', { name: 'Neu berechnen' }));
    expect(onRestart).toHaveBeenCalledOnce();
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

describe('the key figures that count partners', () => {
  const network = {
    partners: 46,
    cooperations: 90,
    density: 0.09,
    components: 3,
    isolates: ['P7', 'P12'],
  };

  it('lead to them: the isolated partners on the map, all partners in the table', () => {
    const onShowPartners = vi.fn();
    const onShowTable = vi.fn();
    render(
      <KeyFigures
        analysis={{ network } as unknown as NetworkAnalysis}
        progress={null}
        stopped={false}
        onStop={vi.fn()}
        onRestart={vi.fn()}
        onShowPartners={onShowPartners}
        onShowTable={onShowTable}
      />,
    );
    const isolated = screen.getByRole('button', {
      name: 'Die 2 Partner ohne Kooperation auf der Karte zeigen',
    });
    // A button, so Tab reaches it and Enter or Space presses it.
    expect(isolated.tagName).toBe('BUTTON');
    fireEvent.click(isolated);
    expect(onShowPartners).toHaveBeenCalledWith(['P7', 'P12']);
    fireEvent.click(screen.getByRole('button', { name: 'Alle 46 Partner als Liste zeigen' }));
    expect(onShowTable).toHaveBeenCalledOnce();
    // Figures that count no partners stay figures.
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('offer nothing to show where no partner is isolated', () => {
    render(
      <KeyFigures
        analysis={{ network: { ...network, isolates: [] } } as unknown as NetworkAnalysis}
        progress={null}
        stopped={false}
        onStop={vi.fn()}
        onRestart={vi.fn()}
        onShowPartners={vi.fn()}
      />,
    );
    expect(screen.queryByRole('button', { name: /ohne Kooperation/ })).toBeNull();
    expect(document.querySelector('[data-figure="isolates"] dd')?.textContent).toBe('0');
  });
});

describe('the live key figures in the sidebar', () => {
  it('show the isolated partners on the map, highlighted', () => {
    update(() =>
      applyImport(
        {
          network: {
            partners: [
              createPartner({ id: 'A', name: 'Jugendamt' }),
              createPartner({ id: 'B', name: 'Kita' }),
            ],
            cooperations: [],
          },
          offers: [],
          memberships: [],
          problems: [],
          fatal: false,
        },
        'Test',
      )({ ...emptyState, view: 'table' }),
    );
    render(
      <LiveKeyFigures
        analysis={
          {
            network: {
              partners: 2,
              cooperations: 0,
              density: 0,
              components: 2,
              isolates: ['A', 'B'],
            },
          } as unknown as NetworkAnalysis
        }
        stopped={false}
        onStop={vi.fn()}
        onRestart={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /2 Partner ohne Kooperation/ }));
    expect(useNetworkStore.getState().view).toBe('map');
    expect(useNetworkStore.getState().highlighted).toEqual(['A', 'B']);
  });
});
