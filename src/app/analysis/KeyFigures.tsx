import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { EarlyKeyFigures } from '../../core/analysis/early-key-figures';
import { showOnMap, showView } from '../store/state';
import { update } from '../store/store';
import type { Progress } from '../worker/client';
import { useFormatNumber } from '../i18n/format';
import { TaskProgress } from '../worker/TaskProgress';
import { useAnalysisProgress } from './progress';

interface Props {
  analysis: NetworkAnalysis | null;
  /**
   * The key figures the running analysis handed out first (they need no shortest path): shown
   * while its long steps run, and after it was stopped.
   */
  early?: EarlyKeyFigures | null;
  /** Progress of the analysis in the worker while it runs. */
  progress: Progress | null;
  stopped: boolean;
  onStop: () => void;
  onRestart: () => void;
  /** Shows partners a figure counts on the map (the isolated ones). */
  onShowPartners?: (ids: string[]) => void;
  /** Shows every partner, in the table. */
  onShowTable?: () => void;
}

/**
 * The network's key figures, each with a one-line plain-language explanation. While the analysis
 * runs (or after it was stopped) they are those it handed out first, with its progress below;
 * `data-analysis` says which ("running", "stopped", "done").
 */
export function KeyFigures({
  analysis,
  early = null,
  progress,
  stopped,
  onStop,
  onRestart,
  onShowPartners,
  onShowTable,
}: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const network = analysis?.network ?? early;
  const state = analysis ? 'done' : stopped ? 'stopped' : 'running';
  const status = analysis ? null : (
    <TaskProgress
      label={t('figures.running')}
      status={stopped ? { kind: 'stopped' } : { kind: 'running', progress }}
      onStop={onStop}
      onRestart={onRestart}
    />
  );
  // A figure that counts partners leads to them: all of them in the table, the isolated ones on the map.
  const isolates = network?.isolates ?? [];
  const figures: Array<{ key: string; value: string; help?: string; show?: () => void }> = !network
    ? []
    : [
        { key: 'partners', value: format(network.partners), show: onShowTable },
        { key: 'cooperations', value: format(network.cooperations) },
        { key: 'density', value: format(network.density, 3), help: t('figures.densityHelp') },
        { key: 'components', value: format(network.components), help: t('figures.componentsHelp') },
        {
          key: 'isolates',
          value: format(isolates.length),
          help: t('figures.isolatesHelp'),
          show:
            isolates.length > 0 && onShowPartners ? () => onShowPartners([...isolates]) : undefined,
        },
      ];
  return (
    <section
      className="key-figures"
      aria-label={t('figures.label')}
      aria-busy={state === 'running'}
      data-analysis={state}
    >
      {network && (
        <dl>
          {figures.map((figure) => (
            <div key={figure.key} className="figure" data-figure={figure.key} title={figure.help}>
              <dt>{t(`figures.${figure.key}`)}</dt>
              <dd>
                {figure.show ? (
                  <button
                    type="button"
                    className="figure-button"
                    aria-label={t(`figures.show.${figure.key}`, { value: figure.value })}
                    onClick={figure.show}
                  >
                    {figure.value}
                  </button>
                ) : (
                  figure.value
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {status}
    </section>
  );
}

const showPartners = (ids: string[]) => update(showOnMap(ids));
const showTable = () => update(showView('table'));

/**
 * The key figures with the analysis's progress as it comes (see `progress.ts`), leading to the
 * partners they count.
 */
export function LiveKeyFigures(
  props: Omit<Props, 'progress' | 'early' | 'onShowPartners' | 'onShowTable'>,
) {
  const progress = useAnalysisProgress((state) => state.progress);
  const early = useAnalysisProgress((state) => state.keyFigures);
  return (
    <KeyFigures
      {...props}
      early={early}
      progress={progress}
      onShowPartners={showPartners}
      onShowTable={showTable}
    />
  );
}
