import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../i18n/format';
import { GapFinding } from './GapSection';
import type { GapLabels } from './labels';
import { PartnerButtons } from './PartnerButtons';
import { ShowOnMap } from './ShowOnMap';

interface Props {
  withoutCrossSectorTie: readonly string[];
  isolates: readonly string[];
  labels: GapLabels;
  onShowPartners: (ids: string[]) => void;
}

/** Partners who cooperate only inside their own sector, and partners with no cooperation at all. */
export function Loners({ withoutCrossSectorTie, isolates, labels, onShowPartners }: Props) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const findings = [
    { key: 'silo', ids: withoutCrossSectorTie },
    { key: 'isolates', ids: isolates },
  ] as const;
  return (
    <>
      {findings.map(({ key, ids }) => (
        <GapFinding key={key} title={t(`gaps.loners.${key}.title`)}>
          {ids.length === 0 ? (
            <p>{t(`gaps.loners.${key}.none`)}</p>
          ) : (
            <>
              <p>
                {t(`gaps.loners.${key}.count`, { count: ids.length, partners: format(ids.length) })}{' '}
                <ShowOnMap
                  ids={ids}
                  what={t(`gaps.loners.${key}.title`)}
                  onShowPartners={onShowPartners}
                />
              </p>
              <PartnerButtons ids={ids} labels={labels} onShowPartners={onShowPartners} />
            </>
          )}
        </GapFinding>
      ))}
    </>
  );
}
