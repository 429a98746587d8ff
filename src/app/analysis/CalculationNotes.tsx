import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import { NUMBER_LOCALE, type Language } from '../i18n';
import { measureText } from './measures';
import { partnerMeasures } from './partner-rows';
import { sampledPathsNote } from './sampled-note';
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
  if (analysis.sampled !== null) notes.push(sampledPathsNote(t, format, analysis.sampled));
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
