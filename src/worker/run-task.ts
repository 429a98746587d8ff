import { importNetwork } from '../core/import';
import { previewFile } from '../core/import/preview';
import { buildGraph } from '../core/model/graph';
import { buildFullReport } from '../core/report/full-report';
import { networkKeyFigures } from '../core/report/network-key-figures';
import { analyseNetwork, analyseNetworkWith } from '../core/analysis/analyse-network';
import type { EarlyKeyFigures } from '../core/analysis/early-key-figures';
import type { SweepRunner } from '../core/analysis/parallel-sweep';
import { compareNetworks, matchPartners } from '../core/compare';
import { findDoubles } from '../core/doubles/find-doubles';
import { findGaps } from '../core/gaps/find-gaps';
import { forceLayout } from '../core/layout/force-layout';
import { matchAcrossNetworks } from '../core/doubles/match-across-networks';
import { whatIf } from '../core/what-if/what-if';
import type { CoreTask, TaskResults } from './protocol';
import { runSurveyJob } from './survey-task';

export type Progress = (done: number, total: number, step: string) => void;

/**
 * Runs one task on the core. Kept apart from the worker's message plumbing so tests can call it.
 * `sweep` runs the analysis' shortest paths (in the app: shared out among web workers).
 */
export async function runTask(
  task: CoreTask,
  onProgress: Progress,
  sweep?: SweepRunner,
  onEarlyKeyFigures?: (figures: EarlyKeyFigures) => void,
): Promise<TaskResults[CoreTask['task']]> {
  switch (task.task) {
    case 'import':
      return importNetwork({
        ...task.request,
        onProgress: ({ file, phase, done, total }) => onProgress(done, total, `${phase}:${file}`),
      });
    case 'preview':
      return previewFile(task.file, {
        maxRows: task.maxRows,
        ...(task.encoding === undefined ? {} : { encoding: task.encoding }),
      });
    case 'analyse':
      return sweep === undefined
        ? analyseNetwork(buildGraph(task.network), { onProgress, onEarlyKeyFigures })
        : analyseNetworkWith(sweep, buildGraph(task.network), { onProgress, onEarlyKeyFigures });
    case 'report': {
      const analysis = { onProgress };
      // Problems of an import are not part of the report; their sentences are made in the app.
      const report = buildFullReport(
        { network: task.network, offers: task.offers, memberships: task.memberships },
        [],
        (problem) => problem.code,
        {
          catalogue: task.catalogue,
          committeeOverlap: task.overlapThreshold,
          analysis,
          ...(task.analysis === null ? {} : { analysed: task.analysis }),
        },
      );
      // The last Stand's key figures need no measure per partner: not its whole analysis.
      if (!task.previous) return { report, previous: null };
      const { added, gone } = matchPartners(task.previous.partners, task.network.partners);
      return {
        report,
        previous: { figures: networkKeyFigures(task.previous), partners: { added, gone } },
      };
    }
    case 'gaps':
      return findGaps(task.network, task.catalogue, {
        corrections: task.corrections,
        ...(task.articulationPoints === null
          ? {}
          : { articulationPoints: task.articulationPoints }),
        ...(task.offers === null ? {} : { offers: task.offers }),
      });
    case 'doubles':
      return findDoubles(
        { network: task.network, offers: task.offers, memberships: task.memberships },
        { committeeOverlap: task.committeeOverlap },
      );
    case 'compare':
      return compareNetworks(task.before, task.after, {
        catalogue: task.catalogue,
        corrections: task.corrections,
      });
    case 'networks':
      return matchAcrossNetworks(task.networks, onProgress);
    case 'what-if':
      return whatIf(task.network, task.removed, {
        catalogue: task.catalogue,
        corrections: task.corrections,
        onProgress,
      });
    case 'survey':
      return runSurveyJob(task.survey);
    case 'layout':
      return forceLayout(task.network, task.start, (done, total) =>
        onProgress(done, total, 'layout'),
      );
  }
}
