import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The button's text, e.g. "Partner entfernen". */
  label: string;
  /** Accessible name when the visible label alone is ambiguous (one "Löschen" per list row). */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/**
 * A button that asks before it acts, in the page rather than in a browser pop-up, so the question
 * can be read by a screen reader and answered with the keyboard.
 */
export function ConfirmButton({ label, ariaLabel, question, confirmLabel, onConfirm }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) ask.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={ask} type="button" aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button
        ref={confirm}
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('workspace.confirm.cancel')}
      </button>
    </span>
  );
}
