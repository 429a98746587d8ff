import type { DimensionScore, SurveyReport } from '../../core/survey';
import { REPORT_LOCALE } from './format';
import { warningSentence } from '../survey/survey-text';
import { NoneFound, ReportSection } from './ReportSection';
import { reportSectorName, type SectionProps } from './types';

/**
 * "Netzwerkbefragung": the round, its response rate overall and by sector, who has not answered,
 * reciprocity, trust and value for the network and by sector, the ties the two sides see
 * differently and what missing answers do to the figures. Its data is made where the report's is
 * (surveyReport, in the worker or the CLI); here it is only said.
 */
export function SurveySection({
  data,
  t,
  format,
  survey,
}: SectionProps & { survey: SurveyReport }) {
  const percent = (share: number | null) =>
    share === null ? t('report.none') : `${format.number(share * 100)} %`;
  const sector = (id: string) => reportSectorName(data, id, t('report.sectors.noSector'));
  const score = (value: DimensionScore | null) =>
    value === null
      ? t('report.none')
      : t('report.survey.score', {
          share: percent(value.share),
          mean: format.number(value.mean, 1),
          ratings: format.number(value.ratings),
          count: value.ratings,
        });
  const words = (said: SurveyReport['disagreements'][number]['aSays']) => said[data.language];
  const more = survey.disagreementCount - survey.disagreements.length;

  return (
    <ReportSection id="survey" heading={t('report.sections.survey')}>
      <p>{t('report.survey.intro')}</p>
      <p>
        {t('report.survey.round', {
          name: survey.round.name,
          date: format.date(survey.round.created.slice(0, 10)),
        })}
      </p>

      <h3>{t('report.survey.response')}</h3>
      <p data-report="response-rate">
        {t('report.survey.overall', {
          rate: percent(survey.responseRate),
          responded: format.number(survey.responded),
          asked: format.number(survey.asked),
        })}
      </p>
      <table>
        <caption>{t('report.survey.bySector')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.survey.sector')}</th>
            <th scope="col" className="number">
              {t('report.survey.asked')}
            </th>
            <th scope="col" className="number">
              {t('report.survey.responded')}
            </th>
            <th scope="col" className="number">
              {t('report.survey.rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {survey.bySector.map((row) => (
            <tr key={row.sector}>
              <th scope="row">{sector(row.sector)}</th>
              <td className="number">{format.number(row.asked)}</td>
              <td className="number">{format.number(row.responded)}</td>
              <td className="number">{percent(row.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('report.survey.missingHeading', { number: format.number(survey.missing.length) })}</h3>
      {survey.missing.length === 0 ? (
        <NoneFound text={t('report.survey.allAnswered')} />
      ) : (
        <p data-report="missing">{survey.missing.join(', ')}</p>
      )}
      <p>
        {survey.reciprocity === null
          ? t('report.survey.noReciprocity')
          : t('report.survey.reciprocity', {
              share: percent(survey.reciprocity),
              mutual: format.number(survey.mutual),
              oneSided: format.number(survey.oneSided),
            })}
      </p>

      <h3>{t('report.survey.scores')}</h3>
      <dl className="figures">
        <dt>{t('report.survey.trust')}</dt>
        <dd>
          <span className="value">{score(survey.trust)}</span>
          <br />
          {t('report.survey.trustExplained')}
        </dd>
        <dt>{t('report.survey.value')}</dt>
        <dd>
          <span className="value">{score(survey.value)}</span>
          <br />
          {t('report.survey.valueExplained')}
        </dd>
      </dl>
      <table>
        <caption>{t('report.survey.scoresBySector')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.survey.sector')}</th>
            <th scope="col" className="number">
              {t('report.survey.partners')}
            </th>
            <th scope="col">{t('report.survey.trust')}</th>
            <th scope="col">{t('report.survey.value')}</th>
          </tr>
        </thead>
        <tbody>
          {survey.sectors.map((row) => (
            <tr key={row.sector}>
              <th scope="row">{sector(row.sector)}</th>
              <td className="number">{format.number(row.partners)}</td>
              <td>{score(row.trust)}</td>
              <td>{score(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {(survey.own.checklists.length > 0 ||
        survey.own.scales.length > 0 ||
        survey.own.named.length > 0) && (
        <>
          <h3>{t('report.survey.ownHeading')}</h3>
          {survey.own.checklists.map((list, index) => (
            <table key={`list-${index}`} data-report="survey-contributions">
              <caption>
                {t('report.survey.ownChecklist', {
                  item: list.item[data.language],
                  number: format.number(list.respondents),
                  count: list.respondents,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.survey.ownOption')}</th>
                  <th scope="col" className="number">
                    {t('report.survey.ownYes')}
                  </th>
                  <th scope="col" className="number">
                    {t('report.survey.ownNo')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.options.map((option, i) => (
                  <tr key={i}>
                    <th scope="row">{option.label[data.language]}</th>
                    <td className="number">{format.number(option.yes)}</td>
                    <td className="number">{format.number(option.no)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
          {survey.own.scales.map((scale, index) => (
            <div key={`scale-${index}`}>
              <p data-report="survey-satisfaction">
                {scale.mean === null
                  ? t('report.survey.ownNoAnswers', { item: scale.item[data.language] })
                  : t('report.survey.ownMean', {
                      item: scale.item[data.language],
                      mean: format.number(scale.mean, 1),
                      maximum: format.number(scale.maximum),
                      number: format.number(scale.answers),
                      count: scale.answers,
                    })}
              </p>
              <table>
                <caption>
                  {t('report.survey.ownSpread', { item: scale.item[data.language] })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('report.survey.ownAnswer')}</th>
                    <th scope="col" className="number">
                      {t('report.survey.partners')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {scale.distribution.map((row) => (
                    <tr key={row.code}>
                      <th scope="row">
                        {format.number(row.code)} – {row.label[data.language]}
                      </th>
                      <td className="number">{format.number(row.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
          {survey.own.named.length > 0 && (
            <table data-report="survey-named">
              <caption>{t('report.survey.ownNamed')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.survey.ownName')}</th>
                  <th scope="col">{t('report.survey.ownNamedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {survey.own.named.map((named, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {named.name}
                      {named.existing && ` (${t('report.survey.ownThere')})`}
                    </th>
                    <td>{named.namedBy.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}

      <h3>
        {t('report.survey.disagreementsHeading', {
          number: format.number(survey.disagreementCount),
        })}
      </h3>
      {survey.disagreements.length === 0 ? (
        <NoneFound text={t('report.survey.noDisagreements')} />
      ) : (
        <table data-report="disagreements">
          <thead>
            <tr>
              <th scope="col">{t('report.survey.pair')}</th>
              <th scope="col">{t('report.survey.said')}</th>
            </tr>
          </thead>
          <tbody>
            {survey.disagreements.map((d, i) => (
              <tr key={i}>
                <td>
                  {d.a} – {d.b}
                </td>
                <td>
                  {t('report.survey.sentence', {
                    a: d.a,
                    aSays: words(d.aSays),
                    b: d.b,
                    bSays: words(d.bSays),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more > 0 && (
        <p className="more">
          {t('report.survey.moreDisagreements', {
            shown: format.number(survey.disagreements.length),
            number: format.number(more),
            count: more,
          })}
        </p>
      )}

      <h3>{t('report.survey.caveatHeading')}</h3>
      {survey.warnings.length === 0 ? (
        <p>{t('report.survey.reliable', { rate: percent(survey.responseRate) })}</p>
      ) : (
        <>
          <p>{t('report.survey.caveat')}</p>
          <p data-report="survey-warnings">
            {warningSentence(t, REPORT_LOCALE[data.language], survey.warnings, percent)}
          </p>
        </>
      )}
      <p className="none">{t('report.survey.sources')}</p>
    </ReportSection>
  );
}
