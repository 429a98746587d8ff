import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../components/use-modal-dialog';
import type { Session } from '../session/session';
import { useSessionView } from '../workspace/use-session';
import './orientation.css';

const STEPS = ['map', 'import', 'privacy', 'report'] as const;

interface Props {
  session: Session;
  /** Asked for with the help button. */
  asked: boolean;
  onClosed: () => void;
}

/**
 * A short orientation, on a first visit and from the help button: what the map shows, where her
 * own lists come in, that nothing leaves the browser, where the report is. A modal dialog: focus
 * moves into it, Escape closes it, and focus goes back to where it was.
 */
export function Orientation({ session, asked, onClosed }: Props) {
  const { t } = useTranslation();
  const due = useSessionView(session, (view) => view.orientationDue) === true;
  const open = asked || due;
  const dialog = useModalDialog(open);
  const closed = () => {
    session.closeOrientation();
    onClosed();
  };
  return (
    <dialog
      ref={dialog}
      className="orientation"
      aria-labelledby="orientation-title"
      onClose={closed}
    >
      <h2 id="orientation-title">{t('orientation.title')}</h2>
      <ol>
        {STEPS.map((step) => (
          <li key={step}>{t(`orientation.${step}`)}</li>
        ))}
      </ol>
      <form method="dialog" className="dialog-actions">
        <button type="submit" className="primary">
          {t('orientation.close')}
        </button>
      </form>
    </dialog>
  );
}
