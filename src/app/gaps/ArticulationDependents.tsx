import { useTranslation } from 'react-i18next';
import type { ArticulationDependent } from '../../core/gaps/types';
import { Pager, usePages } from '../components/Pager';
import { GapFinding } from './GapSection';
import type { GapLabels } from './labels';
import { ShowOnMap } from './ShowOnMap';

const DEPENDENTS_PER_PAGE = 50;

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
  // A page at a time: 10,000 partners gave 824 of them, each with its sentence and a button.
  const pages = usePages(dependents ?? [], DEPENDENTS_PER_PAGE);
  return (
    <GapFinding title={t('gaps.dependents.title')}>
      {dependents === null ? (
        <p role="status">{t('gaps.dependents.waiting')}</p>
      ) : dependents.length === 0 ? (
        <p>{t('gaps.dependents.none')}</p>
      ) : (
        <>
          <p className="gaps-help">{t('gaps.dependents.intro')}</p>
          <Pager pages={pages} name={t('gaps.dependents.title')} kind="list" />
          <ul>
            {pages.shown.map(({ partner, articulationPoints }) => (
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
