import type { Instrument } from './instrument';
import { surveyProblem, type SurveyProblem } from './problems';
import { emptyOwnAnswers, finishResponse } from './response-checks';
import type { PairAnswer, SurveyEntry, SurveyResponse, SurveyRound } from './types';

/**
 * Answers typed in by hand (a paper form, a phone call) as a response, checked as a returned form
 * is: an unknown respondent is refused; rows about unknown partners, about the respondent itself or
 * twice, questions the round does not ask and codes off the scale are left out and named. Problems
 * name the entry's label as their file and the entry's row (1-based) as their line.
 */
export function responseFromEntry(
  entry: SurveyEntry,
  round: SurveyRound,
  instrument: Instrument,
): { response: SurveyResponse | null; problems: SurveyProblem[] } {
  const problems: SurveyProblem[] = [];
  const file = entry.label;
  const byId = new Map(round.partners.map((p) => [p.id, p]));
  const respondent = byId.get(entry.respondent);
  if (respondent === undefined)
    return {
      response: null,
      problems: [
        surveyProblem('survey-respondent-unknown', file, null, { respondent: entry.respondent }),
      ],
    };
  if (!round.asked.includes(respondent.id))
    problems.push(
      surveyProblem('survey-respondent-not-asked', file, null, { partner: respondent.name }),
    );
  const enabled = new Set(round.items);
  const pairItems = new Map(
    instrument.pairItems.filter((item) => enabled.has(item.id)).map((item) => [item.id, item]),
  );
  const seen = new Set<string>();
  const pairs: PairAnswer[] = [];
  entry.rows.forEach((row, index) => {
    const line = index + 1;
    const partner = byId.get(row.partner);
    if (partner === undefined)
      return void problems.push(
        surveyProblem('survey-partner-unknown', file, line, { partner: row.partner }),
      );
    if (partner.id === respondent.id)
      return void problems.push(
        surveyProblem('survey-self-row', file, line, { partner: partner.name }),
      );
    if (seen.has(partner.id))
      return void problems.push(
        surveyProblem('survey-row-twice', file, line, { partner: partner.name }),
      );
    seen.add(partner.id);
    const values: Record<string, number> = Object.create(null) as Record<string, number>;
    for (const [id, code] of Object.entries(row.values)) {
      if (code === null || code === undefined) continue;
      const item = pairItems.get(id);
      if (item === undefined) {
        problems.push(surveyProblem('survey-item-not-in-round', file, line, { item: id }));
        continue;
      }
      const scale = instrument.scales[item.scale]!;
      if (scale.options.some((o) => o.code === code)) values[id] = code;
      else
        problems.push(
          surveyProblem('survey-value-not-in-list', file, line, {
            item: item.label.de,
            value: String(code),
            allowed: scale.options.map((o) => o.code).join(', '),
          }),
        );
    }
    pairs.push({ partner: partner.id, values, line });
  });
  const response = finishResponse(
    {
      respondent: respondent.id,
      source: file,
      kind: 'entry',
      saved: entry.saved,
      pairs,
      own: ownAnswers(entry, round, instrument, problems),
    },
    round,
    instrument,
    problems,
  );
  return { response, problems };
}

function ownAnswers(
  entry: SurveyEntry,
  round: SurveyRound,
  instrument: Instrument,
  problems: SurveyProblem[],
): SurveyResponse['own'] {
  const own = emptyOwnAnswers();
  const given = entry.own ?? {};
  const enabled = new Set(round.items);
  const itemOf = (id: string, kind: string) => {
    const item = instrument.partnerItems.find((i) => i.id === id && i.kind === kind);
    if (item === undefined || !enabled.has(id)) {
      problems.push(surveyProblem('survey-item-not-in-round', entry.label, null, { item: id }));
      return undefined;
    }
    return item;
  };
  const offScale = (label: string, value: string, allowed: string) =>
    problems.push(
      surveyProblem('survey-value-not-in-list', entry.label, null, { item: label, value, allowed }),
    );
  for (const [id, options] of Object.entries(given.checklists ?? {})) {
    const item = itemOf(id, 'checklist');
    if (item === undefined || item.kind !== 'checklist') continue;
    const answers = { yes: [] as string[], no: [] as string[] };
    for (const [option, ticked] of Object.entries(options)) {
      if (ticked === null || ticked === undefined) continue;
      if (!item.options.some((o) => o.id === option))
        offScale(item.label.de, option, item.options.map((o) => o.id).join(', '));
      else (ticked ? answers.yes : answers.no).push(option);
    }
    own.checklists[id] = answers;
  }
  for (const [id, lines] of Object.entries(given.texts ?? {})) {
    if (itemOf(id, 'text') === undefined) continue;
    const kept = lines.map((line) => line.trim().slice(0, 500)).filter((line) => line !== '');
    if (kept.length > 0) own.texts[id] = kept;
  }
  for (const [id, code] of Object.entries(given.scales ?? {})) {
    if (code === null || code === undefined) continue;
    const item = itemOf(id, 'scale');
    if (item === undefined || item.kind !== 'scale') continue;
    const scale = instrument.scales[item.scale]!;
    if (scale.options.some((o) => o.code === code)) own.scales[id] = code;
    else offScale(item.label.de, String(code), scale.options.map((o) => o.code).join(', '));
  }
  return own;
}
