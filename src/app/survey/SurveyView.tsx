import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../core/model/types';
import { MergeResults } from './MergeResults';
import { PaperForms } from './PaperForms';
import { ResponsesTaken } from './ResponsesTaken';
import { ReturnsIn } from './ReturnsIn';
import { RoundSetup } from './RoundSetup';
import { RoundSummary } from './RoundSummary';
import { changeLabel } from '../history';
import { changeSurvey, useSurvey } from './survey-store';
import './survey.css';

interface Props {
  network: Network;
  /** The clock, passed in so tests can fix the day. */
  now?: () => Date;
}

/**
 * "Befragung" (Netzwerkbefragung, issue #24): a round set up and its forms sent out, the answers
 * read in and taken over, merged, scored, and kept as a Stand or as the network's cooperations.
 */
export function SurveyView({ network, now = () => new Date() }: Props) {
  const { t } = useTranslation();
  const survey = useSurvey();
  const [paper, setPaper] = useState<string[] | null>(null);

  return (
    <div className="survey-view">
      <h2>{t('survey.view.title')}</h2>
      <p className="muted">{t('survey.view.intro')}</p>
      {survey === null ? (
        <RoundSetup network={network} now={now} />
      ) : (
        <>
          <RoundSummary
            round={survey.round}
            answers={survey.responses.length}
            onNewRound={() => {
              changeSurvey(
                () => null,
                changeLabel('survey-round-discarded', { name: survey.round.name }),
              );
              setPaper(null);
            }}
            onPaper={setPaper}
          />
          {paper !== null && (
            <PaperForms round={survey.round} partners={paper} onClose={() => setPaper(null)} />
          )}
          <ReturnsIn key={survey.round.id} round={survey.round} now={now} />
          <ResponsesTaken survey={survey} />
          {survey.responses.length > 0 && (
            <MergeResults survey={survey} network={network} now={now} />
          )}
        </>
      )}
    </div>
  );
}
