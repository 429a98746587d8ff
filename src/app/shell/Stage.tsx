import { Suspense, useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { setPartnerField } from '../../core/edit';
import type { MapPosition } from '../../core/project/types';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { isFiltering } from '../filters/filters';
import { changeLabel } from '../history';
import { NetworkMap } from '../map/NetworkMap';
import type { MapView } from '../map/use-map-view';
import type { Session } from '../session/session';
import {
  applyEdit,
  applyImport,
  clearHighlight,
  correctType,
  currentNetwork,
  rememberPositions,
  selectPartner,
  setLayout,
  showView,
  setOverlapThreshold,
  showOnMap,
} from '../store/state';
import { useAnalysis } from '../store/analysis';
import { update, useNetworkStore } from '../store/store';
import { PartnerTable } from '../table/PartnerTable';
import { useCatalogue } from '../text/use-sector-name';
import { standardReferenceFigures } from '../gaps/standard-reference';
import {
  AnalysisView,
  CompareView,
  DoublesView,
  GapsView,
  MatrixView,
  ReportView,
  SurveyView,
} from '../views';
import { useNetworkName } from './use-network-name';

const onSelect = (id: string | null) => update(selectPartner(id));
const onShowPartners = (ids: string[]) => update(showOnMap(ids));

/** A view that failed, with the reason and a way to try again. */
function useViewFailed(): (message: string, retry: () => void) => ReactNode {
  const { t } = useTranslation();
  return (message, retry) => (
    <div role="alert" className="error stage-error">
      <p>{t('errors.view', { message })}</p>
      <button type="button" onClick={retry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}

/** The view chosen: the map (kept while another view shows) or one of the others. */
export function Stage({ mapView, session }: { mapView: MapView; session: Session | null }) {
  const { t } = useTranslation();
  const view = useNetworkStore((state) => state.view);
  return (
    <section className="stage" id="stage" tabIndex={-1} aria-label={t(`views.${view}`)}>
      <KeptMap mapView={mapView} />
      <OtherView mapView={mapView} session={session} />
    </section>
  );
}

/**
 * The map stays mounted while another view shows, as long as it is the same network (an edit
 * changes the map in place): going back shows it as it was left (view, places, a layout that was
 * still running goes on), without sigma and its WebGL contexts made again, and leaving it does not
 * wait for them to close. It is hidden meanwhile by `.map-away` and `inert`. Noted while rendering
 * (React renders again at once, before anything is drawn): an effect would render the whole map
 * a second time after each new network.
 */
function KeptMap({ mapView }: { mapView: MapView }) {
  // The map's slice of the store: a change elsewhere (the survey, a threshold) does not render it.
  const state = useNetworkStore(
    useShallow((s) => ({
      network: currentNetwork(s),
      generation: s.generation,
      revision: s.revision,
      view: s.view,
      selectedPartner: s.selectedPartner,
      filters: s.filters,
      layout: s.layout,
      highlighted: s.highlighted,
      positions: s.positions,
      settledRevision: s.settledRevision,
    })),
  );
  const { networkName, fileName } = useNetworkName();
  const viewFailed = useViewFailed();
  const onPositions = useCallback(
    (positions: Map<string, MapPosition>, atRest: boolean) =>
      update(rememberPositions(positions, atRest)),
    [],
  );
  const onClearHighlight = useCallback(() => update(clearHighlight()), []);
  const onLayout = useCallback((layout: 'force' | 'sectors') => update(setLayout(layout)), []);
  const { generation, revision } = state;
  const shown = state.view === 'map';
  const [kept, setKept] = useState<number | null>(null);
  if (shown && kept !== generation) setKept(generation);
  if (!shown && kept !== generation) return null;
  return (
    <div className={shown ? undefined : 'map-away'} inert={!shown}>
      <ErrorBoundary resetKey={revision} fallback={viewFailed}>
        <NetworkMap
          // A new sigma for another network; an edit changes the map's graph in place.
          key={generation}
          network={state.network}
          selected={state.selectedPartner}
          onSelect={onSelect}
          appearance={mapView.appearance}
          visible={isFiltering(state.filters) ? mapView.visible : null}
          layout={state.layout}
          onLayout={onLayout}
          centrality={mapView.closeness}
          highlighted={state.highlighted}
          onClearHighlight={onClearHighlight}
          onPositions={onPositions}
          fileName={fileName}
          name={networkName}
          legend={mapView.legend}
          placeholders={mapView.placeholders ?? []}
          positions={state.positions}
          atRest={state.settledRevision === revision}
          changes={mapView.changes}
          shown={shown}
        />
      </ErrorBoundary>
    </div>
  );
}

/** The views beside the map, loaded when first needed. */
function OtherView({ mapView, session }: { mapView: MapView; session: Session | null }) {
  const { t } = useTranslation();
  const state = useNetworkStore();
  const { networkName, fileName } = useNetworkName();
  const viewFailed = useViewFailed();
  const network = currentNetwork(state);
  const { view } = state;
  const analysis = useAnalysis();
  const catalogue = useCatalogue();
  const reference = state.referenceFigures ?? standardReferenceFigures();
  return (
    <ErrorBoundary key={view} resetKey={state.revision} fallback={viewFailed}>
      <Suspense fallback={<p role="status">{t('app.loadingView')}</p>}>
        {view === 'table' && (
          <PartnerTable
            network={network}
            visible={mapView.visible}
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
        {view === 'matrix' && (
          <MatrixView
            network={network}
            visible={mapView.visible}
            selected={state.selectedPartner}
            onSelect={onSelect}
            analysis={analysis}
          />
        )}
        {view === 'gaps' && (
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
        {view === 'doubles' && (
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
                  { network: merged, offers: [], memberships: [], problems: [], fatal: false },
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
        {view === 'report' && (
          <ReportView
            network={network}
            offers={state.offers}
            memberships={state.memberships}
            overlapThreshold={state.overlapThreshold}
            networkName={networkName}
            fileName={fileName}
            positions={state.positions}
            legend={mapView.legend}
            catalogue={catalogue}
            reference={reference}
            analysis={analysis}
          />
        )}
        {view === 'compare' && (
          <CompareView catalogue={catalogue} onShowOnMap={() => update(showView('map'))} />
        )}
        {view === 'survey' && (
          <div className="view-pane survey-pane">
            <SurveyView network={network} />
          </div>
        )}
        {view === 'analysis' && (
          <AnalysisView network={network} analysis={analysis} onSelect={onSelect} />
        )}
      </Suspense>
    </ErrorBoundary>
  );
}
