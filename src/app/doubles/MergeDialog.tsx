import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergePartners, type MergeConflict } from '../../core/doubles/merge-partners';
import type { Network } from '../../core/model/types';
import { conflictField } from './merge-label';

interface Props {
  network: Network;
  keepId: string;
  dropId: string;
  partnerName: (id: string) => string;
  onClose: () => void;
  onMerge: (result: { network: Network; label: string }) => void;
}

/**
 * Asks, for every field the two entries fill differently, which value holds, then merges them.
 * Every cooperation of both entries is kept (mergePartners re-points the dropped entry's ties).
 */
export function MergeDialog({ network, keepId, dropId, partnerName, onClose, onMerge }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const conflicts = useMemo(
    () => mergePartners(network, keepId, dropId).conflicts,
    [network, keepId, dropId],
  );
  const [choices, setChoices] = useState<ReadonlyMap<string, 'keep' | 'drop'>>(new Map());

  // Mounted when a merge is asked for and unmounted on close: removing the element ends the modal.
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  const names = { a: partnerName(keepId), b: partnerName(dropId) };
  const confirm = () => {
    const merged = mergePartners(network, keepId, dropId, choices).network;
    onMerge({ network: merged, label: t('gaps.doubles.merge.label', names) });
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="import-dialog doubles-merge"
      aria-labelledby={titleId}
      onCancel={onClose}
    >
      <h2 id={titleId}>{t('gaps.doubles.merge.title', names)}</h2>
      <p>{t('gaps.doubles.merge.intro', names)}</p>
      {conflicts.length === 0 ? (
        <p>{t('gaps.doubles.merge.noConflicts')}</p>
      ) : (
        conflicts.map((conflict) => (
          <ConflictChoice
            key={conflict.field}
            conflict={conflict}
            choice={choices.get(conflict.field) ?? 'keep'}
            onChoose={(choice) => setChoices(new Map(choices).set(conflict.field, choice))}
          />
        ))
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('gaps.doubles.merge.cancel')}
        </button>
        <button type="button" className="primary" onClick={confirm}>
          {t('gaps.doubles.merge.confirm')}
        </button>
      </div>
    </dialog>
  );
}

interface ChoiceProps {
  conflict: MergeConflict;
  choice: 'keep' | 'drop';
  onChoose: (choice: 'keep' | 'drop') => void;
}

/** One conflicting field: a radio for the kept entry's value and one for the other's. */
function ConflictChoice({ conflict, choice, onChoose }: ChoiceProps) {
  const { t } = useTranslation();
  const group = useId();
  const { key, column } = conflictField(conflict.field);
  const field = t(`gaps.doubles.field.${key}`, { column });
  const options = [
    { value: 'keep', text: conflict.kept },
    { value: 'drop', text: conflict.dropped },
  ] as const;
  return (
    <fieldset className="doubles-conflict">
      <legend>{t('gaps.doubles.merge.conflict', { field })}</legend>
      {options.map(({ value, text }) => (
        <label key={value}>
          <input
            type="radio"
            name={group}
            value={value}
            checked={choice === value}
            onChange={() => onChoose(value)}
          />{' '}
          {text === null || text === '' ? t('gaps.doubles.merge.emptyValue') : String(text)}
        </label>
      ))}
    </fieldset>
  );
}
