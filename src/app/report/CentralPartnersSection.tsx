import { topPartners, type RankingMeasure } from '../../core/report/key-figures';
import { FindingList, moreRows } from './Findings';
import { NoneFound, ReportSection } from './ReportSection';
import { reportSectorName, type SectionProps } from './types';

/** How many partners each ranking lists: enough for a steering group, short enough for a page. */
export const TOP_PARTNERS = 10;

const DIGITS: Record<RankingMeasure, number> = { betweenness: 3, degree: 0 };

function Ranking({ data, t, format, measure }: SectionProps & { measure: RankingMeasure }) {
  const partners = topPartners(data.report.partners, measure, TOP_PARTNERS);
  const heading =
    measure === 'betweenness' ? t('report.central.byBetweenness') : t('report.central.byDegree');
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
          <th scope="col" className="number">
            {t(`report.central.${measure}`)}
          </th>
        </tr>
      </thead>
      <tbody>
        {partners.map((partner) => (
          <tr key={partner.id}>
            <td>{partner.name}</td>
            <td>{reportSectorName(data, partner.sector, t('report.sectors.noSector'))}</td>
            <td className="number">{format.number(partner[measure], DIGITS[measure])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CentralPartnersSection(props: SectionProps) {
  const { data, t, format, nameOf } = props;
  const more = moreRows(t, format);
  return (
    <ReportSection id="central" heading={t('report.sections.central')}>
      <Ranking {...props} measure="betweenness" />
      <Ranking {...props} measure="degree" />
      <FindingList
        more={more}
        heading={t('report.central.articulationPoints')}
        none={t('report.central.noArticulationPoints')}
        items={data.report.network.articulationPoints}
        text={nameOf}
      />
      <FindingList
        more={more}
        heading={t('report.central.bridges')}
        none={t('report.central.noBridges')}
        items={data.report.bridges}
        text={([a, b]) => t('report.central.bridge', { a: nameOf(a), b: nameOf(b) })}
      />
    </ReportSection>
  );
}
