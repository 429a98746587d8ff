import type { SurveyJob, SurveyJobResults } from '../../worker/survey-task';
import { runInWorker, type RunningTask } from '../worker/client';

/** Runs one job of the Netzwerkbefragung in the core worker, typed by the job asked. */
export function runSurvey<J extends SurveyJob>(survey: J): RunningTask<SurveyJobResults[J['job']]> {
  return runInWorker({ task: 'survey', survey }) as RunningTask<SurveyJobResults[J['job']]>;
}
