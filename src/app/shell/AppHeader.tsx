import { useTranslation } from 'react-i18next';
import { UndoBar } from '../edit/UndoBar';
import { setLanguage, type Language } from '../i18n';
import type { Session } from '../session/session';
import { showView, type View } from '../store/state';
import { update, useNetworkStore } from '../store/store';
import { useNetworkName } from './use-network-name';

const VIEWS: View[] = [
  'map',
  'table',
  'matrix',
  'analysis',
  'gaps',
  'doubles',
  'compare',
  'survey',
  'report',
];

interface Props {
  session: Session | null;
  guard: (work: Promise<void>) => void;
  onImport: () => void;
  /** Shows the short orientation of a first visit again. */
  onHelp: () => void;
}

/** The network's name, import, sample, language and help; the views; undo and redo. */
export function AppHeader({ session, guard, onImport, onHelp }: Props) {
  const { t, i18n } = useTranslation();
  const view = useNetworkStore((state) => state.view);
  const opened = useNetworkStore((state) => state.revision > 0);
  const { networkName } = useNetworkName();
  const language = (i18n.language === 'en' ? 'en' : 'de') satisfies Language;
  return (
    <header className="app-header">
      <div className="app-header-top">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <span className="muted">{t('app.subtitle')}</span>
        </div>
        {opened && (
          <p className="network-name" title={networkName}>
            {t('toolbar.network', { name: networkName })}
          </p>
        )}
        <div className="header-actions">
          <button type="button" className="primary" onClick={onImport}>
            {t('toolbar.import')}
          </button>
          <button type="button" onClick={() => session && guard(session.openSample())}>
            {t('toolbar.sample')}
          </button>
          <button
            type="button"
            lang={language === 'de' ? 'en' : 'de'}
            aria-label={`${t('app.language')}: ${t('app.languageSwitch')}`}
            onClick={() => setLanguage(language === 'de' ? 'en' : 'de')}
          >
            {t('app.languageSwitch')}
          </button>
          <button type="button" onClick={onHelp} aria-haspopup="dialog">
            {t('orientation.help')}
          </button>
        </div>
      </div>
      <nav className="toolbar" aria-label={t('views.label')}>
        {VIEWS.map((shown) => (
          <button
            key={shown}
            type="button"
            aria-pressed={view === shown}
            onClick={() => update(showView(shown))}
          >
            {t(`views.${shown}`)}
          </button>
        ))}
      </nav>
      <UndoBar />
    </header>
  );
}
