import { KEY_FIGURES, keyFigures, type KeyFigures } from '../../core/report/key-figures';
import { ReportSection } from './ReportSection';
import type { ReportFormat, SectionProps } from './types';

/** Digits each figure is shown with: counts whole, indices to two places, density to three. */
export const FIGURE_DIGITS: Record<keyof KeyFigures, number> = {
  partners: 0,
  cooperations: 0,
  density: 3,
  components: 0,
  isolates: 0,
  articulationPoints: 0,
  bridges: 0,
  eiIndex: 2,
  assortativity: 2,
  communities: 0,
};

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
