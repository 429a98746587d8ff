import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../session/session';
import { useSessionView } from './use-session';

/** The shortest password the protection takes: a key from a short one is guessed too soon. */
export const MINIMUM_PASSWORD = 8;

type Form = 'on' | 'off' | 'change' | null;

/**
 * "Mit Kennwort schützen": turns the encryption of what is stored on, off, or to a new password,
 * with a line saying what is under way while the key is made from the password.
 */
export function ProtectionBlock({ session }: { session: Session }) {
  const { t } = useTranslation();
  const protection = useSessionView(session, (v) => v.protection);
  const [form, setForm] = useState<Form>(null);
  const [done, setDone] = useState<'on' | 'off' | 'changed' | null>(null);

  if (protection === 'locked') return null;
  if (protection === 'unsupported')
    return (
      <div className="protection-block">
        <h4>{t('workspace.protection.title')}</h4>
        <p className="muted">{t('storage.error.no-crypto')}</p>
      </div>
    );

  const finish = (outcome: 'on' | 'off' | 'changed') => () => {
    setForm(null);
    setDone(outcome);
  };
  const open = (next: Form) => () => {
    setDone(null);
    setForm(next);
  };

  return (
    <div className="protection-block">
      <h4>{t('workspace.protection.title')}</h4>
      <p>{t(protection === 'on' ? 'workspace.protection.isOn' : 'workspace.protection.intro')}</p>
      {form === null && (
        <div className="network-actions">
          {protection === 'off' ? (
            <button type="button" onClick={open('on')}>
              {t('workspace.protection.turnOn')}
            </button>
          ) : (
            <>
              <button type="button" onClick={open('change')}>
                {t('workspace.protection.change')}
              </button>
              <button type="button" onClick={open('off')}>
                {t('workspace.protection.turnOff')}
              </button>
            </>
          )}
        </div>
      )}
      {form !== null && (
        <PasswordForm
          session={session}
          form={form}
          onDone={finish(form === 'on' ? 'on' : form === 'off' ? 'off' : 'changed')}
          onCancel={() => setForm(null)}
        />
      )}
      {done && <p role="status">{t(`workspace.protection.done.${done}`)}</p>}
    </div>
  );
}

function PasswordForm({
  session,
  form,
  onDone,
  onCancel,
}: {
  session: Session;
  form: Exclude<Form, null>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const work = useSessionView(session, (v) => v.protectionWork);
  const refused = useSessionView(session, (v) => v.protectionError);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<'tooShort' | 'mismatch' | null>(null);
  const [sent, setSent] = useState(false);
  const needsCurrent = form !== 'on';
  const needsNext = form !== 'off';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (needsNext && next.length < MINIMUM_PASSWORD) return setProblem('tooShort');
    if (needsNext && next !== repeat) return setProblem('mismatch');
    setProblem(null);
    setSent(true);
    const step =
      form === 'on'
        ? session.protect(next)
        : form === 'off'
          ? session.unprotect(current)
          : session.changePassword(current, next);
    void step.then((ok) => {
      setSent(false);
      if (ok) onDone();
    });
  }

  const field = (
    name: string,
    label: string,
    value: string,
    change: (text: string) => void,
    complete: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="password"
        autoComplete={complete}
        value={value}
        onChange={(event) => change(event.target.value)}
        aria-invalid={problem !== null && name !== 'current' ? true : undefined}
      />
    </div>
  );

  return (
    <form
      className="edit-form"
      onSubmit={submit}
      aria-label={t(`workspace.protection.form.${form}`)}
    >
      {needsCurrent &&
        field(
          'current',
          t(form === 'off' ? 'workspace.protection.password' : 'workspace.protection.current'),
          current,
          setCurrent,
          'current-password',
        )}
      {needsNext &&
        field(
          'next',
          t(form === 'on' ? 'workspace.protection.password' : 'workspace.protection.next'),
          next,
          setNext,
          'new-password',
        )}
      {needsNext &&
        field('repeat', t('workspace.protection.repeat'), repeat, setRepeat, 'new-password')}
      {problem && (
        <p className="error" role="alert">
          {t(`workspace.protection.${problem}`, { count: MINIMUM_PASSWORD })}
        </p>
      )}
      {!sent && refused && (
        <p className="error" role="alert">
          {t(`storage.error.${refused}`)}
        </p>
      )}
      {work && <p role="status">{t(`workspace.protection.working.${work}`)}</p>}
      <div className="network-actions">
        <button type="submit" className="primary" disabled={sent}>
          {t(`workspace.protection.submit.${form}`)}
        </button>
        <button type="button" onClick={onCancel} disabled={sent}>
          {t('workspace.confirm.cancel')}
        </button>
      </div>
    </form>
  );
}
