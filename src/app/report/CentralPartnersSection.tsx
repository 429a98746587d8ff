import { findMeasure } from '../../core/analysis/registry';
import { findingOf } from '../../core/report/key-findings';
import { topPartners, type RankingMeasure } from '../../core/report/key-figures';
import { FindingList, moreRows } from './Findings';
import { NoneFound, ReportSection } from './ReportSection';
import { reportSectorName, type SectionProps } from './types';

/** How many partners each ranking lists: enough for a steering group, short enough for a page. */
export const TOP_PARTNERS = 10;

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
            <td className="number">
              {format.number(partner[measure], findMeasure(measure)?.digits ?? 0)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CentralPartnersSection(props: SectionProps) {
  const { data, t, format, nameOf, findings } = props;
  const more = moreRows(t, format);
  return (
    <ReportSection id="central" heading={t('report.sections.central')}>
      <Ranking {...props} measure="betweenness" />
      <Ranking {...props} measure="degree" />
      <FindingList
        id="report-central-key-points"
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
      <FindingList
        id="report-central-dependents"
        more={more}
        heading={t('report.central.dependents')}
        none={t('report.central.noDependents')}
        items={data.gaps.articulationDependents}
        text={({ partner, articulationPoints }) =>
          t('report.central.dependent', {
            partner: nameOf(partner),
            points: articulationPoints.map(nameOf).join(', '),
          })
        }
      />
      <FindingList
        id="report-central-single"
        more={more}
        heading={t('report.central.single')}
        none={t('report.central.noSingle')}
        items={findingOf(findings, 'single-tie')?.partners ?? []}
        text={nameOf}
      />
      <FindingList
        id="report-central-isolated"
        more={more}
        heading={t('report.central.isolated')}
        none={t('report.central.noIsolated')}
        items={findingOf(findings, 'isolated')?.partners ?? []}
        text={nameOf}
      />
    </ReportSection>
  );
}
