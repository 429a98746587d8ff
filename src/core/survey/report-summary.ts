import type { Instrument, SurveyLanguage } from './instrument';
import type { SectorResponse, SurveyMerge } from './merge';
import type { DimensionScore, ReliabilityWarning, SurveyScores } from './scores';
import type { SurveyRound } from './types';

/** Disagreements the report lists by name before it counts the rest. */
export const REPORT_DISAGREEMENTS = 20;

/** Words in each language of the forms. */
export type SurveyWords = Record<SurveyLanguage, string>;

/** One disagreement as the report says it: "A sagt „verbindlich“, B sagt „punktuell“". */
export interface ReportDisagreement {
  a: string;
  b: string;
  aSays: SurveyWords;
  bSays: SurveyWords;
}

/**
 * The Netzwerkbefragung as the Netzwerkbericht shows it: plain data made where the report's data is
 * prepared (the app's worker, the CLI), so that the document only renders it. Names are the
 * round's (user data, rendered as text only); sectors as the partners have them ("" for none).
 */
export interface SurveyReport {
  round: { name: string; created: string };
  /** Responded ÷ asked; null when nobody was asked. */
  responseRate: number | null;
  asked: number;
  responded: number;
  bySector: SectorResponse[];
  /** The names of the partners asked that have not answered, in the round's order. */
  missing: string[];
  reciprocity: number | null;
  mutual: number;
  oneSided: number;
  trust: DimensionScore | null;
  value: DimensionScore | null;
  sectors: SurveyScores['sectors'];
  /** The first REPORT_DISAGREEMENTS of them; `disagreementCount` counts them all. */
  disagreements: ReportDisagreement[];
  disagreementCount: number;
  /** scoreSurvey's warnings: where missing answers make a measure unreliable. */
  warnings: ReliabilityWarning[];
  /** What the partners said about themselves: contributions, satisfaction, who is missing. */
  own: ReportOwnAnswers;
}

/** The answers of the partners about themselves, counted, as the report says them. */
export interface ReportOwnAnswers {
  /** Each checklist asked (contributions): how many answered it, and per option the yes and no. */
  checklists: {
    item: SurveyWords;
    respondents: number;
    options: { label: SurveyWords; yes: number; no: number }[];
  }[];
  /** Each scale asked (satisfaction): how many answered, their mean, how many gave each answer. */
  scales: {
    item: SurveyWords;
    answers: number;
    mean: number | null;
    /** The scale's highest code (5 for satisfaction), so the mean reads "3,8 of 5". */
    maximum: number;
    distribution: { code: number; label: SurveyWords; count: number }[];
  }[];
  /** Names the partners gave as missing: who named them, and whether the round has them already. */
  named: { name: string; namedBy: string[]; existing: boolean }[];
}

/** The report's section of a merged and scored survey. */
export function surveyReport(
  round: SurveyRound,
  instrument: Instrument,
  merge: SurveyMerge,
  scores: SurveyScores,
): SurveyReport {
  const names = new Map(round.partners.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const options = instrument.scales.intensity?.options ?? [];
  const words = (code: number): SurveyWords => {
    const label = options.find((o) => o.code === code)?.label;
    return label === undefined ? { de: String(code), en: String(code) } : { ...label };
  };
  return {
    round: { name: round.name, created: round.created },
    responseRate: merge.responseRate,
    asked: merge.responded.length + merge.missing.length,
    responded: merge.responded.length,
    bySector: merge.bySector,
    missing: merge.missing.map(nameOf),
    reciprocity: merge.reciprocity,
    mutual: merge.mutual,
    oneSided: merge.oneSided,
    trust: scores.network.trust,
    value: scores.network.value,
    sectors: scores.sectors,
    disagreements: merge.disagreements.slice(0, REPORT_DISAGREEMENTS).map((d) => ({
      a: nameOf(d.a),
      b: nameOf(d.b),
      aSays: words(d.aSays),
      bSays: words(d.bSays),
    })),
    disagreementCount: merge.disagreements.length,
    warnings: scores.warnings,
    own: ownAnswerReport(round, instrument, merge),
  };
}

/**
 * What the partners said about themselves, counted, for the view and the report: per checklist
 * option the "ja" and "nein" of those who answered it, per scale the mean and how many gave
 * each answer (in the scale's words), and the names given as missing with who gave them.
 */
export function ownAnswerReport(
  round: SurveyRound,
  instrument: Instrument,
  merge: SurveyMerge,
): ReportOwnAnswers {
  const names = new Map(round.partners.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const own: ReportOwnAnswers = { checklists: [], scales: [], named: [] };
  for (const item of instrument.partnerItems) {
    if (!round.items.includes(item.id)) continue;
    if (item.kind === 'checklist') {
      const counts = merge.own.checklists[item.id];
      own.checklists.push({
        item: { ...item.label },
        respondents: merge.own.respondents[item.id] ?? 0,
        options: item.options.map((option) => ({
          label: { ...option.label },
          yes: counts?.[option.id]?.yes ?? 0,
          no: counts?.[option.id]?.no ?? 0,
        })),
      });
    } else if (item.kind === 'scale') {
      const counts = merge.own.scales[item.id];
      const options = instrument.scales[item.scale]?.options ?? [];
      own.scales.push({
        item: { ...item.label },
        answers: counts?.answers ?? 0,
        mean: counts?.mean ?? null,
        maximum: Math.max(0, ...options.map((o) => o.code)),
        distribution: options.map((option) => ({
          code: option.code,
          label: { ...option.label },
          count: counts?.counts[option.code] ?? 0,
        })),
      });
    }
  }
  own.named = merge.newOrganisations.map((named) => ({
    name: named.name,
    namedBy: named.namedBy.map(nameOf),
    existing: named.existing !== null,
  }));
  return own;
}
