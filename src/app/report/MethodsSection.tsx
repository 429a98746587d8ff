import { sampledPathsNote } from '../analysis/sampled-note';
import { ReportSection } from './ReportSection';
import type { SectionProps } from './types';

/** Every measure the report shows, in the order a reader meets them; texts under report.methods.items. */
export const METHODS = [
  'degree',
  'betweenness',
  'closeness',
  'eigenvector',
  'pagerank',
  'density',
  'cutPoints',
  'coreNumber',
  'structuralHoles',
  'ei',
  'blockDensity',
  'assortativity',
  'brokerage',
  'communities',
  'catalogue',
] as const;

export function MethodsSection({ data, t, format }: SectionProps) {
  const { sampled } = data.report.network;
  return (
    <ReportSection id="methods" heading={t('report.sections.methods')}>
      <p>{t('report.methods.intro')}</p>
      {sampled !== null && (
        <p data-report="sampled">
          {sampledPathsNote(t, (value, digits) => format.number(value, digits), sampled)}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('report.methods.measure')}</th>
            <th scope="col">{t('report.methods.meaning')}</th>
            <th scope="col">{t('report.methods.source')}</th>
          </tr>
        </thead>
        <tbody>
          {METHODS.map((method) => (
            <tr key={method}>
              <th scope="row">{t(`report.methods.items.${method}.name`)}</th>
              <td>{t(`report.methods.items.${method}.meaning`)}</td>
              <td>{t(`report.methods.items.${method}.source`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}
