import { useTranslation } from 'react-i18next';
import type { Session } from '../session/session';
import { useDateFormat } from './format';
import { useSessionView } from './use-session';

/** One line on whether the open network is kept: saved at, saving, or not and why. */
export function SaveStatus({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { time } = useDateFormat();
  const save = useSessionView(session, (v) => v.save);
  const currentId = useSessionView(session, (v) => v.currentId);
  const available = useSessionView(session, (v) => v.available);

  let text: string;
  if (save.kind === 'error')
    text = `${t('storage.networks.notSaved')}. ${t(`storage.error.${save.code}`)}`;
  else if (save.kind === 'saving') text = t('storage.networks.saving');
  else if (!available || currentId === null) text = t('workspace.networks.memoryOnly');
  else text = save.at === null ? '' : t('storage.networks.saved', { time: time(save.at) });

  return (
    <p
      className={save.kind === 'error' ? 'save-status error' : 'save-status muted'}
      role="status"
      aria-label={t('workspace.status.label')}
      data-save={save.kind}
    >
      {text}
    </p>
  );
}
