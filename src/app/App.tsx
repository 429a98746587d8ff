import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  AnalysisView,
  DoublesView,
  GapsView,
  MatrixView,
  preloadViews,
  ReportView,
  SurveyView,
} from './views';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../core/import';
import { measureValues } from './analysis/measures';
import { setPartnerField } from '../core/edit';
import { CatalogueChooser } from './gaps/CatalogueChooser';
import { ReferenceChooser } from './gaps/ReferenceChooser';
import { standardReferenceFigures } from './gaps/standard-reference';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ComparePanel } from './compare/ComparePanel';
import { comparisonAppearance } from './compare/comparison-appearance';
import type { NetworkComparison } from '../core/compare';
import type { MapPosition } from '../core/project/types';
import { exportFileBase } from './export/file-name';
import { changeLabel } from './history';
import { ImportDialog } from './import/ImportDialog';
import { LiveKeyFigures } from './analysis/KeyFigures';
import { FilterPanel } from './filters/FilterPanel';
import { Legend, legendEntries } from './map/Legend';
import { MapStyleControls } from './map/MapStyleControls';
import { PartnerPanel } from './partner/PartnerPanel';
import { PartnerTable } from './table/PartnerTable';
import { EditPanel } from './edit/EditPanel';
import { UndoBar } from './edit/UndoBar';
import { i18next, setLanguage, type Language } from './i18n';
import { startSession, type Session } from './session/session';
import { NetworksPanel } from './workspace/NetworksPanel';
import { isFiltering, visibleParts, type Filters } from './filters/filters';
import { mapAppearance } from './map/appearance';
import { placeholdersFor } from './map/placeholders';
import { NetworkMap } from './map/NetworkMap';
import { sampleFiles } from './sample/sample';
import {
  applyAnalysis,
  currentNetwork,
  applyEdit,
  applyImport,
  applyMergedImport,
  chooseCatalogue,
  chooseReferenceFigures,
  clearHighlight,
  correctType,
  pinPartners,
  rememberPositions,
  setOverlapThreshold,
  showOnMap,
  selectPartner,
  setFilters,
  setLayout,
  setMapStyle,
  showView,
  type MapStyle,
  type View,
} from './store/state';
import { update, useNetworkStore } from './store/store';
import { runInWorker, startImportWorker, TaskCancelled, type RunningTask } from './worker/client';
import { useCoreTask } from './worker/use-core-task';
import { setAnalysisProgress } from './analysis/progress';
import { standardCatalogue, useSectorName } from './text/use-sector-name';

/** The built-in sample network, read in the worker like any import. */
function loadSample() {
  return runInWorker({ task: 'import', request: { files: sampleFiles() } }).result;
}

export function App() {
  const { t, i18n } = useTranslation();
  const state = useNetworkStore();
  const [importOpen, setImportOpen] = useState(false);
  const [comparison, setComparison] = useState<NetworkComparison | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const onSelect = useCallback((id: string | null) => update(selectPartner(id)), []);
  const onMapStyle = useCallback((change: Partial<MapStyle>) => update(setMapStyle(change)), []);
  const catalogue = state.catalogue ?? standardCatalogue();
  const reference = state.referenceFigures ?? standardReferenceFigures();
  const onShowPartners = useCallback((ids: string[]) => update(showOnMap(ids)), []);
  const onPositions = useCallback(
    (positions: Map<string, MapPosition>, atRest: boolean) =>
      update(rememberPositions(positions, atRest)),
    [],
  );
  const onClearHighlight = useCallback(() => update(clearHighlight()), []);
  const onLayout = useCallback((layout: 'force' | 'sectors') => update(setLayout(layout)), []);
  const onFilters = useCallback((change: Partial<Filters>) => update(setFilters(change)), []);

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

  const network = currentNetwork(state);
  const { revision } = state;
  // The map stays mounted while another view shows, as long as it is the same network (an edit
  // changes the map in place): going back shows it as it was left (view, places, a layout that was
  // still running goes on), without sigma and its WebGL contexts made again, and leaving it does
  // not wait for them to close. It is hidden meanwhile by `.map-away` and `inert`. Noted while
  // rendering (React renders again at once, before anything is drawn): an effect would render the
  // whole app a second time after each new network.
  const mapShown = state.view === 'map';
  const { generation } = state;
  const [keptMap, setKeptMap] = useState<number | null>(null);
  if (mapShown && keptMap !== generation) setKeptMap(generation);
  const mapMounted = mapShown || keptMap === generation;
  // The analysis runs in the worker with progress; it can be stopped and started again.
  const [analysisStopped, setAnalysisStopped] = useState(false);
  const [analysisRun, setAnalysisRun] = useState(0);
  const analysisTask = useRef<RunningTask<unknown> | null>(null);
  useEffect(() => {
    if (revision === 0) return;
    setAnalysisStopped(false);
    setAnalysisProgress(null);
    const task = runInWorker({ task: 'analyse', network }, setAnalysisProgress);
    analysisTask.current = task;
    guard(
      task.result.then(
        (analysis) => update(applyAnalysis(revision, analysis)),
        (error: unknown) => {
          if (!(error instanceof TaskCancelled)) throw error;
        },
      ),
    );
    return () => task.cancel();
  }, [network, revision, guard, analysisRun]);
  const stopAnalysis = useCallback(() => {
    analysisTask.current?.cancel();
    setAnalysisStopped(true);
  }, []);

  const { analysis, mapStyle, filters } = state;
  const changes = useMemo(
    () => (comparison ? comparisonAppearance(comparison) : null),
    [comparison],
  );
  // The gap report behind the hollow circles is computed in the worker, like the gaps view's.
  const placeholderTask = useMemo(
    () =>
      mapStyle.missingTypes
        ? ({
            task: 'gaps',
            network,
            catalogue,
            corrections: state.corrections,
            articulationPoints: null,
            offers: null,
          } as const)
        : null,
    [mapStyle.missingTypes, network, catalogue, state.corrections],
  );
  const { result: gapReport, current: gapsCurrent } = useCoreTask(placeholderTask);
  const placeholders = useMemo(
    () =>
      placeholderTask && gapsCurrent && gapReport
        ? placeholdersFor(gapReport.missingTypes, catalogue)
        : [],
    [placeholderTask, gapsCurrent, gapReport, catalogue],
  );
  const closeness = useMemo(
    () => (analysis ? measureValues(analysis, 'closeness') : null),
    [analysis],
  );
  const visible = useMemo(() => visibleParts(network, filters), [network, filters]);
  const appearance = useMemo(
    () =>
      analysis ? mapAppearance(analysis, mapStyle, measureValues(analysis, mapStyle.sizeBy)) : null,
    [analysis, mapStyle],
  );

  const language = (i18n.language === 'en' ? 'en' : 'de') satisfies Language;
  const networkName = state.isSample ? t('toolbar.sampleName') : state.name;
  const fileName = exportFileBase(networkName, new Date());
  const sectorName = useSectorName();
  const legend = useMemo(
    () => legendEntries(network, analysis, mapStyle, t, sectorName),
    [network, analysis, mapStyle, t, sectorName],
  );

  const viewFailed = (message: string, retry: () => void) => (
    <div role="alert" className="error stage-error">
      <p>{t('errors.view', { message })}</p>
      <button type="button" onClick={retry}>
        {t('errors.retry')}
      </button>
    </div>
  );

  return (
    <div className="app">
      <a className="skip-link" href="#stage">
        {t('app.skipToView')}
      </a>
      <header className="app-header">
        <div className="app-header-top">
          <div className="brand">
            <h1>{t('app.title')}</h1>
            <span className="muted">{t('app.subtitle')}</span>
          </div>
          {revision > 0 && (
            <p className="network-name" title={networkName}>
              {t('toolbar.network', { name: networkName })}
            </p>
          )}
          <div className="header-actions">
            <button type="button" className="primary" onClick={() => setImportOpen(true)}>
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
          </div>
        </div>
        <nav className="toolbar" aria-label={t('views.label')}>
          {(
            ['map', 'table', 'matrix', 'analysis', 'gaps', 'doubles', 'survey', 'report'] as View[]
          ).map((view) => (
            <button
              key={view}
              type="button"
              aria-pressed={state.view === view}
              onClick={() => update(showView(view))}
            >
              {t(`views.${view}`)}
            </button>
          ))}
        </nav>
        <UndoBar />
      </header>
      {failure && (
        <p role="alert" className="error banner">
          {t('errors.unexpected', { message: failure })}
        </p>
      )}
      <main className="workspace">
        <section className="sidebar">
          <LiveKeyFigures
            analysis={state.analysis}
            stopped={analysisStopped}
            onStop={stopAnalysis}
            onRestart={() => setAnalysisRun((run) => run + 1)}
          />
          {state.view === 'map' && (
            <>
              <Legend entries={legend} analysis={analysis} style={mapStyle} />
              <MapStyleControls
                style={mapStyle}
                onChange={onMapStyle}
                missingTypes={gapsCurrent && gapReport ? placeholders.length : null}
              />
            </>
          )}
          {state.view === 'gaps' && (
            <>
              <CatalogueChooser
                catalogue={catalogue}
                isDefault={state.catalogue === null}
                onChange={(chosen) => update(chooseCatalogue(chosen))}
              />
              <ReferenceChooser
                reference={reference}
                isDefault={state.referenceFigures === null}
                onChange={(chosen) => update(chooseReferenceFigures(chosen))}
              />
            </>
          )}
          {(state.view === 'map' || state.view === 'table' || state.view === 'matrix') && (
            <FilterPanel
              network={network}
              filters={filters}
              visible={visible}
              onChange={onFilters}
            />
          )}
          <EditPanel />
          {session && <NetworksPanel session={session} />}
          <ComparePanel catalogue={catalogue} onComparison={setComparison} />
          <p className="privacy muted">{t('app.privacy')}</p>
        </section>
        <section className="stage" id="stage" tabIndex={-1} aria-label={t(`views.${state.view}`)}>
          {mapMounted && (
            <div className={mapShown ? undefined : 'map-away'} inert={!mapShown}>
              <ErrorBoundary resetKey={revision} fallback={viewFailed}>
                <NetworkMap
                  // A new sigma for another network; an edit changes the map's graph in place.
                  key={generation}
                  network={network}
                  selected={state.selectedPartner}
                  onSelect={onSelect}
                  appearance={appearance}
                  visible={isFiltering(filters) ? visible : null}
                  layout={state.layout}
                  onLayout={onLayout}
                  centrality={closeness}
                  highlighted={state.highlighted}
                  onClearHighlight={onClearHighlight}
                  onPositions={onPositions}
                  fileName={fileName}
                  name={networkName}
                  legend={legend}
                  placeholders={placeholders}
                  positions={state.positions}
                  atRest={state.settledRevision === revision}
                  changes={changes}
                  shown={mapShown}
                />
              </ErrorBoundary>
            </div>
          )}
          <ErrorBoundary key={state.view} resetKey={revision} fallback={viewFailed}>
            <Suspense fallback={<p role="status">{t('app.loadingView')}</p>}>
              {state.view === 'table' && (
                <PartnerTable
                  network={network}
                  visible={visible}
                  analysis={analysis}
                  selected={state.selectedPartner}
                  onSelect={onSelect}
                  onBulkSet={(ids, field, value) =>
                    update(
                      applyEdit(
                        setPartnerField(network, ids, field, value),
                        changeLabel('bulk-set', { field: t(`panel.${field}`), count: ids.length }),
                      ),
                    )
                  }
                />
              )}
              {state.view === 'matrix' && (
                <MatrixView
                  network={network}
                  visible={visible}
                  selected={state.selectedPartner}
                  onSelect={onSelect}
                  analysis={analysis}
                />
              )}
              {state.view === 'gaps' && (
                <GapsView
                  network={network}
                  offers={state.offers}
                  analysis={analysis}
                  catalogue={catalogue}
                  reference={reference}
                  corrections={state.corrections}
                  onShowPartners={onShowPartners}
                  onCorrectType={(id, type) => update(correctType(id, type))}
                />
              )}
              {state.view === 'doubles' && (
                <DoublesView
                  network={network}
                  offers={state.offers}
                  memberships={state.memberships}
                  threshold={state.overlapThreshold}
                  onThresholdChange={(value) => update(setOverlapThreshold(value))}
                  onShowPartners={onShowPartners}
                  session={session}
                  onOpenMerged={(merged, name) =>
                    update(
                      applyImport(
                        {
                          network: merged,
                          offers: [],
                          memberships: [],
                          problems: [],
                          fatal: false,
                        },
                        name,
                      ),
                    )
                  }
                  onMerge={(merged) =>
                    update(
                      applyEdit(
                        { network: merged.network },
                        changeLabel('merge-partners', { description: merged.label }),
                      ),
                    )
                  }
                />
              )}
              {state.view === 'report' && (
                <ReportView
                  network={network}
                  offers={state.offers}
                  memberships={state.memberships}
                  overlapThreshold={state.overlapThreshold}
                  networkName={networkName}
                  fileName={fileName}
                  positions={state.positions}
                  legend={legend}
                  catalogue={catalogue}
                  reference={reference}
                  analysis={analysis}
                />
              )}
              {state.view === 'survey' && <SurveyView network={network} />}
              {state.view === 'analysis' && (
                <AnalysisView network={network} analysis={analysis} onSelect={onSelect} />
              )}
            </Suspense>
          </ErrorBoundary>
        </section>
        {state.selectedPartner && (
          <PartnerPanel
            network={network}
            partnerId={state.selectedPartner}
            analysis={state.analysis}
            onSelect={onSelect}
            onEgo={(id, depth) => onFilters({ ego: { id, depth } })}
            pinned={state.positions.get(state.selectedPartner)?.pinned ?? null}
            onPin={(id, pinned) => update(pinPartners([id], pinned))}
          />
        )}
      </main>
      <ImportDialog
        open={importOpen}
        onClose={() => setImportOpen(false)}
        current={network}
        sectors={catalogue.sectors}
        onApply={(result: ImportResult, name: string, mode: 'replace' | 'merge') =>
          update(mode === 'merge' ? applyMergedImport(result, name) : applyImport(result, name))
        }
      />
    </div>
  );
}
