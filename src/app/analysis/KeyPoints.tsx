import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import type { Partner } from '../../core/model/types';
import { AnalysisSection } from './AnalysisSection';
import { PartnerName } from './Names';

interface Props {
  analysis: NetworkAnalysis;
  partners: ReadonlyMap<string, Partner>;
  onSelect: (id: string) => void;
}

/** The articulation points and bridges: the partners and cooperations the network hangs on. */
export function KeyPoints({ analysis, partners, onSelect }: Props) {
  const { t } = useTranslation();
  const { articulationPoints, bridges } = analysis.network;
  const name = (id: string) => (
    <PartnerName
      id={id}
      name={partners.get(id)?.name ?? id}
      sector={partners.get(id)?.sector ?? ''}
      onSelect={onSelect}
    />
  );
  return (
    <AnalysisSection title={t('analysis.sections.keyPoints')}>
      <p className="analysis-callout">{t('analysis.keyPoints.why')}</p>
      <div className="analysis-columns">
        <div>
          <h4>{t('analysis.keyPoints.articulationPoints')}</h4>
          {articulationPoints.length === 0 ? (
            <p>{t('analysis.keyPoints.noArticulationPoints')}</p>
          ) : (
            <ul
              className="analysis-key-points"
              aria-label={t('analysis.keyPoints.articulationPoints')}
            >
              {articulationPoints.map((id) => (
                <li key={id}>{name(id)}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4>{t('analysis.keyPoints.bridges')}</h4>
          {bridges.length === 0 ? (
            <p>{t('analysis.keyPoints.noBridges')}</p>
          ) : (
            <ul className="analysis-bridges" aria-label={t('analysis.keyPoints.bridges')}>
              {bridges.map(([a, b]) => (
                <li key={`${a}\u0000${b}`}>
                  {name(a)} <span aria-hidden="true">↔</span>
                  <span className="analysis-visually-hidden">
                    {t('analysis.keyPoints.and')}
                  </span>{' '}
                  {name(b)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </AnalysisSection>
  );
}
