import { describe, expect, it } from 'vitest';
import { addPartner, removePartner } from '../../../src/core/edit';
import { createPartner, type Network } from '../../../src/core/model/types';
import {
  changeLabel,
  changeList,
  createHistory,
  goTo,
  record,
  recordEdit,
  redo,
  redoLabel,
  reset,
  undo,
  undoLabel,
  type History,
} from '../../../src/app/history';

const empty: Network = { partners: [], cooperations: [] };
const opened = createHistory(empty, changeLabel('opened'));
const sameNetwork = (_: Network, network: Network) => network;

function withPartners(...names: string[]): History<Network> {
  let history = opened;
  for (const name of names) {
    const outcome = recordEdit(
      history,
      addPartner(history.present.state, { name }),
      changeLabel('add-partner', { name }),
      sameNetwork,
    );
    history = outcome.history;
  }
  return history;
}
const names = (h: History<Network>) => h.present.state.partners.map((p) => p.name);

describe('undo and redo of edits', () => {
  it('undoes the last added partner and redoes it', () => {
    const history = withPartners('Jugendamt', 'Geburtsklinik');
    const undone = undo()(history);
    expect(names(undone)).toEqual(['Jugendamt']);
    expect(names(redo()(undone))).toEqual(['Jugendamt', 'Geburtsklinik']);
  });

  it('names the change undo and redo would take: "Rückgängig: Geburtsklinik hinzugefügt"', () => {
    const history = withPartners('Jugendamt', 'Geburtsklinik');
    expect(undoLabel(history)).toEqual(changeLabel('add-partner', { name: 'Geburtsklinik' }));
    expect(redoLabel(history)).toBeNull();
    expect(redoLabel(undo()(history))).toEqual(
      changeLabel('add-partner', { name: 'Geburtsklinik' }),
    );
    expect(undoLabel(opened)).toBeNull();
  });

  it('does nothing when there is nothing to undo or redo', () => {
    expect(undo()(opened)).toBe(opened);
    expect(redo()(opened)).toBe(opened);
  });

  it('a new change after undo drops the undone steps', () => {
    const branched = withPartners('Jugendamt', 'Geburtsklinik');
    const after = recordEdit(
      undo()(branched),
      addPartner(undo()(branched).present.state, { name: 'Kita' }),
      changeLabel('add-partner', { name: 'Kita' }),
      sameNetwork,
    ).history;
    expect(names(after)).toEqual(['Jugendamt', 'Kita']);
    expect(after.future).toEqual([]);
  });

  it('a refused edit leaves the history as it was and says why', () => {
    const history = withPartners('Jugendamt');
    const refused = recordEdit(
      history,
      removePartner(history.present.state, 'Polizei'),
      changeLabel('remove-partner', { name: 'Polizei' }),
      sameNetwork,
    );
    expect(refused.history).toBe(history);
    expect(refused.problems.map((p) => p.code)).toEqual(['unknown-partner']);
  });

  it('records the same state again as no change', () => {
    expect(record(opened.present.state, changeLabel('rename'))(opened)).toBe(opened);
  });
});

describe('the change list', () => {
  it('lists every step with the present marked, and jumps back and forth', () => {
    const history = withPartners('Jugendamt', 'Geburtsklinik', 'Kita');
    const list = changeList(history);
    expect(list.labels.map((l) => l.code)).toEqual([
      'opened',
      'add-partner',
      'add-partner',
      'add-partner',
    ]);
    expect(list.current).toBe(3);
    const back = goTo(1)(history);
    expect(names(back)).toEqual(['Jugendamt']);
    expect(changeList(back)).toEqual({ labels: list.labels, current: 1 });
    expect(names(goTo(3)(back))).toEqual(['Jugendamt', 'Geburtsklinik', 'Kita']);
    expect(goTo(9)(history)).toBe(history);
  });

  it('keeps at most `limit` steps to undo, dropping the oldest', () => {
    let history = createHistory(0, changeLabel('opened'), 3);
    for (let i = 1; i <= 10; i++)
      history = record(i, changeLabel('rename', { name: `Stand ${i}` }))(history);
    expect(history.past.map((s) => s.state)).toEqual([7, 8, 9]);
    let undone = history;
    for (let i = 0; i < 5; i++) undone = undo()(undone);
    expect(undone.present.state).toBe(7);
  });

  it('starts over after another network is opened', () => {
    const other: Network = {
      partners: [createPartner({ id: 'A', name: 'Frauenhaus' })],
      cooperations: [],
    };
    const fresh = reset(other, changeLabel('opened'))(withPartners('Jugendamt'));
    expect(fresh.past).toEqual([]);
    expect(fresh.present.state).toBe(other);
  });
});
