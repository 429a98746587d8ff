import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, InterpretedField, ReadingChoices } from '../../core/import/types';
import type { CatalogueSector } from '../../core/catalogue/types';
import type { Network } from '../../core/model/types';
import { useModalDialog } from '../components/use-modal-dialog';
import { runInWorker, TaskCancelled, type Progress, type RunningTask } from '../worker/client';
import { FileChooser } from './FileChooser';
import { FilePreviewCard } from './FilePreviewCard';
import { ImportReview, type ApplyMode } from './ImportReview';
import { ReadingsReview, unansweredWords } from './ReadingsReview';
import { mergeImport } from './merge-import';
import { proposeNetworkName } from './network-name';
import { ReadingProgress } from './ReadingProgress';
import { nameProblem, uniqueName } from '../../core/project/network-names';
import { NetworkNameField } from '../workspace/NetworkNameField';
import { useDateFormat } from '../workspace/format';
import { TemplateDownloads } from './TemplateDownloads';
import { useChosenFiles } from './use-chosen-files';
import './import.css';

interface Props {
  open: boolean;
  onClose: () => void;
  /**
   * Takes the import over. For 'merge' the result's network is the current one with the incoming
   * partners and ties merged in, and its offers and memberships are the incoming ones (with the
   * merged partner IDs), to be added to the current ones.
   */
  onApply: (result: ImportResult, name: string, mode: ApplyMode) => void;
  /** The network on screen, to show what "add to the current network" would change. */
  current: Network;
  /** The catalogue's sectors, which partners' sectors are read as (default: the default's). */
  sectors?: readonly CatalogueSector[];
  /**
   * The open network's name, kept when its content is replaced; null for the sample, whose name
   * is not the coordinator's.
   */
  openName?: string | null;
  /** The name the open network is stored under (the sample's too), which a new one may not take. */
  storedOpenName?: string | null;
  /** The names of the other networks kept in this browser, which the imported one may not take. */
  otherNames?: readonly string[];
}

type Stage =
  | { kind: 'choose' }
  | { kind: 'reading'; progress: Progress | null }
  | { kind: 'review'; result: ImportResult; rereading?: boolean }
  | { kind: 'error'; message: string };

/**
 * Staged import: choose or drop files and check each one's preview (kind, character set, column
 * mapping); read them in the worker; review the counts and every problem; keep the result as a
 * new network under a name proposed from the files, replace the open network's content with it,
 * or add it to the open network. Cancelling or a fatal result leaves the current network as it is.
 */
export function ImportDialog({
  open,
  onClose,
  onApply,
  current,
  sectors,
  openName = null,
  storedOpenName = openName,
  otherNames = [],
}: Props) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const dialog = useModalDialog(open);
  const heading = useRef<HTMLHeadingElement>(null);
  const running = useRef<RunningTask<ImportResult> | null>(null);
  const chosen = useChosenFiles();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [mode, setMode] = useState<ApplyMode>('new');
  const [readings, setReadings] = useState<ReadingChoices>({});
  /** The name as the coordinator typed it; until then the one proposed for the mode chosen. */
  const [typedName, setTypedName] = useState<string | null>(null);
  const id = useId();

  // Keyboard and screen reader users land on the heading when the dialog moves to the next stage.
  useEffect(() => {
    if (dialog.current?.open) heading.current?.focus();
  }, [dialog, stage.kind]);

  const merged = useMemo(
    () =>
      stage.kind === 'review' && mode === 'merge' && !stage.result.fatal
        ? mergeImport(current, stage.result)
        : null,
    [stage, mode, current],
  );

  const unanswered = stage.kind === 'review' ? unansweredWords(stage.result.interpretations) : [];

  const proposed =
    stage.kind !== 'review'
      ? ''
      : (proposeNetworkName({
          fileNames: chosen.files.map((file) => file.name),
          titles: stage.result.summary.files.flatMap((file) => file.title ?? []),
        }) ?? t('importer.name.dated', { date: date(new Date().toISOString()) }));
  // A new network may not take the open one's name either; a replaced one keeps its own.
  const taken =
    mode === 'new' && storedOpenName !== null ? [...otherNames, storedOpenName] : otherNames;
  const name =
    typedName ?? (mode === 'replace' && openName !== null ? openName : uniqueName(proposed, taken));
  const nameWrong = mode !== 'merge' && nameProblem(name, taken) !== null;

  const stopReading = () => {
    running.current?.cancel();
    running.current = null;
  };

  const close = () => {
    stopReading();
    chosen.clear();
    setStage({ kind: 'choose' });
    setMode('new');
    setReadings({});
    setTypedName(null);
    onClose();
  };

  /**
   * Reads the chosen files in the worker. A choice in the review reads them again with it, the
   * review staying on screen meanwhile.
   */
  const start = async (choices: ReadingChoices = readings, previous?: ImportResult) => {
    if (chosen.files.length === 0) return;
    setStage(
      previous === undefined
        ? { kind: 'reading', progress: null }
        : { kind: 'review', result: previous, rereading: true },
    );
    try {
      const { buildImportRequest } = await import('./request');
      const task = runInWorker(
        {
          task: 'import',
          request: { ...buildImportRequest(chosen.files), sectors, readings: choices },
        },
        (progress) => {
          if (previous === undefined) setStage({ kind: 'reading', progress });
        },
      );
      running.current = task;
      setStage({ kind: 'review', result: await task.result });
    } catch (error) {
      if (error instanceof TaskCancelled) return;
      setStage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.current = null;
    }
  };

  const choose = (field: InterpretedField, written: string, value: string) => {
    if (stage.kind !== 'review') return;
    const next: ReadingChoices = { ...readings, [field]: { ...readings[field], [written]: value } };
    setReadings(next);
    void start(next, stage.result);
  };

  const cancelReading = () => {
    stopReading();
    setStage({ kind: 'choose' });
  };

  const apply = (result: ImportResult) => {
    onApply(merged?.result ?? result, mode === 'merge' ? proposed : name.trim(), mode);
    close();
  };

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {stage.kind === 'review' ? t('importer.review.title') : t('importer.title')}
      </h2>
      {stage.kind === 'choose' && (
        <>
          <p>{t('importer.intro')}</p>
          <FileChooser inputId={`${id}-files`} onFiles={(files) => void chosen.add(files)} />
          <p aria-live="polite">
            {chosen.files.length === 0
              ? t('importer.needFile')
              : t('importer.fileCount', { count: chosen.files.length })}
          </p>
          {chosen.files.map((file) => (
            <FilePreviewCard
              key={file.key}
              file={file}
              onRemove={() => chosen.remove(file.key)}
              onEncoding={(encoding) => chosen.setEncoding(file.key, encoding)}
              onChoice={(table, choice) => chosen.setChoice(file.key, table, choice)}
              onSaveMapping={(name, kind, header, mapping) =>
                chosen.keepMapping({ name, kind, header, mapping })
              }
            />
          ))}
          <TemplateDownloads />
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              {t('importer.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={chosen.files.length === 0}
              onClick={() => void start()}
            >
              {t('importer.start')}
            </button>
          </div>
        </>
      )}
      {stage.kind === 'reading' && (
        <ReadingProgress progress={stage.progress} onCancel={cancelReading} />
      )}
      {stage.kind === 'review' && (
        <>
          <ImportReview
            result={stage.result}
            mode={mode}
            onMode={setMode}
            openName={openName}
            changes={merged?.changes ?? null}
          >
            <ReadingsReview
              interpretations={stage.result.interpretations}
              onChoose={choose}
              busy={stage.rereading === true}
            />
          </ImportReview>
          {!stage.result.fatal && mode !== 'merge' && (
            <NetworkNameField
              label={t('importer.name.label')}
              help={t(`importer.name.help.${mode}`)}
              value={name}
              onChange={setTypedName}
              taken={taken}
            />
          )}
          {stage.rereading === true && <p role="status">{t('importer.readings.rereading')}</p>}
          {unanswered.length > 0 && (
            <p className="mapping-missing" id={`${id}-unanswered`}>
              {t('importer.readings.unanswered', {
                words: unanswered.map((i) => `„${i.written}“`).join(', '),
              })}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              {stage.result.fatal ? t('importer.close') : t('importer.cancel')}
            </button>
            {!stage.result.fatal && (
              <button
                type="button"
                className="primary"
                disabled={stage.rereading === true || unanswered.length > 0 || nameWrong}
                aria-describedby={unanswered.length > 0 ? `${id}-unanswered` : undefined}
                onClick={() => apply(stage.result)}
              >
                {t('importer.apply')}
              </button>
            )}
          </div>
        </>
      )}
      {stage.kind === 'error' && (
        <>
          <p role="alert" className="error">
            {t('importer.unexpected', { message: stage.message })}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              {t('importer.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
