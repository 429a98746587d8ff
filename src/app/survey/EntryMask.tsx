import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  optionText,
  responseFromEntry,
  type SurveyEntry,
  type SurveyProblem,
  type SurveyResponse,
  type SurveyRound,
} from '../../core/survey';
import { appInstrument, surveyLanguage } from './survey-text';
import {
  entryFromValues,
  NO_OWN_VALUES,
  type EntryValues,
  type OwnEntryValues,
} from './entry-values';
import { EntryOwn } from './EntryOwn';

interface Props {
  round: SurveyRound;
  now: () => Date;
  onRead: (
    entry: SurveyEntry,
    result: { response: SurveyResponse | null; problems: SurveyProblem[] },
  ) => void;
}

/**
 * Answers given by phone or on paper, typed in: the partner who answered and, per other partner,
 * the round's questions as the form's drop-downs. Checked like a returned form (responseFromEntry)
 * and then waiting with the files for "Übernehmen".
 */
export function EntryMask({ round, now, onRead }: Props) {
  const { t, i18n } = useTranslation();
  const language = surveyLanguage(i18n.language);
  const instrument = appInstrument();
  const items = instrument.pairItems.filter((item) => round.items.includes(item.id));
  const defaultLabel = () =>
    t('survey.view.entry.defaultLabel', {
      date: now().toLocaleDateString(language === 'en' ? 'en-GB' : 'de-DE'),
    });
  const [respondent, setRespondent] = useState('');
  const [label, setLabel] = useState(defaultLabel);
  const [values, setValues] = useState<EntryValues>({});
  const [own, setOwn] = useState<OwnEntryValues>(NO_OWN_VALUES);
  const others = round.partners.filter((p) => p.id !== respondent);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (respondent === '') return;
    const entry = entryFromValues(respondent, label.trim() || defaultLabel(), now(), values, own);
    onRead(entry, responseFromEntry(entry, round, instrument));
    setValues({});
    setOwn(NO_OWN_VALUES);
    setRespondent('');
    setLabel(defaultLabel());
  };

  return (
    <details className="survey-entry">
      <summary>{t('survey.view.entry.title')}</summary>
      <form onSubmit={submit} autoComplete="off">
        <p className="muted">{t('survey.view.entry.intro')}</p>
        <label className="survey-field">
          {t('survey.view.entry.respondent')}
          <select
            value={respondent}
            required
            onChange={(event) => {
              setRespondent(event.target.value);
              setValues({});
              setOwn(NO_OWN_VALUES);
            }}
          >
            <option value="">{t('survey.view.entry.choose')}</option>
            {round.partners
              .filter((p) => round.asked.includes(p.id))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </label>
        <label className="survey-field">
          {t('survey.view.entry.label')}
          <input value={label} onChange={(event) => setLabel(event.target.value)} />
        </label>
        {respondent !== '' && (
          <div
            className="survey-scroll"
            role="region"
            tabIndex={0}
            aria-label={t('survey.view.entry.table')}
          >
            <table className="survey-table survey-entry-table">
              <caption className="muted">{t('survey.view.entry.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('survey.view.entry.partner')}</th>
                  {items.map((item) => (
                    <th key={item.id} scope="col">
                      {item.label[language]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {others.map((partner) => (
                  <tr key={partner.id}>
                    <th scope="row">{partner.name}</th>
                    {items.map((item) => {
                      const scale = instrument.scales[item.scale]!;
                      const value = values[partner.id]?.[item.id];
                      return (
                        <td key={item.id}>
                          <select
                            aria-label={`${item.label[language]}: ${partner.name}`}
                            value={value === undefined ? '' : String(value)}
                            onChange={(event) => {
                              const code = event.target.value;
                              setValues((before) => ({
                                ...before,
                                [partner.id]: {
                                  ...before[partner.id],
                                  [item.id]: code === '' ? null : Number(code),
                                },
                              }));
                            }}
                          >
                            <option value="">–</option>
                            {scale.options.map((option) => (
                              <option key={option.code} value={option.code}>
                                {optionText(scale, option, language)}
                              </option>
                            ))}
                          </select>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {respondent !== '' && <EntryOwn round={round} values={own} onChange={setOwn} />}
        <button type="submit" disabled={respondent === ''}>
          {t('survey.view.entry.check')}
        </button>
      </form>
    </details>
  );
}
