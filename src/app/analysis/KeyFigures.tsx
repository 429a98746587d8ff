import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Progress } from '../worker/client';
import { useFormatNumber } from '../i18n/format';
import { TaskProgress } from '../worker/TaskProgress';
import { useAnalysisProgress } from './progress';

interface Props {
  analysis: NetworkAnalysis | null;
  /** Progress of the analysis in the worker while it runs. */
  progress: Progress | null;
  stopped: boolean;
  onStop: () => void;
  onRestart: () => void;
}

/** The network's key figures, each with a one-line plain-language explanation. */
export function KeyFigures({ analysis, progress, stopped, onStop, onRestart }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  if (!analysis) {
    return (
      <section className="key-figures" aria-label={t('figures.label')}>
        <TaskProgress
          label={t('figures.running')}
          status={stopped ? { kind: 'stopped' } : { kind: 'running', progress }}
          onStop={onStop}
          onRestart={onRestart}
        />
      </section>
    );
  }
  const { network } = analysis;
  const figures: Array<{ key: string; value: string; help?: string }> = [
    { key: 'partners', value: format(network.partners) },
    { key: 'cooperations', value: format(network.cooperations) },
    { key: 'density', value: format(network.density, 3), help: t('figures.densityHelp') },
    { key: 'components', value: format(network.components), help: t('figures.componentsHelp') },
    { key: 'isolates', value: format(network.isolates.length), help: t('figures.isolatesHelp') },
  ];
  return (
    <section className="key-figures" aria-label={t('figures.label')}>
      <dl>
        {figures.map((figure) => (
          <div key={figure.key} className="figure" data-figure={figure.key} title={figure.help}>
            <dt>{t(`figures.${figure.key}`)}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The key figures with the analysis's progress as it comes (see `progress.ts`). */
export function LiveKeyFigures(props: Omit<Props, 'progress'>) {
  const progress = useAnalysisProgress((state) => state.progress);
  return <KeyFigures {...props} progress={progress} />;
}
