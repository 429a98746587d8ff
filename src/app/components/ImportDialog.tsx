import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, InputFile } from '../../core/import';
import { runInWorker, TaskCancelled, type Progress, type RunningTask } from '../worker/client';
import { ProblemList } from './ProblemList';

interface Props {
  open: boolean;
  onClose: () => void;
  onApply: (result: ImportResult, name: string) => void;
}

type Stage =
  | { kind: 'choose' }
  | { kind: 'reading'; progress: Progress | null }
  | { kind: 'review'; result: ImportResult }
  | { kind: 'error'; message: string };

async function readFiles(files: File[]): Promise<InputFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

/**
 * Staged import: choose or drop files, read them in the worker, review the summary and every
 * problem, then apply. Cancelling or a fatal result leaves the current network as it is.
 */
export function ImportDialog({ open, onClose, onApply }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const running = useRef<RunningTask<ImportResult> | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [dragging, setDragging] = useState(false);
  const inputId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const reset = () => {
    running.current?.cancel();
    running.current = null;
    setFiles([]);
    setStage({ kind: 'choose' });
  };

  const close = () => {
    reset();
    onClose();
  };

  const start = async () => {
    if (files.length === 0) return;
    setStage({ kind: 'reading', progress: null });
    try {
      const task = runInWorker(
        { task: 'import', request: { files: await readFiles(files) } },
        (progress) => setStage({ kind: 'reading', progress }),
      );
      running.current = task;
      const result = await task.result;
      setStage({ kind: 'review', result });
    } catch (error) {
      if (error instanceof TaskCancelled) return;
      setStage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.current = null;
    }
  };

  const apply = (result: ImportResult) => {
    onApply(result, files.map((f) => f.name).join(', '));
    reset();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={`${inputId}-title`}
      onCancel={close}
    >
      <h2 id={`${inputId}-title`}>{t('import.title')}</h2>
      {stage.kind === 'choose' && (
        <>
          <p>{t('import.intro')}</p>
          <div
            className={`drop-zone${dragging ? ' dragging' : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => {
              event.preventDefault();
              setDragging(false);
              setFiles([...event.dataTransfer.files]);
            }}
          >
            <label htmlFor={inputId}>{t('import.choose')}</label>
            <input
              id={inputId}
              type="file"
              multiple
              accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain"
              onChange={(event) => setFiles([...(event.target.files ?? [])])}
            />
            <p className="muted">{t('import.drop')}</p>
          </div>
          <p aria-live="polite">
            {files.length > 0
              ? t('import.selected', { names: files.map((f) => f.name).join(', ') })
              : t('import.needFile')}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              {t('import.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={files.length === 0}
              onClick={() => void start()}
            >
              {t('import.start')}
            </button>
          </div>
        </>
      )}
      {stage.kind === 'reading' && (
        <>
          <p role="status">{t('import.running')}</p>
          <progress
            aria-label={t('import.progress')}
            max={stage.progress?.total || 1}
            value={stage.progress?.done ?? 0}
          />
          <div className="dialog-actions">
            <button type="button" onClick={reset}>
              {t('import.cancel')}
            </button>
          </div>
        </>
      )}
      {stage.kind === 'review' && (
        <>
          {stage.result.fatal ? (
            <p role="alert" className="error">
              {t('import.failed')}
            </p>
          ) : (
            <>
              <p role="status">{t('import.summary', { ...stage.result.summary })}</p>
              <p>
                {t('import.review')} {t('import.replaceNote')}
              </p>
            </>
          )}
          <ProblemList problems={stage.result.problems} />
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              {stage.result.fatal ? t('import.close') : t('import.cancel')}
            </button>
            {!stage.result.fatal && (
              <button type="button" className="primary" onClick={() => apply(stage.result)}>
                {t('import.apply')}
              </button>
            )}
          </div>
        </>
      )}
      {stage.kind === 'error' && (
        <>
          <p role="alert" className="error">
            {t('errors.unexpected', { message: stage.message })}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              {t('import.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
