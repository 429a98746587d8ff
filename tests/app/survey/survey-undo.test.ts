import { beforeEach, describe, expect, it } from 'vitest';
import { addPartner } from '../../../src/core/edit';
import { createPartner, type Network } from '../../../src/core/model/types';
import { createRound, defaultInstrument } from '../../../src/core/survey';
import { jumpTo } from '../../../src/app/edit/jump';
import { changeLabel, changeList, redoLabel, undoLabel } from '../../../src/app/history';
import {
  applyEdit,
  applyImport,
  currentNetwork,
  emptyState,
  redoChange,
  undoChange,
} from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import { newKeptSurvey, withOptions } from '../../../src/app/survey/kept-survey';
import { changeSurvey, surveyOf, useSurveyStore } from '../../../src/app/survey/survey-store';

const network: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'GK', name: 'Geburtsklinik', sector: 'Gesundheitswesen' }),
  ],
  cooperations: [],
};

const round = () => {
  const made = createRound(network, defaultInstrument(), {
    name: 'Befragung 2025',
    created: '2025-05-12',
  });
  return made.round!;
};

const shown = () => surveyOf(useSurveyStore.getState(), useNetworkStore.getState().generation);
const history = () => useNetworkStore.getState().history;
const undoCode = () => undoLabel(history())?.code ?? null;

beforeEach(() => {
  useNetworkStore.setState(emptyState, true);
  useSurveyStore.setState({ generation: 0, survey: null, revision: 0 });
  update(
    applyImport(
      { network, offers: [], memberships: [], problems: [], fatal: false },
      'Musterstadt',
    ),
  );
});

describe('survey changes in the undo history', () => {
  it('each survey change is a step named after it; undo and redo put the survey back', () => {
    const { revision } = useNetworkStore.getState();
    const set = newKeptSurvey(round());
    changeSurvey(() => set, changeLabel('survey-round', { name: 'Befragung 2025' }));
    expect(undoLabel(history())).toEqual({
      code: 'survey-round',
      params: { name: 'Befragung 2025' },
    });
    // The network did not change: no new revision, the analysis stays.
    expect(useNetworkStore.getState().revision).toBe(revision);
    expect(currentNetwork(useNetworkStore.getState())).toBe(network);
    const chosen = withOptions(set, { rule: 'both' });
    changeSurvey(() => chosen, changeLabel('survey-merge-rule'));
    expect(undoCode()).toBe('survey-merge-rule');

    update(undoChange());
    expect(shown()).toBe(set);
    expect(undoCode()).toBe('survey-round');
    expect(redoLabel(history())?.code).toBe('survey-merge-rule');
    update(undoChange());
    expect(shown()).toBeNull();
    update(redoChange());
    expect(shown()).toBe(set);
    update(redoChange());
    expect(shown()).toBe(chosen);
  });

  it('undoing a network edit leaves the survey; a jump across survey changes puts back the earliest', () => {
    const set = newKeptSurvey(round());
    const revisions = useSurveyStore.getState().revision;
    changeSurvey(() => set, changeLabel('survey-round', { name: 'Befragung 2025' }));
    update(
      applyEdit(
        addPartner(currentNetwork(useNetworkStore.getState()), { name: 'Kita Sonnenschein' }),
        changeLabel('add-partner', { name: 'Kita Sonnenschein' }),
      ),
    );
    changeSurvey(() => withOptions(set, { intensity: 'max' }), changeLabel('survey-merge-rule'));
    expect(changeList(history()).labels.map((l) => l.code)).toEqual([
      'import',
      'survey-round',
      'add-partner',
      'survey-merge-rule',
    ]);
    update(undoChange());
    expect(shown()).toBe(set);
    update(undoChange());
    expect(undoCode()).toBe('survey-round');
    expect(shown()).toBe(set);
    expect(currentNetwork(useNetworkStore.getState()).partners).toHaveLength(2);
    update(jumpTo(3));
    expect(shown()?.options.intensity).toBe('max');
    update(jumpTo(0));
    expect(shown()).toBeNull();
    // Every change of the survey, undone or redone, counts as a change to save.
    expect(useSurveyStore.getState().revision).toBeGreaterThan(revisions + 3);
  });

  it('a change that changes nothing is no step', () => {
    const steps = changeList(history()).labels.length;
    changeSurvey((survey) => survey, changeLabel('survey-merge-rule'));
    expect(changeList(history()).labels).toHaveLength(steps);
  });
});
