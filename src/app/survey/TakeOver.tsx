import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyMerge } from '../../core/survey';
import { takeStand } from '../compare/stands';
import { changeStands } from '../compare/stand-store';
import { ConfirmButton } from '../components/ConfirmButton';
import { changeLabel } from '../history';
import { applyEdit, currentNetwork } from '../store/state';
import { update, useNetworkStore } from '../store/store';
import type { KeptSurvey } from './kept-survey';
import { withSurveyCooperations } from './take-over';

interface Props {
  survey: KeptSurvey;
  merge: SurveyMerge;
  now: () => Date;
}

/**
 * What the merged network becomes: a Stand named after the round, to compare with other rounds
 * and Stände, and/or the network's cooperations (after a question; undoable).
 */
export function TakeOver({ survey, merge, now }: Props) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const name = survey.round.name;

  const asStand = () => {
    const state = useNetworkStore.getState();
    changeStands(
      takeStand(name, now().toISOString(), {
        network: merge.network,
        offers: state.offers,
        memberships: state.memberships,
      }),
    );
    setDone(t('survey.view.takeOver.standTaken', { name }));
  };

  const asNetwork = () => {
    const network = currentNetwork(useNetworkStore.getState());
    update(
      applyEdit(
        withSurveyCooperations(network, merge.network),
        changeLabel('merge-partners', {
          description: t('survey.view.takeOver.historyLabel', { name }),
        }),
      ),
    );
    setDone(t('survey.view.takeOver.networkTaken', { count: merge.network.cooperations.length }));
  };

  return (
    <div className="survey-take-over">
      <h4>{t('survey.view.takeOver.title')}</h4>
      <p className="muted">
        {t('survey.view.takeOver.intro', { count: merge.network.cooperations.length })}
      </p>
      <div className="survey-actions">
        <button type="button" className="primary" onClick={asStand}>
          {t('survey.view.takeOver.asStand')}
        </button>
        <ConfirmButton
          label={t('survey.view.takeOver.asNetwork')}
          question={t('survey.view.takeOver.asNetworkQuestion', {
            count: merge.network.cooperations.length,
          })}
          confirmLabel={t('survey.view.takeOver.asNetworkConfirm')}
          onConfirm={asNetwork}
        />
      </div>
      <p role="status">{done}</p>
    </div>
  );
}
