import { useTranslation } from 'react-i18next';
import type { EditProblem } from '../../core/edit';

/** Why an edit was refused, worded from the core's problem codes (`storage.edit.<code>`). */
export function EditProblems({ problems }: { problems: readonly EditProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="error edit-problems">
      <p>{t('workspace.edit.refused')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.code}-${index}`}>
            {t(`storage.edit.${problem.code}`, problem.params)}
          </li>
        ))}
      </ul>
    </div>
  );
}
