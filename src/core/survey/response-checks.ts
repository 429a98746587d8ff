import { optionText, type Instrument, type PairItem } from './instrument';
import { surveyProblem, type SurveyProblem } from './problems';
import type { OwnAnswers, SurveyResponse, SurveyRound } from './types';

/** The round's items that make a tie: how closely (0 = none) and how often. */
export function tieItems(
  instrument: Instrument,
  round: SurveyRound,
): { intensity: PairItem | undefined; contact: PairItem | undefined } {
  const enabled = new Set(round.items);
  const find = (role: PairItem['role']) =>
    instrument.pairItems.find((item) => item.role === role && enabled.has(item.id));
  return { intensity: find('intensity'), contact: find('contact') };
}

/**
 * What one side says about a tie, 0 (none) to 4: its intensity where given; else, where only the
 * contact is given, 1 (kennen sich / Informationsaustausch) for any contact and 0 for "nie" — the
 * reader and the entry say so with `survey-intensity-assumed`; a row left blank is 0, no contact.
 */
export function tieValue(
  values: Readonly<Record<string, number>>,
  items: ReturnType<typeof tieItems>,
): number {
  if (items.intensity !== undefined && Object.hasOwn(values, items.intensity.id))
    return values[items.intensity.id]!;
  if (items.contact !== undefined && Object.hasOwn(values, items.contact.id))
    return values[items.contact.id]! > 0 ? 1 : 0;
  return 0;
}

export function emptyOwnAnswers(): OwnAnswers {
  return {
    checklists: Object.create(null) as OwnAnswers['checklists'],
    texts: Object.create(null) as OwnAnswers['texts'],
    scales: Object.create(null) as OwnAnswers['scales'],
  };
}

/**
 * The checks a form and an entry share once read: rows with only a contact and no intensity,
 * blank rows (no contact), and a return with no answer at all, which is no answer: null.
 */
export function finishResponse(
  response: SurveyResponse,
  round: SurveyRound,
  instrument: Instrument,
  problems: SurveyProblem[],
  sheet?: string,
): SurveyResponse | null {
  const items = tieItems(instrument, round);
  const names = new Map(round.partners.map((p) => [p.id, p.name]));
  let blank = 0;
  for (const pair of response.pairs) {
    if (Object.keys(pair.values).length === 0) {
      blank++;
      continue;
    }
    const { intensity, contact } = items;
    if (
      intensity !== undefined &&
      contact !== undefined &&
      !Object.hasOwn(pair.values, intensity.id) &&
      (pair.values[contact.id] ?? 0) > 0
    ) {
      const scale = instrument.scales[contact.scale]!;
      const option = scale.options.find((o) => o.code === pair.values[contact.id]);
      problems.push(
        surveyProblem(
          'survey-intensity-assumed',
          response.source,
          pair.line,
          {
            partner: names.get(pair.partner) ?? pair.partner,
            contact: option === undefined ? '' : optionText(scale, option, 'de'),
          },
          sheet,
        ),
      );
    }
  }
  const own = response.own;
  const ownAnswered =
    Object.values(own.checklists).some((c) => c.yes.length + c.no.length > 0) ||
    Object.values(own.texts).some((lines) => lines.length > 0) ||
    Object.keys(own.scales).length > 0;
  if (blank === response.pairs.length && !ownAnswered) {
    problems.push(surveyProblem('survey-empty-form', response.source, null));
    return null;
  }
  if (blank > 0)
    problems.push(surveyProblem('survey-blank-rows', response.source, null, { count: blank }));
  return response;
}
