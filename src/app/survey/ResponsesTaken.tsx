import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../components/ConfirmButton';
import { withoutResponse, type KeptSurvey } from './kept-survey';
import { roundNames } from './survey-text';
import { changeLabel } from '../history';
import { changeSurvey } from './survey-store';

/** The answers taken over so far, each with its source and a way to set it aside again. */
export function ResponsesTaken({ survey }: { survey: KeptSurvey }) {
  const { t } = useTranslation();
  const nameOf = roundNames(survey.round);
  if (survey.responses.length === 0) return null;
  return (
    <section className="survey-taken" aria-labelledby="survey-taken-title">
      <h3 id="survey-taken-title">
        {t('survey.view.taken.title', { count: survey.responses.length })}
      </h3>
      <table className="survey-table">
        <thead>
          <tr>
            <th scope="col">{t('survey.view.taken.partner')}</th>
            <th scope="col">{t('survey.view.taken.source')}</th>
            <th scope="col">{t('survey.view.taken.action')}</th>
          </tr>
        </thead>
        <tbody>
          {survey.responses.map((response, index) => (
            <tr key={`${response.source}-${index}`}>
              <th scope="row">{nameOf(response.respondent)}</th>
              <td>
                {response.kind === 'entry'
                  ? t('survey.view.taken.entry', { label: response.source })
                  : response.source}
              </td>
              <td>
                <ConfirmButton
                  label={t('survey.view.taken.remove')}
                  ariaLabel={t('survey.view.taken.removeLabel', {
                    name: nameOf(response.respondent),
                    source: response.source,
                  })}
                  question={t('survey.view.taken.removeQuestion', {
                    name: nameOf(response.respondent),
                  })}
                  confirmLabel={t('survey.view.taken.removeConfirm')}
                  onConfirm={() =>
                    changeSurvey(
                      (kept) => (kept === null ? null : withoutResponse(kept, index)),
                      changeLabel('survey-answer-removed', {
                        name: nameOf(response.respondent),
                      }),
                    )
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
