import { useTranslation } from 'react-i18next';
import { Pager, usePages } from '../components/Pager';
import type { DuplicatePartners as DuplicatePair } from '../../core/doubles/find-duplicate-partners';
import { ShowOnMap } from '../gaps/ShowOnMap';
import { useFormatNumber } from '../i18n/format';
import { FindingTable } from '../gaps/FindingTable';
import { GapQuestion } from '../gaps/GapSection';

/** Pairs on a page: a large list written twice over can hold thousands. */
const PAIRS_PER_PAGE = 50;

interface Props {
  pairs: readonly DuplicatePair[];
  partnerName: (id: string) => string;
  onShowPartners: (ids: string[]) => void;
  onMergeRequest: (pair: DuplicatePair) => void;
}

/** Partners probably entered twice: both names side by side, how sure, and why. */
export function DuplicatePartners({ pairs, partnerName, onShowPartners, onMergeRequest }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const pages = usePages(pairs, PAIRS_PER_PAGE);
  return (
    <GapQuestion title={t('gaps.doubles.partners.title')}>
      {pairs.length === 0 ? (
        <p>{t('gaps.doubles.partners.none')}</p>
      ) : (
        <>
          <Pager pages={pages} name={t('gaps.doubles.partners.caption')} />
          <FindingTable
            caption={t('gaps.doubles.partners.caption')}
            columns={[
              t('gaps.doubles.partners.first'),
              t('gaps.doubles.partners.second'),
              t('gaps.doubles.partners.score'),
              t('gaps.doubles.partners.reasons'),
              t('gaps.doubles.partners.actions'),
            ]}
          >
            {pages.shown.map((pair) => {
              const [a, b] = pair.ids.map(partnerName) as [string, string];
              return (
                <tr key={pair.ids.join('|')}>
                  <td>{a}</td>
                  <td>{b}</td>
                  <td className="num">{t('gaps.percent', { value: format(pair.score * 100) })}</td>
                  <td>
                    {pair.reasons.map((reason) => t(`gaps.doubles.reason.${reason}`)).join('; ')}
                  </td>
                  <td className="doubles-actions">
                    <ShowOnMap
                      ids={pair.ids}
                      what={t('gaps.doubles.partners.pair', { a, b })}
                      onShowPartners={onShowPartners}
                    />
                    <button
                      type="button"
                      aria-label={t('gaps.doubles.merge.openFor', { a, b })}
                      onClick={() => onMergeRequest(pair)}
                    >
                      {t('gaps.doubles.merge.open')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </FindingTable>
        </>
      )}
    </GapQuestion>
  );
}
