import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnedFile, SurveyRound } from '../../core/survey';
import { changeLabel } from '../history';
import { changeSurvey } from './survey-store';
import { withResponses } from './kept-survey';
import { addPending, NO_PENDING, pendingBySource, type PendingReturns } from './pending-returns';
import { EntryMask } from './EntryMask';
import { problemText, roundNames } from './survey-text';
import { runSurvey } from './survey-worker';

interface Props {
  round: SurveyRound;
  now: () => Date;
}

/**
 * Answers in: returned workbooks dropped or chosen (many at once), read and recognised in the
 * worker, and answers typed in by hand; each source with whose it is and every problem. Nothing
 * counts until "Übernehmen"; "Verwerfen" forgets them.
 */
export function ReturnsIn({ round, now }: Props) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingReturns>(NO_PENDING);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [taken, setTaken] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const nameOf = roundNames(round);

  const read = async (chosen: readonly File[]) => {
    if (chosen.length === 0) return;
    setReading(true);
    setFailure(null);
    setTaken(null);
    try {
      const files: ReturnedFile[] = await Promise.all(
        chosen.map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
          lastModified: file.lastModified,
        })),
      );
      const result = await runSurvey({ job: 'returns', round, files }).result;
      setPending((before) =>
        addPending(
          before,
          files.map((file) => ({ source: file.name, kind: 'form' as const })),
          result,
        ),
      );
    } catch (error) {
      // A failed read changes nothing: what waited before still waits.
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setReading(false);
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void read([...event.dataTransfer.files]);
  };

  const apply = () => {
    const count = pending.responses.length;
    changeSurvey(
      (survey) => (survey === null ? null : withResponses(survey, pending.responses)),
      changeLabel('survey-answers', {
        count,
        source: pending.responses[0] === undefined ? '' : nameOf(pending.responses[0].respondent),
      }),
    );
    setPending(NO_PENDING);
    setTaken(count);
  };

  const bySource = pendingBySource(pending);
  return (
    <section className="survey-returns" aria-labelledby="survey-returns-title">
      <h3 id="survey-returns-title">{t('survey.view.returns.title')}</h3>
      <div
        className={dragging ? 'survey-drop dragging' : 'survey-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label>
          {t('survey.view.returns.choose')}
          <input
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              void read(files);
            }}
          />
        </label>
        <p className="muted">{t('survey.view.returns.drop')}</p>
      </div>
      <p role="status" className="muted">
        {reading && t('survey.view.returns.reading')}
        {taken !== null && t('survey.view.returns.taken', { count: taken })}
      </p>
      {failure !== null && (
        <p role="alert" className="error">
          {t('survey.view.returns.failed', { message: failure })}
        </p>
      )}
      <EntryMask
        round={round}
        now={now}
        onRead={(entry, result) =>
          setPending((before) =>
            addPending(before, [{ source: entry.label, kind: 'entry' }], {
              responses: result.response === null ? [] : [result.response],
              problems: result.problems,
            }),
          )
        }
      />
      {bySource.length > 0 && (
        <div className="survey-pending">
          <h4>{t('survey.view.returns.pendingTitle')}</h4>
          <table className="survey-table">
            <caption className="muted">{t('survey.view.returns.pendingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('survey.view.returns.source')}</th>
                <th scope="col">{t('survey.view.returns.whose')}</th>
                <th scope="col">{t('survey.view.returns.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {bySource.map((entry, index) => (
                <tr key={`${entry.source}-${index}`}>
                  <th scope="row">{entry.source}</th>
                  <td>
                    {entry.respondent === null ? (
                      <strong className="error">{t('survey.view.returns.refused')}</strong>
                    ) : (
                      nameOf(entry.respondent)
                    )}
                  </td>
                  <td>
                    {entry.problems.length === 0 ? (
                      t('survey.view.returns.noProblems')
                    ) : (
                      <ul className="survey-problems">
                        {entry.problems.map((problem, i) => (
                          <li key={i} className={`severity-${problem.severity}`}>
                            <span className="survey-where">
                              {t(`survey.view.severity.${problem.severity}`)}
                              {problem.line !== null &&
                                `, ${t('survey.view.returns.row', { row: problem.line })}`}
                              {problem.sheet !== undefined &&
                                ` (${t('survey.view.returns.sheet', { sheet: problem.sheet })})`}
                              :{' '}
                            </span>
                            {problemText(t, problem)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="survey-actions">
            <button
              type="button"
              className="primary"
              onClick={apply}
              disabled={pending.responses.length === 0}
            >
              {t('survey.view.returns.apply', { count: pending.responses.length })}
            </button>
            <button type="button" onClick={() => setPending(NO_PENDING)}>
              {t('survey.view.returns.discard')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
