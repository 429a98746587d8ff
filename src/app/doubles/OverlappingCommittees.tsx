import { useTranslation } from 'react-i18next';
import type { OverlappingCommittees as Overlap } from '../../core/doubles/find-overlapping-committees';
import { FindingTable } from '../gaps/FindingTable';
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
export function OverlappingCommittees({
  committees,
  threshold,
  onThresholdChange,
  partnerName,
  onShowPartners,
}: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  return (
    <GapQuestion title={t('gaps.doubles.committees.title')}>
      <p className="gaps-help">{t('gaps.doubles.committees.intro')}</p>
      <ThresholdControl threshold={threshold} onThresholdChange={onThresholdChange} />
      {committees.length === 0 ? (
        <p>{t('gaps.doubles.committees.none', { threshold: format(threshold * 100) })}</p>
      ) : (
        <FindingTable
          caption={t('gaps.doubles.committees.caption')}
          columns={[
            t('gaps.doubles.committees.first'),
            t('gaps.doubles.committees.second'),
            t('gaps.doubles.committees.overlap'),
            t('gaps.doubles.committees.shared'),
            t('gaps.doubles.committees.map'),
          ]}
        >
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
        </FindingTable>
      )}
    </GapQuestion>
  );
}
