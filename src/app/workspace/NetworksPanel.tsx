import { useTranslation } from 'react-i18next';
import type { Session } from '../session/session';
import { NetworkItem } from './NetworkItem';
import { PasswordPrompt } from './PasswordPrompt';
import { PrivacyBlock } from './PrivacyBlock';
import { ProjectFile } from './ProjectFile';
import { SaveStatus } from './SaveStatus';
import { StorageNotices } from './StorageNotices';
import { useSessionView } from './use-session';
import './workspace.css';

/**
 * The networks kept in this browser, side by side (one per year or per town): open, rename,
 * copy, delete; the project file; whether the open one is saved; and where the data lives.
 */
export function NetworksPanel({ session }: { session: Session }) {
  const { t } = useTranslation();
  const networks = useSessionView(session, (v) => v.networks);
  const currentId = useSessionView(session, (v) => v.currentId);
  const locked = useSessionView(session, (v) => v.protection === 'locked');

  return (
    <section className="networks-panel" aria-labelledby="networks-panel-title">
      <h2 id="networks-panel-title">{t('workspace.networks.title')}</h2>
      <SaveStatus session={session} />
      <StorageNotices session={session} />
      {locked ? (
        <PasswordPrompt session={session} />
      ) : networks.length === 0 ? (
        <p className="muted">{t('storage.networks.empty')}</p>
      ) : (
        <ul className="network-list" aria-label={t('storage.networks.title')}>
          {networks.map((network) => (
            <NetworkItem
              key={network.id}
              session={session}
              network={network}
              isOpen={network.id === currentId}
              otherNames={networks.filter((other) => other !== network).map((other) => other.name)}
            />
          ))}
        </ul>
      )}
      <ProjectFile session={session} />
      <PrivacyBlock session={session} />
    </section>
  );
}
