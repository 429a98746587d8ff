// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { addPartner } from '../../../src/core/edit';
import { buildGraph } from '../../../src/core/model/graph';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { changeLabel } from '../../../src/app/history';
import { keepAnalysis, useAnalysis } from '../../../src/app/store/analysis';
import {
  applyEdit,
  applyImport,
  currentNetwork,
  emptyState,
  undoChange,
} from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';

afterEach(cleanup);

const first: Network = {
  partners: [
    createPartner({ id: 'P1', name: 'Jugendamt' }),
    createPartner({ id: 'P2', name: 'Kita' }),
  ],
  cooperations: [createCooperation({ source: 'P1', target: 'P2', intensity: 2 })],
};

/** What a view reading the figures shows: the number of partners analysed, or "none". */
function Figures() {
  const analysis = useAnalysis();
  return <p>{analysis === null ? 'none' : String(analysis.partners.length)}</p>;
}

function shown(): string {
  return document.querySelector('p')?.textContent ?? '';
}

describe('the figures of the network shown', () => {
  it('are those computed for that very network, never an earlier one', () => {
    useNetworkStore.setState(
      applyImport(
        { network: first, offers: [], memberships: [], problems: [], fatal: false },
        'partner.csv',
      )(emptyState),
      true,
    );
    render(<Figures />);
    expect(shown()).toBe('none');

    const opened = currentNetwork(useNetworkStore.getState());
    act(() => keepAnalysis(opened, analyseNetwork(buildGraph(opened))));
    expect(shown()).toBe('2');

    // An edit: the figures of the state before no longer count, with nobody clearing them.
    act(() =>
      update(
        applyEdit(
          addPartner(opened, { id: 'P3', name: 'Hebamme' }),
          changeLabel('add-partner', { name: 'Hebamme' }),
        ),
      ),
    );
    expect(shown()).toBe('none');

    // Figures of the earlier state arriving late (a slow worker) are not shown as the current ones.
    act(() => keepAnalysis(opened, analyseNetwork(buildGraph(opened))));
    expect(shown()).toBe('none');

    const edited = currentNetwork(useNetworkStore.getState());
    act(() => keepAnalysis(edited, analyseNetwork(buildGraph(edited))));
    expect(shown()).toBe('3');

    // Undo brings the earlier network back; the figures kept are the edited one's.
    act(() => update(undoChange()));
    expect(currentNetwork(useNetworkStore.getState())).toBe(opened);
    expect(shown()).toBe('none');
  });
});
