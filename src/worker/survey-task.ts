import type { Partner } from '../core/model/types';
import {
  defaultInstrument,
  mergeSurvey,
  readSurveyReturns,
  scoreSurvey,
  surveyFormsZip,
  surveyReport,
  type MergeOptions,
  type ReturnedFile,
  type SurveyLanguage,
  type SurveyMerge,
  type SurveyProblem,
  type SurveyReport,
  type SurveyResponse,
  type SurveyRound,
  type SurveyScores,
} from '../core/survey';

/**
 * The Netzwerkbefragung's work for the worker: writing the forms' ZIP, reading the returned
 * workbooks, merging and scoring the answers. The round's instrument is the app's own.
 */
export type SurveyJob =
  | { job: 'forms'; round: SurveyRound; language: SurveyLanguage }
  | { job: 'returns'; round: SurveyRound; files: ReturnedFile[] }
  | {
      job: 'merge';
      round: SurveyRound;
      responses: SurveyResponse[];
      options: MergeOptions;
      /** The network's partners, so the merged network keeps their details. */
      partners: Partner[];
    }
  | {
      /** The Netzwerkbericht's section: merged and scored as 'merge', said as the report says it. */
      job: 'report';
      round: SurveyRound;
      responses: SurveyResponse[];
      options: MergeOptions;
      partners: Partner[];
    };

export interface SurveyJobResults {
  forms: { zip: Uint8Array; files: { partner: string; file: string }[] };
  returns: { responses: SurveyResponse[]; problems: SurveyProblem[] };
  merge: { merge: SurveyMerge; scores: SurveyScores };
  report: SurveyReport;
}

export type SurveyJobResult = SurveyJobResults[SurveyJob['job']];

export async function runSurveyJob(job: SurveyJob): Promise<SurveyJobResult> {
  const instrument = defaultInstrument();
  switch (job.job) {
    case 'forms':
      return surveyFormsZip(job.round, instrument, job.language);
    case 'returns':
      return readSurveyReturns(job.files, job.round, instrument);
    case 'merge': {
      const merge = mergeSurvey(job.round, instrument, job.responses, job.options, job.partners);
      return { merge, scores: scoreSurvey(job.round, instrument, merge) };
    }
    case 'report': {
      const merge = mergeSurvey(job.round, instrument, job.responses, job.options, job.partners);
      return surveyReport(job.round, instrument, merge, scoreSurvey(job.round, instrument, merge));
    }
  }
}
