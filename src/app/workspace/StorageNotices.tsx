import { useTranslation } from 'react-i18next';
import type { Session } from '../session/session';
import { useSessionView } from './use-session';

/**
 * What needs the coordinator's answer or should be known: another tab changed the same partners
 * or ties (load its version or keep mine), another tab's changes were taken in, another tab
 * deleted or cleared, or a network was just deleted here and can be brought back.
 */
export function StorageNotices({ session }: { session: Session }) {
  const { t } = useTranslation();
  const conflict = useSessionView(session, (v) => v.conflict);
  const notice = useSessionView(session, (v) => v.notice);
  const removed = useSessionView(session, (v) => v.removed);

  return (
    <>
      {conflict && (
        <div className="storage-notice" role="alert">
          <p>{t('storage.error.conflict')}</p>
          <div className="network-actions">
            <button type="button" className="primary" onClick={() => void session.loadNewer()}>
              {t('workspace.conflict.loadNewer')}
            </button>
            <button type="button" onClick={() => void session.keepMine()}>
              {t('workspace.conflict.keepMine')}
            </button>
          </div>
        </div>
      )}
      {notice && !conflict && (
        <div className="storage-notice" role="status">
          <p>{t(`storage.tabs.${notice}`)}</p>
          <div className="network-actions">
            <button type="button" onClick={session.dismissNotice}>
              {t('workspace.notice.dismiss')}
            </button>
          </div>
        </div>
      )}
      {removed && (
        <div className="storage-notice" role="status">
          <p>{t('storage.networks.deleted', { name: removed.summary.name })}</p>
          <div className="network-actions">
            <button type="button" onClick={() => void session.undoRemove()}>
              {t('storage.networks.undoDelete')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
