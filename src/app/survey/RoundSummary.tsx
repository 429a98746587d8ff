import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyRound } from '../../core/survey';
import { downloadFile } from '../export/download';
import { ConfirmButton } from '../components/ConfirmButton';
import { formsZipName } from './setup';
import { paperBatches } from './paper-form';
import { surveyLanguage } from './survey-text';
import { runSurvey } from './survey-worker';

interface Props {
  round: SurveyRound;
  answers: number;
  onNewRound: () => void;
  /** Shows the paper forms of these partners, ready to print. */
  onPaper: (partners: string[]) => void;
}

/** The round set up: what it asks of whom, its forms to download, and a way to begin another. */
export function RoundSummary({ round, answers, onNewRound, onPaper }: Props) {
  const { t, i18n } = useTranslation();
  const asked = round.partners.filter((p) => round.asked.includes(p.id));
  // All forms at once, or in runs where that many would be too much to show; the choice's value
  // is "b:" and a run's number or "p:" and a partner's ID.
  const batches = paperBatches(round);
  const [paperFor, setPaperFor] = useState('b:0');
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'writing' }
    | { kind: 'done'; count: number }
    | { kind: 'failed'; message: string }
  >({ kind: 'idle' });
  const date = new Date(`${round.created}T12:00:00`).toLocaleDateString(
    i18n.language === 'en' ? 'en-GB' : 'de-DE',
  );

  const download = () => {
    setState({ kind: 'writing' });
    runSurvey({ job: 'forms', round, language: surveyLanguage(i18n.language) }).result.then(
      ({ zip, files }) => {
        downloadFile(
          formsZipName(round.name, t('survey.view.forms.fallbackName')),
          zip,
          'application/zip',
        );
        setState({ kind: 'done', count: files.length });
      },
      (error: unknown) =>
        setState({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  };

  return (
    <section className="survey-round" aria-labelledby="survey-round-title">
      <h3 id="survey-round-title">{round.name}</h3>
      <p>
        {t('survey.view.round.summary', {
          date,
          asked: round.asked.length,
          partners: round.partners.length,
          items: round.items.length,
          answers,
        })}
      </p>
      <div className="survey-actions">
        <button
          type="button"
          className="primary"
          onClick={download}
          disabled={state.kind === 'writing'}
        >
          {t('survey.view.forms.download')}
        </button>
        <ConfirmButton
          label={t('survey.view.round.new')}
          question={t('survey.view.round.newQuestion', { name: round.name })}
          confirmLabel={t('survey.view.round.newConfirm')}
          onConfirm={onNewRound}
        />
      </div>
      <p role="status" className="muted">
        {state.kind === 'writing' && t('survey.view.forms.writing')}
        {state.kind === 'done' && t('survey.view.forms.done', { count: state.count })}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="error">
          {t('survey.view.forms.failed', { message: state.message })}
        </p>
      )}
      <p className="muted">{t('survey.view.forms.howTo')}</p>
      <div className="survey-actions survey-paper-choose">
        <label className="survey-field">
          {t('survey.view.paper.for')}
          <select value={paperFor} onChange={(event) => setPaperFor(event.target.value)}>
            {batches.length === 1 ? (
              <option value="b:0">
                {t('survey.view.paper.everyone', { count: asked.length })}
              </option>
            ) : (
              batches.map((batch, i) => (
                <option key={i} value={`b:${i}`}>
                  {t('survey.view.paper.batch', {
                    from: batch.from,
                    to: batch.to,
                    count: asked.length,
                  })}
                </option>
              ))
            )}
            {asked.map((p) => (
              <option key={p.id} value={`p:${p.id}`}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() =>
            onPaper(
              paperFor.startsWith('b:')
                ? (batches[Number(paperFor.slice(2))]?.ids ?? [])
                : [paperFor.slice(2)],
            )
          }
        >
          {t('survey.view.paper.show')}
        </button>
      </div>
    </section>
  );
}
