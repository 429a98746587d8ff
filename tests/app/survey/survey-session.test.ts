import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRound, defaultInstrument, responseFromEntry } from '../../../src/core/survey';
import type { Session } from '../../../src/app/session/session';
import { currentNetwork } from '../../../src/app/store/state';
import { useNetworkStore } from '../../../src/app/store/store';
import { newKeptSurvey, withOptions, withResponses } from '../../../src/app/survey/kept-survey';
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
    changeSurvey(() => newKeptSurvey(round));
    changeSurvey((survey) => withResponses(survey!, [typedIn.response!]));
    changeSurvey((survey) => withOptions(survey!, { rule: 'both', intensity: 'max' }));

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
    changeSurvey(() => newKeptSurvey(made.round!));
    const again = await reload(browser, session);
    expect(shownSurvey()?.round.name).toBe('Befragung 2025');
    changeSurvey(() => null);
    await reload(browser, again);
    expect(shownSurvey()).toBeNull();
  });
});
