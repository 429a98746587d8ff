import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../core/model/types';
import {
  ownAnswerReport,
  type DimensionScore,
  type MergeOptions,
  type SurveyMerge,
  type SurveyScores,
} from '../../core/survey';
import { changeLabel } from '../history';
import { NUMBER_LOCALE } from '../i18n';
import { useFormatNumber } from '../i18n/format';
import { applyEdit, currentNetwork } from '../store/state';
import { update, useNetworkStore } from '../store/store';
import { useSectorName } from '../text/use-sector-name';
import { useCoreTask } from '../worker/use-core-task';
import { withOptions, type KeptSurvey } from './kept-survey';
import { OwnAnswers } from './OwnAnswers';
import {
  appInstrument,
  intensityWords,
  problemText,
  roundNames,
  surveyLanguage,
  warningSentence,
} from './survey-text';
import { changeSurvey } from './survey-store';
import { addNamedPartner, hasPartnerNamed } from './take-over';
import { TakeOver } from './TakeOver';

interface Props {
  survey: KeptSurvey;
  network: Network;
  now: () => Date;
}

/** The merged answers: the rule chosen, response, agreement, names given as missing, scores. */
export function MergeResults({ survey, network, now }: Props) {
  const { t } = useTranslation();
  const { round, responses, options } = survey;
  const task = useMemo(
    () =>
      ({
        task: 'survey',
        survey: { job: 'merge', round, responses, options, partners: network.partners },
      }) as const,
    [round, responses, options, network.partners],
  );
  const { result, current, status } = useCoreTask(task);
  const merged = result as { merge: SurveyMerge; scores: SurveyScores } | null;

  const choose = (change: Partial<MergeOptions>) =>
    changeSurvey(
      (kept) => (kept === null ? null : withOptions(kept, change)),
      changeLabel('survey-merge-rule'),
    );

  return (
    <section className="survey-merge" aria-labelledby="survey-merge-title">
      <h3 id="survey-merge-title">{t('survey.view.merge.title')}</h3>
      <div className="survey-options">
        <fieldset>
          <legend>{t('survey.view.merge.rule')}</legend>
          {(['either', 'both'] as const).map((rule) => (
            <label key={rule} className="survey-check">
              <input
                type="radio"
                name="survey-rule"
                checked={options.rule === rule}
                onChange={() => choose({ rule })}
              />
              {t(`survey.view.merge.rules.${rule}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('survey.view.merge.intensity')}</legend>
          {(['mean', 'max', 'min'] as const).map((intensity) => (
            <label key={intensity} className="survey-check">
              <input
                type="radio"
                name="survey-intensity"
                checked={options.intensity === intensity}
                onChange={() => choose({ intensity })}
              />
              {t(`survey.view.merge.intensities.${intensity}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p role="status" className="muted">
        {status.kind === 'running' && t('survey.view.merge.running')}
      </p>
      {status.kind === 'failed' && (
        <p role="alert" className="error">
          {t('survey.view.merge.failed', { message: status.message })}
        </p>
      )}
      {merged && (
        <div aria-busy={!current}>
          <MergeFigures survey={survey} merge={merged.merge} scores={merged.scores} />
          <TakeOver survey={survey} merge={merged.merge} now={now} />
        </div>
      )}
    </section>
  );
}

function MergeFigures({
  survey,
  merge,
  scores,
}: {
  survey: KeptSurvey;
  merge: SurveyMerge;
  scores: SurveyScores;
}) {
  const { t, i18n } = useTranslation();
  const language = surveyLanguage(i18n.language);
  const format = useFormatNumber();
  const sectorName = useSectorName();
  const network = useNetworkStore(currentNetwork);
  const nameOf = roundNames(survey.round);
  const percent = (share: number | null) => (share === null ? '–' : `${format(share * 100)} %`);
  const sector = (s: string) => (s === '' ? t('survey.view.noSector') : sectorName(s));
  const score = (value: DimensionScore | null) =>
    value === null
      ? '–'
      : t('survey.view.scores.value', {
          share: percent(value.share),
          mean: format(value.mean, 1),
          ratings: value.ratings,
        });

  return (
    <>
      <h4>{t('survey.view.response.title')}</h4>
      <p className="survey-rate" data-survey="response-rate">
        {t('survey.view.response.overall', {
          rate: percent(merge.responseRate),
          responded: merge.responded.length,
          asked: merge.responded.length + merge.missing.length,
        })}
      </p>
      <table className="survey-table">
        <caption>{t('survey.view.response.bySector')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('survey.view.sector')}</th>
            <th scope="col">{t('survey.view.response.asked')}</th>
            <th scope="col">{t('survey.view.response.responded')}</th>
            <th scope="col">{t('survey.view.response.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {merge.bySector.map((row) => (
            <tr key={row.sector}>
              <th scope="row">{sector(row.sector)}</th>
              <td>{row.asked}</td>
              <td>{row.responded}</td>
              <td>{percent(row.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h5>{t('survey.view.response.missing', { count: merge.missing.length })}</h5>
      {merge.missing.length > 0 ? (
        <ul className="survey-names">
          {merge.missing.map((id) => (
            <li key={id}>{nameOf(id)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('survey.view.response.allAnswered')}</p>
      )}

      <h4>{t('survey.view.agreement.title')}</h4>
      <p>
        {merge.reciprocity === null
          ? t('survey.view.agreement.noReciprocity')
          : t('survey.view.agreement.reciprocity', {
              share: percent(merge.reciprocity),
              mutual: merge.mutual,
              oneSided: merge.oneSided,
            })}
      </p>
      {merge.disagreements.length === 0 ? (
        <p>{t('survey.view.agreement.none')}</p>
      ) : (
        <table className="survey-table" data-survey="disagreements">
          <caption>
            {t('survey.view.agreement.disagreements', { count: merge.disagreements.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('survey.view.agreement.pair')}</th>
              <th scope="col">{t('survey.view.agreement.said')}</th>
            </tr>
          </thead>
          <tbody>
            {merge.disagreements.map((d) => (
              <tr key={`${d.a}-${d.b}`}>
                <th scope="row">
                  {nameOf(d.a)} – {nameOf(d.b)}
                </th>
                <td>
                  {t('survey.view.agreement.sentence', {
                    a: nameOf(d.a),
                    aSays: intensityWords(d.aSays, language),
                    b: nameOf(d.b),
                    bSays: intensityWords(d.bSays, language),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <OwnAnswers own={ownAnswerReport(survey.round, appInstrument(), merge)} />

      <h4>{t('survey.view.named.title')}</h4>
      {merge.newOrganisations.length === 0 ? (
        <p>{t('survey.view.named.none')}</p>
      ) : (
        <table className="survey-table">
          <caption className="muted">{t('survey.view.named.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('survey.view.named.name')}</th>
              <th scope="col">{t('survey.view.named.by')}</th>
              <th scope="col">{t('survey.view.named.action')}</th>
            </tr>
          </thead>
          <tbody>
            {merge.newOrganisations.map((named) => {
              const there = named.existing !== null || hasPartnerNamed(network, named.name);
              return (
                <tr key={named.name}>
                  <th scope="row">{named.name}</th>
                  <td>{named.namedBy.map(nameOf).join(', ')}</td>
                  <td>
                    {there ? (
                      t('survey.view.named.there')
                    ) : (
                      <button
                        type="button"
                        aria-label={t('survey.view.named.addLabel', { name: named.name })}
                        onClick={() =>
                          update(
                            applyEdit(
                              addNamedPartner(
                                currentNetwork(useNetworkStore.getState()),
                                named.name,
                              ),
                              changeLabel('add-partner', { name: named.name.trim() }),
                            ),
                          )
                        }
                      >
                        {t('survey.view.named.add')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h4>{t('survey.view.scores.title')}</h4>
      {scores.warnings.length > 0 && (
        <p className="survey-warnings warning">
          {warningSentence(
            t,
            NUMBER_LOCALE[surveyLanguage(i18n.language)],
            scores.warnings,
            (share) => `${format(share * 100)} %`,
          )}
        </p>
      )}
      <dl className="survey-figures">
        <div data-survey="trust">
          <dt>{t('survey.view.scores.trust')}</dt>
          <dd>{score(scores.network.trust)}</dd>
          <dd className="muted">{t('survey.view.scores.trustExplained')}</dd>
        </div>
        <div data-survey="value">
          <dt>{t('survey.view.scores.valueTitle')}</dt>
          <dd>{score(scores.network.value)}</dd>
          <dd className="muted">{t('survey.view.scores.valueExplained')}</dd>
        </div>
        <div>
          <dt>{t('survey.view.scores.density')}</dt>
          <dd>{percent(scores.network.density)}</dd>
          <dd className="muted">{t('survey.view.scores.densityExplained')}</dd>
        </div>
        <div>
          <dt>{t('survey.view.scores.centralisation')}</dt>
          <dd>{percent(scores.network.degreeCentralisation)}</dd>
          <dd className="muted">{t('survey.view.scores.centralisationExplained')}</dd>
        </div>
      </dl>
      <table className="survey-table">
        <caption>{t('survey.view.scores.bySector')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('survey.view.sector')}</th>
            <th scope="col">{t('survey.view.scores.partners')}</th>
            <th scope="col">{t('survey.view.scores.trust')}</th>
            <th scope="col">{t('survey.view.scores.valueTitle')}</th>
          </tr>
        </thead>
        <tbody>
          {scores.sectors.map((row) => (
            <tr key={row.sector}>
              <th scope="row">{sector(row.sector)}</th>
              <td>{row.partners}</td>
              <td>{score(row.trust)}</td>
              <td>{score(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>{t('survey.view.scores.byPartner')}</summary>
        <table className="survey-table">
          <caption className="muted">{t('survey.view.scores.namedByExplained')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('survey.view.scores.partner')}</th>
              <th scope="col">{t('survey.view.scores.namedBy')}</th>
              <th scope="col">{t('survey.view.scores.trust')}</th>
              <th scope="col">{t('survey.view.scores.valueTitle')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.partners.map((row) => (
              <tr key={row.id}>
                <th scope="row">{nameOf(row.id)}</th>
                <td>{row.namedBy}</td>
                <td>{score(row.trust)}</td>
                <td>{score(row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {merge.problems.length > 0 && (
        <>
          <h4>{t('survey.view.merge.problems')}</h4>
          <ul className="survey-problems">
            {merge.problems.map((problem, i) => (
              <li key={i}>
                <span className="survey-where">{problem.file}: </span>
                {problemText(t, problem)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
