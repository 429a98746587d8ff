import { useTranslation } from 'react-i18next';
import type { ReferenceComparison } from '../../core/reference/compare-with-reference';
import { ScrollRegion } from '../components/ScrollRegion';
import { inLanguage, referenceAnswer, referencePercent } from '../text/reference-text';
import { GapFinding } from './GapSection';
import { useReferenceWords } from './use-reference-words';

/**
 * "Wie andere Kommunen aufgestellt sind": each published share beside the network's own answer,
 * with what the share counts (municipalities, not partners), who was counted and the source.
 */
export function ReferenceTable({ comparison }: { comparison: ReferenceComparison }) {
  const { t } = useTranslation();
  const words = useReferenceWords();
  const { language } = words;
  const { reference, rows } = comparison;
  const unit = inLanguage(reference.unit, language);
  const heading = t('report.gaps.reference.heading', { unit });
  // One wording for all is said once above the table; several get a column of their own.
  const wordings = new Set(rows.map(({ figure }) => inLanguage(figure.wording, language)));
  const sources = [
    ...new Map(rows.map(({ figure }) => [figure.source.title, figure.source.url])).entries(),
  ];
  return (
    <GapFinding title={heading}>
      <p className="gaps-help">
        {t('report.gaps.reference.about', {
          measure: inLanguage(reference.measure, language),
          population: inLanguage(reference.population, language),
        })}
      </p>
      <ScrollRegion name={heading} className="gaps-table-wrap">
        <table className="gaps-reference">
          <caption>{inLanguage(reference.title, language)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reference.group')}</th>
              <th scope="col">{t('reference.share', { unit })}</th>
              <th scope="col">{t('reference.year')}</th>
              {wordings.size > 1 && <th scope="col">{t('reference.counted')}</th>}
              <th scope="col">{t('reference.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ figure, inNetwork }) => (
              <tr key={`${figure.type} ${figure.year}`}>
                <th scope="row">{inLanguage(figure.group, language)}</th>
                <td className="num">{referencePercent(words, figure.percent)}</td>
                <td className="num">{figure.year}</td>
                {wordings.size > 1 && <td>{inLanguage(figure.wording, language)}</td>}
                <td className={inNetwork === false ? 'gaps-warning' : undefined}>
                  {referenceAnswer(words, inNetwork)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.some(({ inNetwork }) => inNetwork === null) && (
        <p className="gaps-help">{t('reference.unknownNote')}</p>
      )}
      <ul className="gaps-help gaps-reference-sources">
        {sources.map(([title, url]) => (
          <li key={title}>
            {t('report.gaps.reference.source', { title })}
            {url && (
              <>
                {' – '}
                <a href={url} target="_blank" rel="noreferrer">
                  {url}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </GapFinding>
  );
}
