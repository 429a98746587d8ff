import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../components/ScrollRegion';
import type { AreaCoverage } from '../../core/gaps/types';
import { useFormatNumber } from '../i18n/format';
import { GapFinding } from './GapSection';

/**
 * Sozialraum × Angebot: how many partners run each offer in each social area. An empty cell is
 * flagged in words, not colour alone, when another area has the offer.
 */
export function AreaCoverageTable({ coverage }: { coverage: AreaCoverage }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const empty = new Set(coverage.emptyCells.map(({ area, offer }) => `${area}\u0000${offer}`));
  return (
    <GapFinding title={t('gaps.coverage.title')}>
      {coverage.areas.length === 0 ? (
        <p>{t('gaps.coverage.none')}</p>
      ) : (
        <ScrollRegion name={t('gaps.coverage.caption')} className="gaps-table-wrap">
          <table className="gaps-coverage">
            <caption>{t('gaps.coverage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gaps.coverage.area')}</th>
                {coverage.offers.map((offer) => (
                  <th key={offer} scope="col">
                    {offer}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {coverage.areas.map((area, i) => (
                <tr key={area}>
                  <th scope="row">{area}</th>
                  {coverage.offers.map((offer, j) => {
                    const count = coverage.counts[i]?.[j] ?? 0;
                    const missing = empty.has(`${area}\u0000${offer}`);
                    return (
                      <td key={offer} className={missing ? 'num gaps-empty' : 'num'}>
                        {missing ? t('gaps.coverage.missing') : format(count)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {coverage.emptyCells.length > 0 && <p className="gaps-help">{t('gaps.coverage.legend')}</p>}
    </GapFinding>
  );
}
