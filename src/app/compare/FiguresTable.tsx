import { useTranslation } from 'react-i18next';
import { findMeasure } from '../../core/analysis/registry';
import { COMPARISON_FIGURES, type ComparisonFigures } from '../../core/compare';
import { useFormatNumber } from '../i18n/format';

/**
 * Places shown after the decimal comma, as the analysis and the report show each figure (density
 * and the E-I index to three); the figures the analysis does not register are counts.
 */
const digits = (key: keyof ComparisonFigures) => findMeasure(key)?.digits ?? 0;

interface Props {
  standName: string;
  before: ComparisonFigures;
  after: ComparisonFigures;
}

/** The key figures of the Stand and of the network now, side by side with the change (+/−). */
export function FiguresTable({ standName, before, after }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const show = (value: number | null, key: keyof ComparisonFigures) =>
    value === null ? t('compare.figures.none') : format(value, digits(key));
  const change = (key: keyof ComparisonFigures) => {
    const then = before[key];
    const now = after[key];
    if (then === null || now === null) return t('compare.figures.none');
    const difference = now - then;
    const text = format(Math.abs(difference), digits(key));
    return difference > 0 ? `+${text}` : difference < 0 ? `−${text}` : text;
  };
  return (
    <table className="compare-figures">
      <caption>{t('compare.figures.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.figures.figure')}</th>
          <th scope="col" className="number">
            {standName}
          </th>
          <th scope="col" className="number">
            {t('compare.figures.current')}
          </th>
          <th scope="col" className="number">
            {t('compare.figures.change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {COMPARISON_FIGURES.map((key) => (
          <tr key={key}>
            <th scope="row">{t(`compare.figures.${key}`)}</th>
            <td className="number">{show(before[key], key)}</td>
            <td className="number">{show(after[key], key)}</td>
            <td className="number">{change(key)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
