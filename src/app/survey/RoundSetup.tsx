import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../core/model/types';
import { createRound, type RoundSetupProblem } from '../../core/survey';
import { useSectorName } from '../text/use-sector-name';
import { newKeptSurvey } from './kept-survey';
import { partnersBySector, toggleAll } from './setup';
import { appInstrument, setupProblemText, surveyLanguage } from './survey-text';
import { changeLabel } from '../history';
import { changeSurvey } from './survey-store';

interface Props {
  network: Network;
  now: () => Date;
}

/** Setting up a round: its name, the partners asked (by sector) and the questions. */
export function RoundSetup({ network, now }: Props) {
  const { t, i18n } = useTranslation();
  const language = surveyLanguage(i18n.language);
  const sectorName = useSectorName();
  const instrument = appInstrument();
  const items = [...instrument.pairItems, ...instrument.partnerItems];
  const [name, setName] = useState(() =>
    t('survey.view.setup.defaultName', { year: now().getFullYear() }),
  );
  const [asked, setAsked] = useState(() => new Set(network.partners.map((p) => p.id)));
  const [chosenItems, setChosenItems] = useState(() => new Set(items.map((item) => item.id)));
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<RoundSetupProblem[]>([]);
  const groups = useMemo(() => partnersBySector(network.partners), [network.partners]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const created = now();
    const date = `${created.getFullYear()}-${String(created.getMonth() + 1).padStart(2, '0')}-${String(created.getDate()).padStart(2, '0')}`;
    const made = createRound(network, instrument, {
      name,
      created: date,
      asked: network.partners.filter((p) => asked.has(p.id)).map((p) => p.id),
      items: items.filter((item) => chosenItems.has(item.id)).map((item) => item.id),
      note,
    });
    if (made.round === null) {
      setProblems(made.problems);
      return;
    }
    setProblems([]);
    const { round } = made;
    changeSurvey(() => newKeptSurvey(round), changeLabel('survey-round', { name: round.name }));
  };

  return (
    <form className="survey-setup" onSubmit={submit} autoComplete="off">
      <h3>{t('survey.view.setup.title')}</h3>
      <p className="muted">{t('survey.view.setup.intro')}</p>
      <label className="survey-field">
        {t('survey.view.setup.name')}
        <input value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <fieldset>
        <legend>
          {t('survey.view.setup.partners', { count: asked.size, total: network.partners.length })}
        </legend>
        <div className="survey-group-buttons">
          <button
            type="button"
            onClick={() => setAsked(new Set(network.partners.map((p) => p.id)))}
          >
            {t('survey.view.setup.all')}
          </button>
          <button type="button" onClick={() => setAsked(new Set())}>
            {t('survey.view.setup.none')}
          </button>
        </div>
        <div className="survey-sectors">
          {groups.map(({ sector, partners }) => {
            const ids = partners.map((p) => p.id);
            const label = sector === '' ? t('survey.view.noSector') : sectorName(sector);
            const allOn = ids.every((id) => asked.has(id));
            return (
              <fieldset key={sector} className="survey-sector">
                <legend>{label}</legend>
                <label className="survey-check">
                  <input
                    type="checkbox"
                    checked={allOn}
                    onChange={(event) => setAsked(toggleAll(asked, ids, event.target.checked))}
                  />
                  {t('survey.view.setup.wholeSector', { sector: label })}
                </label>
                {partners.map((partner) => (
                  <label key={partner.id} className="survey-check">
                    <input
                      type="checkbox"
                      checked={asked.has(partner.id)}
                      onChange={(event) =>
                        setAsked(toggleAll(asked, [partner.id], event.target.checked))
                      }
                    />
                    {partner.name}
                  </label>
                ))}
              </fieldset>
            );
          })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('survey.view.setup.items')}</legend>
        {items.map((item) => (
          <label key={item.id} className="survey-check">
            <input
              type="checkbox"
              checked={chosenItems.has(item.id)}
              onChange={(event) =>
                setChosenItems(toggleAll(chosenItems, [item.id], event.target.checked))
              }
            />
            {item.label[language]}
            <span className="muted"> – {item.question[language]}</span>
          </label>
        ))}
        <p className="muted">{instrument.source[language]}</p>
      </fieldset>
      <label className="survey-field">
        {t('survey.view.setup.note')}
        <textarea value={note} rows={2} onChange={(event) => setNote(event.target.value)} />
      </label>
      {problems.length > 0 && (
        <ul role="alert" className="error">
          {problems.map((problem, i) => (
            <li key={i}>{setupProblemText(t, problem)}</li>
          ))}
        </ul>
      )}
      <div className="survey-actions">
        <button type="submit" className="primary">
          {t('survey.view.setup.create')}
        </button>
      </div>
    </form>
  );
}
