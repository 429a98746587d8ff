import { useTranslation } from 'react-i18next';
import { DEFAULT_GAP_OPTIONS } from '../../core/gaps/find-gaps';
import type { SectorLink } from '../../core/gaps/types';
import { useFormatNumber } from '../i18n/format';
import { GapFinding } from './GapSection';
import type { GapLabels } from './labels';
import { PartnerButtons } from './PartnerButtons';
import { ShowOnMap } from './ShowOnMap';

interface Props {
  link: SectorLink | null;
  labels: GapLabels;
  onShowPartners: (ids: string[]) => void;
}

/**
 * The known weak spot of Frühe Hilfen networks (NZFH monitoring): how many cooperations join youth
 * welfare and health care, and which partners on each side carry them.
 */
export function YouthHealthFinding({ link, labels, onShowPartners }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const youth = labels.sector(DEFAULT_GAP_OPTIONS.youthSector);
  const health = labels.sector(DEFAULT_GAP_OPTIONS.healthSector);
  if (link === null) {
    return (
      <GapFinding title={t('gaps.link.title', { a: youth, b: health })}>
        <p>{t('gaps.link.sideMissing', { a: youth, b: health })}</p>
      </GapFinding>
    );
  }
  const sides = [
    { sector: link.a, partners: link.partnersA },
    { sector: link.b, partners: link.partnersB },
  ];
  // Weak as findGaps judges it: one partner on a side carries the link alone.
  const weak = link.ties > 0 && Math.min(link.partnersA.length, link.partnersB.length) <= 1;
  return (
    <GapFinding
      title={t('gaps.link.title', { a: labels.sector(link.a), b: labels.sector(link.b) })}
    >
      <p>
        {t('gaps.link.ties', {
          count: link.ties,
          ties: format(link.ties),
          a: labels.sector(link.a),
          b: labels.sector(link.b),
        })}{' '}
        <ShowOnMap
          ids={[...link.partnersA, ...link.partnersB]}
          what={t('gaps.link.bridging')}
          onShowPartners={onShowPartners}
        />
      </p>
      {weak && <p className="gaps-warning">{t('gaps.link.weak')}</p>}
      {link.ties > 0 && (
        <div className="gaps-sides">
          {sides.map(({ sector, partners }) => (
            <div key={sector}>
              <p>
                {t('gaps.link.side', {
                  count: partners.length,
                  partners: format(partners.length),
                  sector: labels.sector(sector),
                })}
              </p>
              <PartnerButtons ids={partners} labels={labels} onShowPartners={onShowPartners} />
            </div>
          ))}
        </div>
      )}
    </GapFinding>
  );
}
