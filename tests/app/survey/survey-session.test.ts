import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addPartner } from '../../../src/core/edit';
import { createRound, defaultInstrument, responseFromEntry } from '../../../src/core/survey';
import { changeLabel } from '../../../src/app/history';
import type { Session } from '../../../src/app/session/session';
import { applyEdit, currentNetwork } from '../../../src/app/store/state';
import { update, useNetworkStore } from '../../../src/app/store/store';
import {
  newKeptSurvey,
  settingsWithSurvey,
  surveyFromSettings,
  SURVEY_SETTING,
  withOptions,
  withResponses,
} from '../../../src/app/survey/kept-survey';
import { changeSurvey, useSurveyStore, surveyOf } from '../../../src/app/survey/survey-store';
import { freshBrowser, load, stopAll, type Browser } from '../session/fixtures';

afterEach(stopAll);
// A new page starts with no survey shown.
beforeEach(() => useSurveyStore.setState({ generation: 0, survey: null, revision: 0 }));

async function reload(browser: Browser, session: Session): Promise<Session> {
  await session.flush();
  session.stop();
  const next = load(browser.storage(), {
    loadSample: () => Promise.reject(new Error('the sample must not be read')),
  });
  await next.ready;
  return next;
}

/** A fresh label for each survey change, as the view makes one for each. */
const label = () => changeLabel('survey-merge-rule');

const shownSurvey = () =>
  surveyOf(useSurveyStore.getState(), useNetworkStore.getState().generation);

describe('a survey round kept with the network', () => {
  it('comes back after a reload with the answers taken over and the merge chosen', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    const network = currentNetwork(useNetworkStore.getState());
    const instrument = defaultInstrument();
    const made = createRound(network, instrument, {
      name: 'Befragung 2025',
      created: '2025-05-12',
    });
    if (made.round === null) throw new Error('no round');
    const { round } = made;
    const [first, second] = round.partners;
    const typedIn = responseFromEntry(
      {
        respondent: first!.id,
        label: 'Telefon, 12.05.2025',
        saved: '2025-05-12T10:00:00.000Z',
        rows: [{ partner: second!.id, values: { intensity: 4 } }],
      },
      round,
      instrument,
    );
    changeSurvey(() => newKeptSurvey(round), label());
    changeSurvey((survey) => withResponses(survey!, [typedIn.response!]), label());
    changeSurvey((survey) => withOptions(survey!, { rule: 'both', intensity: 'max' }), label());

    await reload(browser, session);
    const kept = shownSurvey();
    expect(kept?.round).toEqual(round);
    expect(kept?.responses).toEqual([typedIn.response]);
    expect(kept?.options).toEqual({ rule: 'both', intensity: 'max' });
  });

  it('a network without a round shows none, and discarding a round is kept too', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    expect(shownSurvey()).toBeNull();
    const network = currentNetwork(useNetworkStore.getState());
    const made = createRound(network, defaultInstrument(), {
      name: 'Befragung 2025',
      created: '2025-05-12',
    });
    changeSurvey(() => newKeptSurvey(made.round!), label());
    const again = await reload(browser, session);
    expect(shownSurvey()?.round.name).toBe('Befragung 2025');
    changeSurvey(() => null, label());
    await reload(browser, again);
    expect(shownSurvey()).toBeNull();
  });
});

describe('no survey change lost', () => {
  function roundOf() {
    const network = currentNetwork(useNetworkStore.getState());
    const made = createRound(network, defaultInstrument(), {
      name: 'Befragung 2025',
      created: '2025-05-12',
    });
    if (made.round === null) throw new Error('no round');
    return made.round;
  }

  /** A page whose full save never comes: it goes before the autosave's moment. */
  function dyingPage(browser: Browser) {
    const storage = browser.storage();
    vi.spyOn(storage, 'save').mockImplementation(() => new Promise(() => undefined));
    return storage;
  }

  it('an answer typed in is written ahead at once and found by the next page load', async () => {
    const browser = freshBrowser();
    const first = load(dyingPage(browser), { autosaveDelayMs: 60_000 });
    await first.ready;
    const id = first.view.getState().currentId ?? '';
    const round = roundOf();
    const [a, b] = round.partners;
    const typedIn = responseFromEntry(
      {
        respondent: a!.id,
        label: 'Telefon',
        saved: '2025-05-12T10:00:00.000Z',
        rows: [{ partner: b!.id, values: { intensity: 3 } }],
        own: { scales: { satisfaction: 4 } },
      },
      round,
      defaultInstrument(),
    );
    changeSurvey(() => newKeptSurvey(round), label());
    changeSurvey((survey) => withResponses(survey!, [typedIn.response!]), label());
    await vi.waitFor(() => expect(first.unsafe()).toBe(false));
    first.stop();

    // The full save never came: the stored version has no survey, the write-ahead has it.
    const before = await browser.storage().load(id);
    if (!before.ok) throw new Error('not stored');
    expect(before.value.project.settings.has(SURVEY_SETTING)).toBe(false);
    expect(before.value.pending.some((edit) => edit.changes.settings?.has(SURVEY_SETTING))).toBe(
      true,
    );

    useSurveyStore.setState({ generation: 0, survey: null, revision: 0 });
    const next = load(browser.storage(), {
      loadSample: () => Promise.reject(new Error('the sample must not be read')),
    });
    await next.ready;
    expect(shownSurvey()?.responses).toEqual([typedIn.response]);
    await next.flush();
    const after = await browser.storage().load(id);
    if (!after.ok) throw new Error('not stored');
    expect(after.value.pending).toEqual([]);
    expect(surveyFromSettings(after.value.project.settings)?.responses).toEqual([typedIn.response]);
  });

  it('takes in the survey another tab saved, and saves this tab’s partner edit with it', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    const round = roundOf();
    // Another tab of the same browser sets up the round and saves.
    const otherTab = browser.storage();
    const loaded = await otherTab.load(id);
    if (!loaded.ok) throw new Error('not stored');
    const { project, summary } = loaded.value;
    const theirs = {
      ...project,
      settings: settingsWithSurvey(project.settings, newKeptSurvey(round)),
    };
    expect((await otherTab.save(id, theirs, summary.version)).ok).toBe(true);
    // This tab, not knowing, adds a partner: its save meets the newer version and merges.
    update(
      applyEdit(
        addPartner(currentNetwork(useNetworkStore.getState()), {
          id: 'K1',
          name: 'Kita Sonnenschein',
        }),
        changeLabel('add-partner', { name: 'Kita Sonnenschein' }),
      ),
    );
    await session.flush();
    expect(session.view.getState()).toMatchObject({ conflict: null, save: { kind: 'saved' } });
    expect(shownSurvey()?.round).toEqual(round);
    const stored = await browser.storage().load(id);
    if (!stored.ok) throw new Error('not stored');
    expect(surveyFromSettings(stored.value.project.settings)?.round).toEqual(round);
    expect(stored.value.project.network.partners.map((p) => p.id)).toContain('K1');
  });

  it('asks when both tabs changed the survey, and overwrites nothing meanwhile', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    const id = session.view.getState().currentId ?? '';
    const round = roundOf();
    const otherTab = browser.storage();
    const loaded = await otherTab.load(id);
    if (!loaded.ok) throw new Error('not stored');
    const { project, summary } = loaded.value;
    const theirRound = { ...round, id: 'their-round', name: 'Befragung des anderen Tabs' };
    const theirs = {
      ...project,
      settings: settingsWithSurvey(project.settings, newKeptSurvey(theirRound)),
    };
    expect((await otherTab.save(id, theirs, summary.version)).ok).toBe(true);
    changeSurvey(() => newKeptSurvey(round), label());
    await vi.waitFor(() => expect(session.view.getState().conflict).not.toBeNull());
    const stored = await browser.storage().load(id);
    if (!stored.ok) throw new Error('not stored');
    expect(surveyFromSettings(stored.value.project.settings)?.round.name).toBe(
      'Befragung des anderen Tabs',
    );
    await session.loadNewer();
    expect(shownSurvey()?.round.name).toBe('Befragung des anderen Tabs');
  });
});
