import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { optionText, type SurveyRound } from '../../core/survey';
import { paperForm, type PaperForm } from './paper-form';
import { appInstrument, surveyLanguage } from './survey-text';

interface Props {
  round: SurveyRound;
  /** Whose forms, one after another, each from a new page. */
  partners: readonly string[];
  onClose: () => void;
}

const PRINTED_PAGE = '@page { size: A4 landscape; margin: 10mm 12mm; }';

/**
 * The forms for partners who answer on paper, shown as they print: the same questions as the
 * workbook, a box to tick for every answer, the round's and the partner's name, the other partners
 * by sector and the key to the numbers. While it is open only the forms are printed, so the
 * browser's print dialog makes the PDF ("Als PDF speichern"): nothing leaves the page.
 */
export function PaperForms({ round, partners, onClose }: Props) {
  const { t } = useTranslation();
  const instrument = appInstrument();
  const heading = useRef<HTMLHeadingElement>(null);
  const forms = partners
    .map((id) => paperForm(round, instrument, id))
    .filter((form): form is PaperForm => form !== null);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('survey-printing');
    heading.current?.focus();
    return () => root.classList.remove('survey-printing');
  }, []);

  return (
    <section className="survey-paper" aria-labelledby="survey-paper-title">
      {/* The printed page, only while the forms are open (a named page in CSS would reach the
          printer only through block boxes, and the app's frame is made of flex boxes). */}
      <style>{PRINTED_PAGE}</style>
      <div className="survey-paper-bar no-print">
        <h3 id="survey-paper-title" ref={heading} tabIndex={-1}>
          {t('survey.view.paper.previewTitle', { count: forms.length })}
        </h3>
        <p className="muted">{t('survey.view.paper.printHint')}</p>
        <div className="survey-actions">
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('survey.view.paper.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('survey.view.paper.close')}
          </button>
        </div>
      </div>
      {forms.map((form) => (
        <PaperFormPages key={form.respondent.id} round={round} form={form} />
      ))}
    </section>
  );
}

function PaperFormPages({ round, form }: { round: SurveyRound; form: PaperForm }) {
  const { t, i18n } = useTranslation();
  const language = surveyLanguage(i18n.language);
  const instrument = appInstrument();
  const words = instrument.form;
  const date = new Date(`${round.created}T12:00:00`).toLocaleDateString(
    language === 'en' ? 'en-GB' : 'de-DE',
  );
  const columns = form.pairItems.reduce(
    (sum, item) => sum + (instrument.scales[item.scale]?.options.length ?? 0),
    1,
  );
  // One step a line.
  const steps = t('survey.view.paper.steps').split('\n');

  return (
    <article className="survey-paper-form" data-partner={form.respondent.id}>
      <header className="survey-paper-head">
        <p className="survey-paper-title">
          {words.title[language]}: {round.name}
        </p>
        <p className="survey-paper-for">
          {words.formFor[language]}: <strong>{form.respondent.name}</strong>
        </p>
        <p>{t('survey.view.paper.date', { date })}</p>
      </header>
      <p>{words.intro[language]}</p>
      {round.note !== '' && (
        <>
          <h4>{words.noteHeading[language]}</h4>
          <p className="survey-paper-note">{round.note}</p>
        </>
      )}
      <ol className="survey-paper-steps">
        {steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>

      <h4>{words.questionsHeading[language]}</h4>
      <dl className="survey-paper-questions">
        {form.pairItems.map((item) => (
          <div key={item.id}>
            <dt>{item.label[language]}</dt>
            <dd>{item.question[language]}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('survey.view.paper.keyHeading')}</h4>
      <ul className="survey-paper-key" data-paper="key">
        {form.scales.map(({ id, scale, items }) => (
          <li key={id}>
            <strong>
              {items
                .map(
                  (itemId) =>
                    [...instrument.pairItems, ...instrument.partnerItems].find(
                      (item) => item.id === itemId,
                    )?.label[language] ?? itemId,
                )
                .join(', ')}
              :
            </strong>{' '}
            {scale.options
              .map((option) => `${option.code} = ${option.label[language]}`)
              .join(' · ')}
          </li>
        ))}
      </ul>

      <table className="survey-paper-grid">
        <caption>{t('survey.view.paper.gridCaption', { name: form.respondent.name })}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="survey-paper-name">
              {words.partnerColumn[language]}
            </th>
            {form.pairItems.map((item) => (
              <th
                key={item.id}
                scope="colgroup"
                colSpan={instrument.scales[item.scale]?.options.length ?? 1}
                className="survey-paper-item"
              >
                {item.label[language]}
              </th>
            ))}
          </tr>
          <tr>
            {form.pairItems.flatMap((item) =>
              (instrument.scales[item.scale]?.options ?? []).map((option, i) => (
                <th
                  key={`${item.id}-${option.code}`}
                  scope="col"
                  className={i === 0 ? 'survey-paper-code first' : 'survey-paper-code'}
                >
                  {option.code}
                </th>
              )),
            )}
          </tr>
        </thead>
        {form.groups.map((group, g) => (
          <tbody key={g}>
            <tr className="survey-paper-sector">
              <th scope="colgroup" colSpan={columns}>
                {group.sector === '' ? words.noSector[language] : group.sector}
              </th>
            </tr>
            {group.partners.map((partner) => (
              <tr key={partner.id}>
                <th scope="row" className="survey-paper-name">
                  {partner.name}
                </th>
                {form.pairItems.flatMap((item) =>
                  (instrument.scales[item.scale]?.options ?? []).map((option, i) => (
                    <td
                      key={`${item.id}-${option.code}`}
                      className={i === 0 ? 'survey-paper-box first' : 'survey-paper-box'}
                    >
                      <span className="box" aria-hidden="true" />
                    </td>
                  )),
                )}
              </tr>
            ))}
          </tbody>
        ))}
      </table>

      {form.partnerItems.length > 0 && (
        <section className="survey-paper-own">
          <h4>{words.ownHeading[language]}</h4>
          <p className="survey-paper-for">
            {words.formFor[language]}: <strong>{form.respondent.name}</strong>
          </p>
          {form.partnerItems.map((item) => {
            if (item.kind === 'checklist') {
              const scale = instrument.scales[item.scale];
              const yes = scale?.options.find((o) => o.code === 1);
              const no = scale?.options.find((o) => o.code === 0);
              return (
                <div key={item.id} className="survey-paper-question">
                  <p>
                    <strong>{item.label[language]}</strong> – {item.question[language]}
                  </p>
                  <table className="survey-paper-checklist">
                    <tbody>
                      {item.options.map((option) => (
                        <tr key={option.id}>
                          <th scope="row">{option.label[language]}</th>
                          <td>
                            <span className="box" aria-hidden="true" />{' '}
                            {yes === undefined ? '1' : yes.label[language]}
                          </td>
                          <td>
                            <span className="box" aria-hidden="true" />{' '}
                            {no === undefined ? '0' : no.label[language]}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              );
            }
            if (item.kind === 'text')
              return (
                <div key={item.id} className="survey-paper-question">
                  <p>
                    <strong>{item.label[language]}</strong> – {item.question[language]}
                  </p>
                  {Array.from({ length: Math.min(item.rows, 6) }, (_, i) => (
                    <div key={i} className="survey-paper-line" />
                  ))}
                </div>
              );
            const scale = instrument.scales[item.scale];
            return (
              <div key={item.id} className="survey-paper-question">
                <p>
                  <strong>{item.label[language]}</strong> – {item.question[language]}
                </p>
                <p className="survey-paper-scale">
                  {(scale?.options ?? []).map((option) => (
                    <span key={option.code}>
                      <span className="box" aria-hidden="true" />{' '}
                      {scale === undefined ? option.code : optionText(scale, option, language)}
                    </span>
                  ))}
                </p>
              </div>
            );
          })}
          <p className="survey-paper-source">
            {words.sourceHeading[language]}: {instrument.source[language]}
          </p>
        </section>
      )}
    </article>
  );
}
