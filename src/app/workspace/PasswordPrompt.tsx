import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../session/session';
import { useSessionView } from './use-session';

/**
 * Asked on start while the stored networks are protected: none of them shows before the password
 * is given. The sample shows meanwhile; a forgotten password leaves "delete everything".
 */
export function PasswordPrompt({ session }: { session: Session }) {
  const { t } = useTranslation();
  const id = useId();
  const work = useSessionView(session, (v) => v.protectionWork);
  const refused = useSessionView(session, (v) => v.protectionError);
  const [password, setPassword] = useState('');
  const [sent, setSent] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSent(true);
    void session.unlock(password).then((ok) => {
      setSent(false);
      if (!ok) setPassword('');
    });
  }

  return (
    <form
      className="storage-notice password-prompt"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('workspace.protection.unlock.title')}</h3>
      <p>{t('workspace.protection.unlock.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('workspace.protection.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={!sent && refused === 'wrong-password' ? true : undefined}
        />
      </div>
      {!sent && refused && (
        <p className="error" role="alert">
          {t(`storage.error.${refused}`)}
        </p>
      )}
      {work === 'unlocking' && <p role="status">{t('workspace.protection.working.unlocking')}</p>}
      <div className="network-actions">
        <button type="submit" className="primary" disabled={sent || password === ''}>
          {t('workspace.protection.unlock.submit')}
        </button>
      </div>
      <p className="muted">{t('workspace.protection.unlock.forgot')}</p>
    </form>
  );
}
