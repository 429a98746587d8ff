import { useTranslation } from 'react-i18next';
import { AccessibilityStatement } from '../accessibility/AccessibilityStatement';
import { LiveKeyFigures } from '../analysis/KeyFigures';
import type { LiveAnalysis } from './use-live-analysis';
import { EditPanel } from '../edit/EditPanel';
import { FilterPanel } from '../filters/FilterPanel';
import { CatalogueChooser } from '../gaps/CatalogueChooser';
import { ReferenceChooser } from '../gaps/ReferenceChooser';
import { standardReferenceFigures } from '../gaps/standard-reference';
import { Legend } from '../map/Legend';
import { MapStyleControls } from '../map/MapStyleControls';
import type { MapView } from '../map/use-map-view';
import type { Session } from '../session/session';
import {
  chooseCatalogue,
  chooseReferenceFigures,
  currentNetwork,
  setFilters,
  setMapStyle,
} from '../store/state';
import { useAnalysis } from '../store/analysis';
import { update, useNetworkStore } from '../store/store';
import { useCatalogue } from '../text/use-sector-name';
import { NetworksPanel } from '../workspace/NetworksPanel';

interface Props {
  analysisControls: LiveAnalysis;
  mapView: MapView;
  session: Session | null;
}

/** Key figures, what the view shown offers beside it, editing, the networks kept. */
export function Sidebar({ analysisControls, mapView, session }: Props) {
  const { t } = useTranslation();
  const view = useNetworkStore((state) => state.view);
  const network = useNetworkStore(currentNetwork);
  const analysis = useAnalysis();
  const mapStyle = useNetworkStore((state) => state.mapStyle);
  const filters = useNetworkStore((state) => state.filters);
  const chosenCatalogue = useNetworkStore((state) => state.catalogue);
  const chosenReference = useNetworkStore((state) => state.referenceFigures);
  const catalogue = useCatalogue();
  return (
    <section className="sidebar">
      <LiveKeyFigures
        analysis={analysis}
        stopped={analysisControls.stopped}
        onStop={analysisControls.stop}
        onRestart={analysisControls.restart}
      />
      {view === 'map' && (
        <>
          <Legend entries={mapView.legend} analysis={analysis} style={mapStyle} />
          <MapStyleControls
            style={mapStyle}
            onChange={(change) => update(setMapStyle(change))}
            missingTypes={mapView.placeholders?.length ?? null}
          />
        </>
      )}
      {view === 'gaps' && (
        <>
          <CatalogueChooser
            catalogue={catalogue}
            isDefault={chosenCatalogue === null}
            onChange={(chosen) => update(chooseCatalogue(chosen))}
          />
          <ReferenceChooser
            reference={chosenReference ?? standardReferenceFigures()}
            isDefault={chosenReference === null}
            onChange={(chosen) => update(chooseReferenceFigures(chosen))}
          />
        </>
      )}
      {(view === 'map' || view === 'table' || view === 'matrix') && (
        <FilterPanel
          network={network}
          filters={filters}
          visible={mapView.visible}
          onChange={(change) => update(setFilters(change))}
        />
      )}
      <EditPanel />
      {session && <NetworksPanel session={session} />}
      <p className="privacy muted">{t('app.privacy')}</p>
      {session && <AccessibilityStatement session={session} />}
    </section>
  );
}
