import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_LIMITS, type ProjectProblem } from '../../core/project';
import type { Session } from '../session/session';
import { useNetworkStore } from '../store/store';
import { downloadText } from './download';

type Outcome =
  | { kind: 'opened'; name: string }
  | { kind: 'refused'; file: string; problems: ProjectProblem[] }
  | null;

/**
 * The project file `.netzwerkkarte.json`: saving the open network to disk, and opening one as a
 * new stored network. A file that is no project, or is from a newer version, changes nothing.
 */
export function ProjectFile({ session }: { session: Session }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [outcome, setOutcome] = useState<Outcome>(null);

  const save = () => {
    const file = session.projectFile(t('workspace.file.fallbackName'));
    downloadText(file.fileName, file.text);
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Refused before its text is read: a file this large would hold the tab while it is read.
    const problems =
      file.size > PROJECT_LIMITS.characters * MAX_BYTES_PER_CHARACTER
        ? [{ code: 'too-large' as const, limit: PROJECT_LIMITS.characters }]
        : await session.openProjectFile(await file.text(), file.name);
    input.value = '';
    setOutcome(
      problems.length > 0
        ? { kind: 'refused', file: file.name, problems }
        : { kind: 'opened', name: useNetworkStore.getState().name },
    );
  };

  return (
    <section className="project-file" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('workspace.file.title')}</h3>
      <p className="muted">{t('workspace.file.intro')}</p>
      <div className="file-actions">
        <button type="button" onClick={save}>
          {t('workspace.file.save')}
        </button>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void open(event)}
        />
        <label htmlFor={inputId} className="button">
          {t('workspace.file.open')}
        </label>
      </div>
      {outcome?.kind === 'opened' && (
        <p role="status">{t('workspace.file.opened', { name: outcome.name })}</p>
      )}
      {outcome?.kind === 'refused' && (
        <div role="alert" className="error">
          <p>{t('workspace.file.refused', { file: outcome.file })}</p>
          <ul>
            {outcome.problems.map((problem, index) => (
              <li key={index}>{t(`storage.project.${problem.code}`, problemParams(problem))}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** UTF-8 takes up to three bytes for a character of the Basic Multilingual Plane. */
const MAX_BYTES_PER_CHARACTER = 3;

function problemParams(problem: ProjectProblem): Record<string, string | number> {
  if (problem.code === 'newer-version') return { version: problem.version };
  if (problem.code === 'corrupt') return { path: problem.path };
  if (problem.code === 'too-large') return { megabytes: Math.round(problem.limit / (1024 * 1024)) };
  if (problem.code === 'duplicate-partner-id')
    return { path: problem.path, id: problem.id, first: problem.first };
  if (problem.code === 'tie-to-missing-partner' || problem.code === 'self-tie')
    return { path: problem.path, id: problem.id };
  return {};
}
