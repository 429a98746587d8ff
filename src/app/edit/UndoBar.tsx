import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeList, redoLabel, undoLabel, type ChangeLabel } from '../history';
import { redoChange, undoChange } from '../store/state';
import { update, useNetworkStore } from '../store/store';
import { jumpTo } from './jump';
import { historyShortcut } from './shortcuts';
import '../workspace/workspace.css';

/**
 * "Rückgängig" and "Wiederholen", each naming the change it takes back or makes again, bound to
 * Ctrl+Z and Ctrl+Y; and the list of changes, where a click goes back to any step.
 */
export function UndoBar() {
  const { t } = useTranslation();
  const history = useNetworkStore((state) => state.history);
  const undoable = undoLabel(history);
  const redoable = redoLabel(history);
  const { labels, current } = changeList(history);
  const describe = (label: ChangeLabel) => t(`storage.history.${label.code}`, label.params);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = historyShortcut(event);
      if (shortcut === null) return;
      event.preventDefault();
      update(shortcut === 'undo' ? undoChange() : redoChange());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="undo-bar" role="group" aria-label={t('workspace.undo.label')}>
      <button
        type="button"
        disabled={undoable === null}
        title={
          undoable
            ? `${t('storage.history.undoChange', { change: describe(undoable) })} (${t('workspace.undo.shortcutUndo')})`
            : undefined
        }
        aria-keyshortcuts="Control+Z"
        onClick={() => update(undoChange())}
      >
        {t('storage.history.undo')}
      </button>
      <button
        type="button"
        disabled={redoable === null}
        title={
          redoable
            ? `${t('storage.history.redoChange', { change: describe(redoable) })} (${t('workspace.undo.shortcutRedo')})`
            : undefined
        }
        aria-keyshortcuts="Control+Y Control+Shift+Z"
        onClick={() => update(redoChange())}
      >
        {t('storage.history.redo')}
      </button>
      <details className="change-list">
        <summary>{t('storage.history.title')}</summary>
        <ol>
          {labels.map((label, index) => (
            <li key={index}>
              <button
                type="button"
                className="link"
                aria-current={index === current ? 'step' : undefined}
                title={index === current ? t('workspace.undo.current') : t('workspace.undo.jump')}
                onClick={() => update(jumpTo(index))}
              >
                {describe(label)}
              </button>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
