import { useTranslation } from 'react-i18next';
import type { OverlappingCommittees as Overlap } from '../../core/doubles/findOverlappingCommittees';
import { GapQuestion } from '../gaps/GapSection';
import { ShowOnMap } from '../gaps/ShowOnMap';
import { useFormatNumber } from '../i18n/format';
import { ThresholdControl } from './ThresholdControl';

interface Props {
  committees: readonly Overlap[];
  threshold: number;
  onThresholdChange: (threshold: number) => void;
  partnerName: (id: string) => string;
  onShowPartners: (ids: string[]) => void;
}

/**
 * Working groups with largely the same members, measured as shared members ÷ members of either
 * (Jaccard 1901), e.g. an AK Kinderschutz meeting with nearly the people of the steering group.
 */
export function OverlappingCommittees({ committees, threshold, onThresholdChange, partnerName, onShowPartners }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  return (
    <GapQuestion title={t('gaps.doubles.committees.title')}>
      <p className="gaps-help">{t('gaps.doubles.committees.intro')}</p>
      <ThresholdControl threshold={threshold} onThresholdChange={onThresholdChange} />
      {committees.length === 0 ? (
        <p>{t('gaps.doubles.committees.none', { threshold: format(threshold * 100) })}</p>
      ) : (
        <div className="gaps-table-wrap">
          <table>
            <caption>{t('gaps.doubles.committees.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gaps.doubles.committees.first')}</th>
                <th scope="col">{t('gaps.doubles.committees.second')}</th>
                <th scope="col">{t('gaps.doubles.committees.overlap')}</th>
                <th scope="col">{t('gaps.doubles.committees.shared')}</th>
                <th scope="col">{t('gaps.doubles.committees.map')}</th>
              </tr>
            </thead>
            <tbody>
              {committees.map((overlap) => (
                <tr key={`${overlap.a}|${overlap.b}`}>
                  <td>{overlap.a}</td>
                  <td>{overlap.b}</td>
                  <td className="num">{t('gaps.percent', { value: format(overlap.jaccard * 100) })}</td>
                  <td>{overlap.shared.map(partnerName).join('; ')}</td>
                  <td>
                    <ShowOnMap
                      ids={overlap.shared}
                      what={t('gaps.doubles.committees.what', { a: overlap.a, b: overlap.b })}
                      onShowPartners={onShowPartners}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </GapQuestion>
  );
}
