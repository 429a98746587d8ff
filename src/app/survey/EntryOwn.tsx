import { useTranslation } from 'react-i18next';
import { optionText, type SurveyRound } from '../../core/survey';
import type { OwnEntryValues } from './entry-values';
import { appInstrument, surveyLanguage } from './survey-text';

interface Props {
  round: SurveyRound;
  values: OwnEntryValues;
  onChange: (values: OwnEntryValues) => void;
}

/**
 * The entry mask's questions about the partner itself, as the form's own sheet asks them: per
 * contribution "ja", "nein" or blank, the partners it misses (one name a line), its satisfaction.
 */
export function EntryOwn({ round, values, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = surveyLanguage(i18n.language);
  const instrument = appInstrument();
  const items = instrument.partnerItems.filter((item) => round.items.includes(item.id));
  if (items.length === 0) return null;

  return (
    <div className="survey-entry-own">
      <h4>{t('survey.view.entry.ownTitle')}</h4>
      {items.map((item) => {
        if (item.kind === 'checklist') {
          const answers = values.checklists[item.id] ?? {};
          return (
            <fieldset key={item.id} className="survey-own-item">
              <legend>{item.label[language]}</legend>
              <p className="muted">{item.question[language]}</p>
              <table className="survey-table">
                <tbody>
                  {item.options.map((option) => {
                    const ticked = answers[option.id];
                    return (
                      <tr key={option.id}>
                        <th scope="row">{option.label[language]}</th>
                        <td>
                          <select
                            aria-label={`${item.label[language]}: ${option.label[language]}`}
                            value={ticked === true ? 'yes' : ticked === false ? 'no' : ''}
                            onChange={(event) => {
                              const chosen = event.target.value;
                              onChange({
                                ...values,
                                checklists: {
                                  ...values.checklists,
                                  [item.id]: {
                                    ...answers,
                                    [option.id]:
                                      chosen === 'yes' ? true : chosen === 'no' ? false : null,
                                  },
                                },
                              });
                            }}
                          >
                            <option value="">–</option>
                            <option value="yes">{t('survey.view.entry.yes')}</option>
                            <option value="no">{t('survey.view.entry.no')}</option>
                          </select>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </fieldset>
          );
        }
        if (item.kind === 'text')
          return (
            <label key={item.id} className="survey-field survey-own-item">
              {item.label[language]}
              <span className="muted">{item.question[language]}</span>
              <textarea
                rows={4}
                value={values.texts[item.id] ?? ''}
                onChange={(event) =>
                  onChange({
                    ...values,
                    texts: { ...values.texts, [item.id]: event.target.value },
                  })
                }
              />
            </label>
          );
        const scale = instrument.scales[item.scale]!;
        const code = values.scales[item.id];
        return (
          <label key={item.id} className="survey-field survey-own-item">
            {item.label[language]}
            <span className="muted">{item.question[language]}</span>
            <select
              value={code === undefined || code === null ? '' : String(code)}
              onChange={(event) =>
                onChange({
                  ...values,
                  scales: {
                    ...values.scales,
                    [item.id]: event.target.value === '' ? null : Number(event.target.value),
                  },
                })
              }
            >
              <option value="">–</option>
              {scale.options.map((option) => (
                <option key={option.code} value={option.code}>
                  {optionText(scale, option, language)}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </div>
  );
}
