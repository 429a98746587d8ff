import { describe, expect, it } from 'vitest';
import analysisDe from '../../../src/app/i18n/analysis.de.json';
import analysisEn from '../../../src/app/i18n/analysis.en.json';
import de from '../../../src/app/i18n/de.json';
import en from '../../../src/app/i18n/en.json';
import reportDe from '../../../src/app/i18n/report.de.json';
import reportEn from '../../../src/app/i18n/report.en.json';

const FIGURES = ['partners', 'cooperations', 'density', 'components', 'isolates'] as const;

/**
 * The key figures beside the map, in the analysis and in the report: one name for one figure, so
 * that "Teilnetze" on the screen is "Teilnetze" in the report handed to the steering group.
 */
describe('the key figures go by one name everywhere', () => {
  it.each([
    ['de', de, analysisDe, reportDe],
    ['en', en, analysisEn, reportEn],
  ])('in %s', (_language, app, analysis, report) => {
    for (const figure of FIGURES) {
      const name = app.figures[figure];
      expect(analysis.figures[figure].label, figure).toBe(name);
      expect(report.figures[figure].label, figure).toBe(name);
    }
  });
});
