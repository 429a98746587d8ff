import type { TFunction } from 'i18next';
import type { SampledPaths } from '../../core/analysis/analyse-network';
import { EXACT_UP_TO } from '../../core/analysis/path-sources';

/**
 * How betweenness and closeness were estimated, and how close such estimates came to the exact
 * values where that was measured (figures in percent, rounded up, so that "at most" stays true):
 * the same sentences in the analysis view and in the report's methods.
 */
export function sampledPathsNote(
  t: TFunction,
  format: (value: number, digits?: number) => string,
  { sources, accuracyMeasured: measured }: SampledPaths,
): string {
  const count = format(sources);
  const how = t('analysis.notes.sampled', { threshold: format(EXACT_UP_TO), sources: count });
  if (measured === null)
    return `${how} ${t('analysis.notes.sampledNotMeasured', { sources: count })}`;
  const percent = (share: number) => format(Math.ceil(share * 1000) / 10, 1);
  return `${how} ${t('analysis.notes.sampledMeasured', {
    smallest: format(Math.min(...measured.networkPartners)),
    largest: format(Math.max(...measured.networkPartners)),
    closenessMax: percent(measured.closenessMaxError),
    betweennessTypical: percent(measured.betweennessTop100MedianError),
    betweennessMax: percent(measured.betweennessTop100MaxError),
    topTen: format(measured.top10OverlapMin),
  })}`;
}
