import { CentralPartnersSection } from './CentralPartnersSection';
import { ComparisonSection } from './ComparisonSection';
import { DoublesSection } from './DoublesSection';
import { GapsSection } from './GapsSection';
import { KeyFiguresSection } from './KeyFiguresSection';
import { KeyPointLossesSection } from './KeyPointLossesSection';
import { MapSection } from './MapSection';
import { MethodsSection } from './MethodsSection';
import { ReportTitle } from './ReportTitle';
import { SectorMatrixSection } from './SectorMatrixSection';
import { SummarySection } from './SummarySection';
import { SurveySection } from './SurveySection';
import { keyFindings } from '../../core/report/key-findings';
import { reportFormat } from './format';
import type { ReportDocumentProps, SectionProps } from './types';

/**
 * The Netzwerkbericht for the steering group, the council or the foundation: one document, shown
 * in the app as a print view and written by the CLI as a static HTML file. It takes plain data and
 * a translate function only, holds no state and uses no context, so both can render it.
 */
export function ReportDocument({ t, ...data }: ReportDocumentProps) {
  const names = new Map(data.report.partners.map((partner) => [partner.id, partner.name]));
  const props: SectionProps = {
    data,
    t,
    format: reportFormat(data.language, t('report.none')),
    nameOf: (id) => names.get(id) ?? id,
    findings: keyFindings({
      report: data.report,
      gaps: data.gaps,
      doubles: data.doubles,
      ...(data.keyPointLosses === undefined ? {} : { keyPointLosses: data.keyPointLosses }),
      previous: data.comparison ?? null,
    }),
  };
  return (
    <article className="nwk-report" lang={data.language}>
      <ReportTitle {...props} />
      <SummarySection {...props} />
      <KeyFiguresSection {...props} />
      <MapSection {...props} />
      <SectorMatrixSection {...props} />
      <CentralPartnersSection {...props} />
      {data.keyPointLosses === undefined ? null : <KeyPointLossesSection {...props} />}
      <GapsSection {...props} />
      <DoublesSection {...props} />
      {data.survey === undefined ? null : <SurveySection {...props} survey={data.survey} />}
      {data.comparison === undefined ? null : (
        <ComparisonSection {...props} comparison={data.comparison} />
      )}
      <MethodsSection {...props} />
    </article>
  );
}
