import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkComparison } from '../../core/compare';
import { measureValues } from '../analysis/measures';
import { comparisonAppearance, type ComparisonAppearance } from '../compare/comparison-appearance';
import { visibleParts, type Visible } from '../filters/filters';
import { currentNetwork } from '../store/state';
import { useAnalysis } from '../store/analysis';
import { useNetworkStore } from '../store/store';
import { useCatalogue, useSectorName } from '../text/use-sector-name';
import { useCoreTask } from '../worker/use-core-task';
import { mapAppearance, type Appearance } from './appearance';
import { legendEntries, type Entry } from './Legend';
import { placeholdersFor, type Placeholder } from './placeholders';

/** How the map shows the network, worked out once for the map, its legend and the other views. */
export interface MapView {
  appearance: Appearance | null;
  /** Where "more means more central" for the sector layout. */
  closeness: Map<string, number> | null;
  /** Missing partner types as hollow circles; null when not shown or while they are computed. */
  placeholders: Placeholder[] | null;
  /** The legend's rows (the map's exports take them as their legend too). */
  legend: Entry[];
  /** A comparison with an earlier Stand drawn on the map. */
  changes: ComparisonAppearance | null;
  /** What the filters leave of the network (the map, the table and the matrix show it). */
  visible: Visible;
}

export function useMapView(comparison: NetworkComparison | null): MapView {
  const { t } = useTranslation();
  const network = useNetworkStore(currentNetwork);
  const analysis = useAnalysis();
  const mapStyle = useNetworkStore((state) => state.mapStyle);
  const filters = useNetworkStore((state) => state.filters);
  const corrections = useNetworkStore((state) => state.corrections);
  const catalogue = useCatalogue();
  const sectorName = useSectorName();
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
            corrections,
            articulationPoints: null,
            offers: null,
          } as const)
        : null,
    [mapStyle.missingTypes, network, catalogue, corrections],
  );
  const { result: gapReport, current } = useCoreTask(placeholderTask);
  const placeholders = useMemo(() => {
    if (!placeholderTask) return null;
    return current && gapReport ? placeholdersFor(gapReport.missingTypes, catalogue) : null;
  }, [placeholderTask, current, gapReport, catalogue]);
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
  const legend = useMemo(
    () => legendEntries(network, analysis, mapStyle, t, sectorName),
    [network, analysis, mapStyle, t, sectorName],
  );
  return { appearance, closeness, placeholders, legend, changes, visible };
}
