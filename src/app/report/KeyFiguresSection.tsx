import { findMeasure } from '../../core/analysis/registry';
import { KEY_FIGURES, keyFigures, type KeyFigures } from '../../core/report/key-figures';
import { ReportSection } from './ReportSection';
import type { ReportFormat, SectionProps } from './types';

/**
 * Digits each figure is shown with: those the analysis registers for it (counts whole, shares and
 * indices to three places), so that the report writes every figure as the app does.
 */
export const FIGURE_DIGITS = Object.fromEntries(
  KEY_FIGURES.map((key) => [key, findMeasure(key)?.digits ?? 0]),
) as Record<keyof KeyFigures, number>;

export function formatFigure(
  format: ReportFormat,
  figures: KeyFigures,
  key: keyof KeyFigures,
): string {
  return format.number(figures[key], FIGURE_DIGITS[key]);
}

export function KeyFiguresSection({ data, t, format }: SectionProps) {
  const figures = keyFigures(data.report);
  return (
    <ReportSection id="figures" heading={t('report.sections.figures')}>
      <dl className="figures">
        {KEY_FIGURES.map((key) => (
          <div key={key}>
            <dt>{t(`report.figures.${key}.label`)}</dt>
            <dd>
              <span className="value">{formatFigure(format, figures, key)}</span>
              {t(`report.figures.${key}.help`)}
            </dd>
          </div>
        ))}
      </dl>
    </ReportSection>
  );
}
