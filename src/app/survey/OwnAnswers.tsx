import { useTranslation } from 'react-i18next';
import type { ReportOwnAnswers } from '../../core/survey';
import { useFormatNumber } from '../i18n/format';
import { surveyLanguage } from './survey-text';

/**
 * What the partners said about themselves: how many named each contribution, and how satisfied
 * they are with the network (the spread of the answers, their mean and how many gave one).
 * The names they gave as missing are listed apart, each with its button to add it.
 */
export function OwnAnswers({ own }: { own: ReportOwnAnswers }) {
  const { t, i18n } = useTranslation();
  const language = surveyLanguage(i18n.language);
  const format = useFormatNumber();
  if (own.checklists.length === 0 && own.scales.length === 0) return null;

  return (
    <div className="survey-own" data-survey="own">
      <h4>{t('survey.view.own.title')}</h4>
      {own.checklists.map((list, index) => (
        <table key={`list-${index}`} className="survey-table">
          <caption>
            {t('survey.view.own.checklist', {
              item: list.item[language],
              count: list.respondents,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('survey.view.own.option')}</th>
              <th scope="col">{t('survey.view.own.yes')}</th>
              <th scope="col">{t('survey.view.own.no')}</th>
            </tr>
          </thead>
          <tbody>
            {list.options.map((option, i) => (
              <tr key={i}>
                <th scope="row">{option.label[language]}</th>
                <td>{option.yes}</td>
                <td>{option.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {own.scales.map((scale, index) => (
        <div key={`scale-${index}`}>
          <p data-survey="own-scale">
            {scale.mean === null
              ? t('survey.view.own.noAnswers', { item: scale.item[language] })
              : t('survey.view.own.mean', {
                  item: scale.item[language],
                  mean: format(scale.mean, 1),
                  maximum: scale.maximum,
                  count: scale.answers,
                })}
          </p>
          <table className="survey-table">
            <caption className="muted">
              {t('survey.view.own.spread', { item: scale.item[language] })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('survey.view.own.answer')}</th>
                <th scope="col">{t('survey.view.own.partners')}</th>
              </tr>
            </thead>
            <tbody>
              {scale.distribution.map((row) => (
                <tr key={row.code}>
                  <th scope="row">
                    {row.code} – {row.label[language]}
                  </th>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
