import { KEY_FIGURES, keyFigures } from '../../core/report/key-figures';
import { FIGURE_DIGITS, formatFigure } from './KeyFiguresSection';
import { FindingList, moreRows } from './Findings';
import { ReportSection } from './ReportSection';
import type { ReportComparison, SectionProps } from './types';

export function ComparisonSection({
  data,
  t,
  format,
  comparison,
}: SectionProps & { comparison: ReportComparison }) {
  const current = keyFigures(data.report);
  const more = moreRows(t, format);
  const previous = comparison.figures;
  const dated =
    comparison.date === undefined
      ? ''
      : t('report.comparison.dated', { date: format.date(comparison.date) });
  const change = (key: (typeof KEY_FIGURES)[number]) => {
    const now = current[key];
    const then = previous[key];
    if (now === null || then === null) return t('report.none');
    const difference = now - then;
    const text = format.number(Math.abs(difference), FIGURE_DIGITS[key]);
    return difference > 0 ? `+${text}` : difference < 0 ? `−${text}` : text;
  };
  return (
    <ReportSection id="comparison" heading={t('report.sections.comparison')}>
      <p>{t('report.comparison.intro', { date: dated })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('report.comparison.figure')}</th>
            <th scope="col" className="number">
              {t('report.comparison.previous')}
            </th>
            <th scope="col" className="number">
              {t('report.comparison.current')}
            </th>
            <th scope="col" className="number">
              {t('report.comparison.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {KEY_FIGURES.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`report.figures.${key}.label`)}</th>
              <td className="number">{formatFigure(format, previous, key)}</td>
              <td className="number">{formatFigure(format, current, key)}</td>
              <td className="number">{change(key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison.partners !== undefined && (
        <>
          <FindingList
            more={more}
            heading={t('report.comparison.added')}
            none={t('report.comparison.noneAdded')}
            items={comparison.partners.added}
            text={({ name }) => name}
          />
          <FindingList
            more={more}
            heading={t('report.comparison.gone')}
            none={t('report.comparison.noneGone')}
            items={comparison.partners.gone}
            text={({ name }) => name}
          />
        </>
      )}
    </ReportSection>
  );
}
