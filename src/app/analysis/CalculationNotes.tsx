import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis, SampledPaths } from '../../core/analysis/analyse-network';
import { EXACT_UP_TO } from '../../core/analysis/path-sources';
import { NUMBER_LOCALE, type Language } from '../i18n';
import { measureText } from './measures';
import { partnerMeasures } from './partner-rows';
import { useMeasureFormat } from './use-measure-format';
import { weightingOf } from './weighting';

/**
 * What a reader must know to trust the figures: which measures read intensity, that path measures
 * count steps, whether betweenness and closeness are estimates and how close such estimates came
 * where that was measured, which iterations failed to converge, and that the eigenvector was
 * computed sub-network by sub-network.
 */
export function CalculationNotes({ analysis }: { analysis: NetworkAnalysis }) {
  const { t, i18n } = useTranslation();
  const format = useMeasureFormat();
  const locale = NUMBER_LOCALE[i18n.language as Language] ?? NUMBER_LOCALE.de;
  const measures = partnerMeasures();
  const weighted = measures
    .filter((measure) => weightingOf(measure.id) === 'intensity-as-strength')
    .map((measure) => t(measureText(measure, 'label')));
  const notes = [
    t('analysis.notes.intensity', { measures: new Intl.ListFormat(locale).format(weighted) }),
  ];
  if (measures.some((measure) => measure.countsSteps)) notes.push(t('analysis.notes.steps'));
  // How betweenness and closeness were estimated, and how close such estimates came to the exact
  // values where that was measured: figures in percent, rounded up, so that "at most" stays true.
  const sampledNote = ({ sources, accuracyMeasured: measured }: SampledPaths) => {
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
  };
  if (analysis.sampled !== null) notes.push(sampledNote(analysis.sampled));
  if (!analysis.network.eigenvectorConverged)
    notes.push(t('analysis.notes.eigenvectorNotConverged'));
  else if (analysis.network.eigenvectorByComponent)
    notes.push(t('analysis.notes.eigenvectorByComponent'));
  if (!analysis.network.pagerankConverged) notes.push(t('analysis.notes.pagerankNotConverged'));
  return (
    <ul className="analysis-notes" aria-label={t('analysis.notes.label')}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
