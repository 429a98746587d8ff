import { topPartners, type RankingMeasure } from '../../core/report/key-figures';
import { NoneFound, ReportSection } from './ReportSection';
import type { SectionProps } from './types';

/** How many partners each ranking lists: enough for a steering group, short enough for a page. */
export const TOP_PARTNERS = 10;

const DIGITS: Record<RankingMeasure, number> = { betweenness: 3, degree: 0 };

function Ranking({ data, t, format, measure }: SectionProps & { measure: RankingMeasure }) {
  const partners = topPartners(data.report.partners, measure, TOP_PARTNERS);
  const heading = measure === 'betweenness' ? t('report.central.byBetweenness') : t('report.central.byDegree');
  if (partners.length === 0) {
    return (
      <>
        <h3>{heading}</h3>
        <NoneFound text={t('report.central.none')} />
      </>
    );
  }
  return (
    <table>
      <caption>{heading}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.central.partner')}</th>
          <th scope="col">{t('report.central.sector')}</th>
          <th scope="col" className="number">{t(`report.central.${measure}`)}</th>
        </tr>
      </thead>
      <tbody>
        {partners.map((partner) => (
          <tr key={partner.id}>
            <td>{partner.name}</td>
            <td>{partner.sector === '' ? t('report.sectors.noSector') : partner.sector}</td>
            <td className="number">{format.number(partner[measure], DIGITS[measure])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CentralPartnersSection(props: SectionProps) {
  const { data, t } = props;
  const { articulationPoints } = data.report.network;
  const { bridges } = data.report;
  return (
    <ReportSection id="central" heading={t('report.sections.central')}>
      <Ranking {...props} measure="betweenness" />
      <Ranking {...props} measure="degree" />
      <h3>{t('report.central.articulationPoints')}</h3>
      {articulationPoints.length === 0 ? (
        <NoneFound text={t('report.central.noArticulationPoints')} />
      ) : (
        <ul>
          {articulationPoints.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ul>
      )}
      <h3>{t('report.central.bridges')}</h3>
      {bridges.length === 0 ? (
        <NoneFound text={t('report.central.noBridges')} />
      ) : (
        <ul>
          {bridges.map(([a, b], i) => (
            <li key={i}>{t('report.central.bridge', { a, b })}</li>
          ))}
        </ul>
      )}
    </ReportSection>
  );
}
