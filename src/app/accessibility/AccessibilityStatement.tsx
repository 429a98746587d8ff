import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../components/use-modal-dialog';
import type { Session } from '../session/session';
import { OperatorForm } from './OperatorForm';
import { StatementText } from './StatementText';
import {
  detailsFrom,
  detailsText,
  STATEMENT_SETTING,
  type OperatorDetails,
} from './statement-setting';
import './accessibility.css';

/** What was read of the operating body's details: not yet, them, or nothing while locked. */
type Kept = { kind: 'reading' } | { kind: 'read'; details: OperatorDetails } | { kind: 'locked' };

/**
 * The "Erklärung zur Barrierefreiheit" (§ 12b BGG, § 7 BITV 2.0, model of Implementing Decision
 * (EU) 2018/1523), reachable from every view: a button that opens it in a dialog, so that it works
 * in the single-file build as in the served app. The details only the operating body knows (its
 * name, the contact for reporting barriers, the state's enforcement body) are filled in there once
 * and kept with the networks in this browser.
 */
export function AccessibilityStatement({ session }: { session: Session }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const dialog = useModalDialog(open);
  const [kept, setKept] = useState<Kept>({ kind: 'reading' });

  // Read each time it opens: another tab, or the password given meanwhile, may have changed them.
  useEffect(() => {
    if (!open) return;
    let current = true;
    setKept({ kind: 'reading' });
    void session.readSetting(STATEMENT_SETTING).then((read) => {
      if (!current) return;
      if (read.ok) setKept({ kind: 'read', details: detailsFrom(read.value) });
      else if (read.error.code === 'locked') setKept({ kind: 'locked' });
      else setKept({ kind: 'read', details: detailsFrom(null) });
    });
    return () => {
      current = false;
    };
  }, [open, session]);

  const save = async (details: OperatorDetails): Promise<boolean> => {
    const written = await session.writeSetting(STATEMENT_SETTING, detailsText(details));
    if (written.ok) setKept({ kind: 'read', details: detailsFrom(detailsText(details)) });
    return written.ok;
  };

  return (
    <>
      <button type="button" className="link statement-open" onClick={() => setOpen(true)}>
        {t('accessibility.open')}
      </button>
      <dialog
        ref={dialog}
        className="statement-dialog"
        aria-labelledby={`${id}-title`}
        onCancel={(event) => {
          event.preventDefault();
          setOpen(false);
        }}
      >
        {open && (
          <>
            <div className="statement-head">
              <h2 id={`${id}-title`}>{t('accessibility.title')}</h2>
              <button type="button" onClick={() => setOpen(false)}>
                {t('accessibility.close')}
              </button>
            </div>
            {kept.kind === 'reading' ? (
              <p role="status">{t('accessibility.loading')}</p>
            ) : (
              <>
                <StatementText details={kept.kind === 'read' ? kept.details : null} />
                <OperatorForm details={kept.kind === 'read' ? kept.details : null} onSave={save} />
              </>
            )}
          </>
        )}
      </dialog>
    </>
  );
}
