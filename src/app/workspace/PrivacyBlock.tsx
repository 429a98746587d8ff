import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../components/ConfirmButton';
import type { Session } from '../session/session';
import { ProtectionBlock } from './ProtectionBlock';
import { useSessionView } from './use-session';

/** Where the networks live, whether the browser promised to keep them, and deleting them all. */
export function PrivacyBlock({ session }: { session: Session }) {
  const { t } = useTranslation();
  const available = useSessionView(session, (v) => v.available);
  const persistence = useSessionView(session, (v) => v.persistence);
  const [cleared, setCleared] = useState(false);

  return (
    <section className="privacy-block" aria-labelledby="privacy-block-title">
      <h3 id="privacy-block-title">{t('workspace.privacy.title')}</h3>
      <p>{t('workspace.privacy.where')}</p>
      {!available && <p className="error">{t('workspace.privacy.unavailable')}</p>}
      {available && persistence && <p className="muted">{t(`storage.persist.${persistence}`)}</p>}
      {available && <ProtectionBlock session={session} />}
      <ConfirmButton
        label={t('storage.networks.deleteEverything')}
        question={t('workspace.privacy.deleteQuestion')}
        confirmLabel={t('workspace.privacy.deleteYes')}
        onConfirm={() => void session.deleteEverything().then(() => setCleared(true))}
      />
      {cleared && <p role="status">{t('storage.networks.everythingDeleted')}</p>}
    </section>
  );
}
