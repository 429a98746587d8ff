import { useTranslation } from 'react-i18next';
import type { AnalysisResult } from '../../worker/protocol';
import { useFormatNumber } from '../i18n/format';

interface Props {
  analysis: AnalysisResult | null;
}

/** The network's key figures, each with a one-line plain-language explanation. */
export function KeyFigures({ analysis }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  if (!analysis) return null;
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
