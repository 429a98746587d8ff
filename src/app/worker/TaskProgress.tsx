import { useTranslation } from 'react-i18next';
import type { TaskState } from './use-core-task';

interface Props {
  /** What is being computed, e.g. "Die Lücken werden berechnet …". */
  label: string;
  status: TaskState;
  onStop: () => void;
  onRestart: () => void;
}

/**
 * A task of the worker while it runs (a bar, determinate once it reports progress, and a button
 * that stops it), once stopped (compute again) or when it failed (the message and a retry). The
 * network is never touched by a task, so a failure leaves it as it was.
 */
export function TaskProgress({ label, status, onStop, onRestart }: Props) {
  const { t } = useTranslation();
  switch (status.kind) {
    case 'done':
      return null;
    case 'running':
      return (
        <div role="status" className="analysis-progress">
          <label>
            {label}
            <progress
              max={status.progress?.total || 1}
              value={status.progress === null ? undefined : status.progress.done}
            />
          </label>
          <button type="button" onClick={onStop}>
            {t('worker.stop')}
          </button>
        </div>
      );
    case 'stopped':
      return (
        <p role="status">
          {t('worker.stopped')}{' '}
          <button type="button" onClick={onRestart}>
            {t('worker.restart')}
          </button>
        </p>
      );
    case 'failed':
      return (
        <div role="alert" className="error">
          <p>{t('worker.failed', { message: status.message })}</p>
          <button type="button" onClick={onRestart}>
            {t('worker.retry')}
          </button>
        </div>
      );
  }
}
