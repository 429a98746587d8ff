import { useTranslation } from 'react-i18next';
import type { SectorPair } from '../../core/gaps/types';
import { GapFinding } from './GapSection';
import type { GapLabels } from './labels';
import { SectorName } from './SectorName';
import { ShowOnMap } from './ShowOnMap';

interface Props {
  pairs: readonly SectorPair[];
  labels: GapLabels;
  bySector: ReadonlyMap<string, string[]>;
  onShowPartners: (ids: string[]) => void;
}

/** Pairs of sectors, both present in the network, with not one cooperation between them. */
export function UnconnectedSectors({ pairs, labels, bySector, onShowPartners }: Props) {
  const { t } = useTranslation();
  return (
    <GapFinding title={t('gaps.unconnected.title')}>
      {pairs.length === 0 ? (
        <p>{t('gaps.unconnected.none')}</p>
      ) : (
        <>
          <p className="gaps-help">{t('gaps.unconnected.intro')}</p>
          <ul>
            {pairs.map(({ a, b }) => (
              <li key={`${a}|${b}`}>
                <SectorName id={a} labels={labels} /> – <SectorName id={b} labels={labels} />{' '}
                <ShowOnMap
                  ids={[...(bySector.get(a) ?? []), ...(bySector.get(b) ?? [])]}
                  what={t('gaps.unconnected.pair', { a: labels.sector(a), b: labels.sector(b) })}
                  onShowPartners={onShowPartners}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </GapFinding>
  );
}
