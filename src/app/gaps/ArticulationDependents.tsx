import { useTranslation } from 'react-i18next';
import type { ArticulationDependent } from '../../core/gaps/types';
import { GapFinding } from './GapSection';
import type { GapLabels } from './labels';
import { ShowOnMap } from './ShowOnMap';

interface Props {
  /** null while the structure analysis, which finds the articulation points, is still running. */
  dependents: readonly ArticulationDependent[] | null;
  labels: GapLabels;
  onShowPartners: (ids: string[]) => void;
}

/** Partners whose every cooperation runs to a partner the network hangs on (an articulation point). */
export function ArticulationDependents({ dependents, labels, onShowPartners }: Props) {
  const { t } = useTranslation();
  const names = (ids: readonly string[]) => ids.map(labels.partner).join(', ');
  return (
    <GapFinding title={t('gaps.dependents.title')}>
      {dependents === null ? (
        <p role="status">{t('gaps.dependents.waiting')}</p>
      ) : dependents.length === 0 ? (
        <p>{t('gaps.dependents.none')}</p>
      ) : (
        <>
          <p className="gaps-help">{t('gaps.dependents.intro')}</p>
          <ul>
            {dependents.map(({ partner, articulationPoints }) => (
              <li key={partner}>
                {t('gaps.dependents.item', {
                  count: articulationPoints.length,
                  partner: labels.partner(partner),
                  points: names(articulationPoints),
                })}{' '}
                <ShowOnMap
                  ids={[partner, ...articulationPoints]}
                  what={labels.partner(partner)}
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
