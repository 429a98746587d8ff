import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../core/import';
import { useComparison } from './compare/use-comparison';
import { useLiveAnalysis } from './shell/use-live-analysis';
import { i18next } from './i18n';
import { ImportDialog } from './import/ImportDialog';
import type { ApplyMode } from './import/ImportReview';
import { useMapView } from './map/use-map-view';
import { Orientation } from './orientation/Orientation';
import { PartnerPanel } from './partner/PartnerPanel';
import { sampleFiles } from './sample/sample';
import { startSession, type Session } from './session/session';
import { AppHeader } from './shell/AppHeader';
import { Sidebar } from './shell/Sidebar';
import { Stage } from './shell/Stage';
import { useStoredNames } from './shell/use-network-name';
import {
  applyImport,
  applyMergedImport,
  currentNetwork,
  pinPartners,
  replaceNetwork,
  selectPartner,
  setFilters,
} from './store/state';
import { useAnalysis } from './store/analysis';
import { update, useNetworkStore } from './store/store';
import { useCatalogue } from './text/use-sector-name';
import { preloadViews } from './views';
import { runInWorker, startImportWorker } from './worker/client';

/** What each way of taking an import over does to the state. */
const IMPORT_MODES = { new: applyImport, replace: replaceNetwork, merge: applyMergedImport };

/** The built-in sample network, read in the worker like any import. */
function loadSample() {
  return runInWorker({ task: 'import', request: { files: sampleFiles() } }).result;
}

/**
 * The shell: the session that keeps the network, the live analysis, and the rooms of the page —
 * header, sidebar, the view shown, the partner panel, the import dialog. Each reads its own slice
 * of the store.
 */
export function App() {
  const { t } = useTranslation();
  const [importOpen, setImportOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const guard = useCallback((work: Promise<void>) => {
    work.catch((error: unknown) =>
      setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, []);

  // The session opens the last network kept in this browser (or the sample) and keeps every change.
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    // The other views are fetched once the first picture is up (and so are there offline).
    const preload = window.setTimeout(preloadViews, 1_000);
    startImportWorker();
    const started = startSession({ loadSample, sampleName: i18next.t('toolbar.sampleName') });
    setSession(started);
    guard(started.ready);
    const flush = () => void started.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.clearTimeout(preload);
      window.removeEventListener('pagehide', flush);
      started.stop();
    };
  }, [guard]);

  const analysisControls = useLiveAnalysis(guard);
  const network = useNetworkStore(currentNetwork);
  const selected = useNetworkStore((state) => state.selectedPartner);
  const analysis = useAnalysis();
  const pinned = useNetworkStore((state) =>
    selected === null ? null : (state.positions.get(selected)?.pinned ?? null),
  );
  const catalogue = useCatalogue();
  const { openName, storedOpenName, otherNames } = useStoredNames(session);
  // The map draws the comparison chosen in the comparison view while it shows.
  const mapShown = useNetworkStore((state) => state.view === 'map');
  const mapView = useMapView(useComparison(catalogue, mapShown).comparison);

  return (
    <div className="app">
      <a className="skip-link" href="#stage">
        {t('app.skipToView')}
      </a>
      <AppHeader
        session={session}
        guard={guard}
        onImport={() => setImportOpen(true)}
        onHelp={() => setHelpOpen(true)}
      />
      {failure && (
        <p role="alert" className="error banner">
          {t('errors.unexpected', { message: failure })}
        </p>
      )}
      <main className={selected ? 'workspace with-partner' : 'workspace'}>
        <Sidebar analysisControls={analysisControls} mapView={mapView} session={session} />
        <Stage mapView={mapView} session={session} />
        {selected && (
          <PartnerPanel
            network={network}
            partnerId={selected}
            analysis={analysis}
            onSelect={(id) => update(selectPartner(id))}
            onEgo={(id, depth) => update(setFilters({ ego: { id, depth } }))}
            pinned={pinned}
            onPin={(id, pin) => update(pinPartners([id], pin))}
          />
        )}
      </main>
      {session && (
        <Orientation session={session} asked={helpOpen} onClosed={() => setHelpOpen(false)} />
      )}
      <ImportDialog
        open={importOpen}
        onClose={() => setImportOpen(false)}
        current={network}
        sectors={catalogue.sectors}
        openName={openName}
        storedOpenName={storedOpenName}
        otherNames={otherNames}
        onApply={(result: ImportResult, name: string, mode: ApplyMode) =>
          update(IMPORT_MODES[mode](result, name))
        }
      />
    </div>
  );
}
