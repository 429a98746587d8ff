import { useTranslation } from 'react-i18next';
import type { Progress } from '../worker/client';

interface Props {
  progress: Progress | null;
  onCancel: () => void;
}

/** The worker reading the files: which file and step, how far, and a way out that changes nothing. */
export function ReadingProgress({ progress, onCancel }: Props) {
  const { t } = useTranslation();
  // The worker names its step "phase:file" (decode or parse), see src/worker/run-task.ts.
  const separator = progress?.step.indexOf(':') ?? -1;
  const phase = progress?.step.slice(0, separator);
  const file = progress?.step.slice(separator + 1);
  return (
    <>
      <p role="status">
        {phase === 'decode' || phase === 'parse'
          ? t(`importer.reading.${phase}`, { file })
          : t('importer.reading.running')}
      </p>
      <progress
        aria-label={t('importer.reading.progress')}
        // Without a report yet the bar runs indeterminate rather than standing at zero.
        max={progress?.total || 1}
        value={progress?.done}
      />
      <p className="muted">{t('importer.reading.cancelNote')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('importer.cancel')}
        </button>
      </div>
    </>
  );
}
