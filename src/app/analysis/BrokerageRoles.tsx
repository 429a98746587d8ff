import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkAnalysis } from '../../core/analysis/analyse-network';
import { BROKERAGE_ROLES } from '../../core/analysis/brokerage';
import type { Network } from '../../core/model/types';
import { AnalysisSection } from './AnalysisSection';
import { PartnerRowHeader } from './Names';
import { partnerRows, sortPartnerRows } from './partner-rows';
import { useMeasureFormat } from './use-measure-format';
import { ScrollRegion } from '../components/ScrollRegion';

/** The Gould–Fernandez roles for ties without direction, and the pairs that fit no sector role. */
const ROLES = [...BROKERAGE_ROLES, 'withoutSector'] as const;
const TOP_BROKERS = 10;

interface Props {
  network: Network;
  analysis: NetworkAnalysis;
  onSelect: (id: string) => void;
}

/** The partners who broker most, with their role counts and what each role means. */
export function BrokerageRoles({ network, analysis, onSelect }: Props) {
  const { t } = useTranslation();
  const format = useMeasureFormat();
  const brokers = useMemo(
    () =>
      sortPartnerRows(partnerRows(network, analysis), 'brokerage', true)
        .filter((row) => row.figures.brokerage.total > 0)
        .slice(0, TOP_BROKERS),
    [network, analysis],
  );
  return (
    <AnalysisSection title={t('analysis.sections.brokerage')}>
      <p>{t('analysis.brokerage.intro')}</p>
      <dl className="analysis-roles">
        {ROLES.map((role) => (
          <div key={role}>
            <dt>{t(`analysis.brokerage.roles.${role}.label`)}</dt>
            <dd>{t(`analysis.brokerage.roles.${role}.help`)}</dd>
          </div>
        ))}
      </dl>
      <p className="analysis-help">{t('analysis.brokerage.undirected')}</p>
      {brokers.length === 0 ? (
        <p>{t('analysis.brokerage.none')}</p>
      ) : (
        <ScrollRegion name={t('analysis.sections.brokerage')}>
          <table className="analysis-table analysis-brokers">
            <caption>{t('analysis.brokerage.caption', { limit: format(TOP_BROKERS) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('analysis.brokerage.partner')}</th>
                <th scope="col" className="num">
                  {t('analysis.brokerage.total')}
                </th>
                {ROLES.map((role) => (
                  <th key={role} scope="col" className="num">
                    {t(`analysis.brokerage.roles.${role}.label`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {brokers.map((row) => (
                <tr key={row.id}>
                  <PartnerRowHeader row={row} onSelect={onSelect} />
                  <td className="num">{format(row.figures.brokerage.total)}</td>
                  {ROLES.map((role) => (
                    <td key={role} className="num">
                      {format(row.figures.brokerage[role])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </AnalysisSection>
  );
}
