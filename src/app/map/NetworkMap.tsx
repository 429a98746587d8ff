import { SigmaContainer, useSigma } from '@react-sigma/core';
import { createNodeBorderProgram } from '@sigma/node-border';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerIdOf } from '../../core/model/keys';
import { tieCounts } from '../../core/model/tie-counts';
import type { Network } from '../../core/model/types';
import type { MapPosition } from '../../core/project/types';
import type { LegendEntry } from '../../core/export/svg';
import type { Visible } from '../filters/filters';
import type { Appearance } from './appearance';
import { nextTask, runInSteps } from '../in-steps';
import {
  buildMapGraph,
  mapPartnerSteps,
  mapTieSteps,
  updateMapGraph,
  type MapEdge,
  type MapGraph,
  type MapNode,
} from './map-graph';
import { MapControls } from './MapControls';
import { MapInteractions } from './MapInteractions';
import { MapKeyboard } from './MapKeyboard';
import { MapLabels } from './MapLabels';
import { createLabelPlacer } from './labels';
import { ComparisonOverlay } from './ComparisonOverlay';
import { MapExport } from './MapExport';
import { MapLayout } from './MapLayout';
import { tiesNow } from './ties-while-laying';
import { HOLLOW, MapPlaceholders } from './MapPlaceholders';
import { isPlaceholder, type Placeholder } from './placeholders';
import type { ComparisonAppearance } from '../compare/comparison-appearance';
import { MapSearch } from './MapSearch';
import { SectorOverlay } from './SectorOverlay';
import { sectorLayout } from './sector-layout';
import { MapPicking } from './MapPicking';
import { canGlide, MapGlide } from './MapGlide';
import { MapPicture } from './MapPicture';
import { canDrawWebGL } from './webgl';
import { ErrorBoundary } from '../components/ErrorBoundary';

interface Props {
  /**
   * Give the map the network's generation as its `key`: a different network gets its own graph and
   * sigma, starting from the places kept in `positions`; a new state of the same network (an edit,
   * an undo) changes the graph in place.
   */
  network: Network;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** Size, colour and key points from the analysis; null until it is computed. */
  appearance: Appearance | null;
  visible: Visible | null;
  layout: 'force' | 'sectors';
  onLayout: (layout: 'force' | 'sectors') => void;
  /** Where "more means more central" for the sector layout (e.g. closeness); degree until known. */
  centrality: Map<string, number> | null;
  highlighted: string[];
  onClearHighlight: () => void;
  /** Where the partners are; `atRest` once the layout has come to rest (or was stopped). */
  onPositions: (positions: Map<string, MapPosition>, atRest: boolean) => void;
  /** Base of export file names. */
  fileName: string;
  /** The network's name (the title of the map as a picture). */
  name: string;
  legend: LegendEntry[];
  /** Missing partner types to draw as hollow circles; empty when not shown. */
  placeholders: Placeholder[];
  /** Where the layout last left the partners (and which are pinned); placeholders are placed anew from it. */
  positions: Map<string, MapPosition>;
  /**
   * The layout of this state of the network came to rest before (the map was shown, then another
   * view): the map opens at rest with the places kept instead of running the layout again.
   */
  atRest: boolean;
  /** A comparison with an earlier Stand: new ties in green, new partners outlined. */
  changes: ComparisonAppearance | null;
  /**
   * The map view is open. The app keeps the map mounted, hidden, while another view shows, so that
   * it comes back as it was left; meanwhile its layout pauses and changes wait until it shows.
   */
  shown: boolean;
}

/** Hollow circles: a ring in the node's colour around a white middle. */
const HollowNodeProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.3 }, color: { attribute: 'color' } },
    { size: { fill: true }, color: { value: '#ffffff' } },
  ],
});

/** Networks up to this many partners get their map graph at once; larger ones in steps. */
const BUILD_AT_ONCE = 2_000;

/** Ties are added in slices this long: each slice is followed by one drawing of all added so far. */
const TIE_SLICE_MS = 40;

interface MapGraphState {
  graph: MapGraph | null;
  /** The graph has its ties (and partners their sizes): the layout may start. */
  complete: boolean;
}

/**
 * The map graph, built once per network (the map is keyed by generation), partners starting from
 * the places kept. A large network's partners are put together a few thousand at a time between
 * frames (no graph until then); the map then shows them while `MapTies` adds the ties, so neither
 * step is one long task of the page. A new state of the network (an edit, an undo) changes the
 * graph in place (`updateMapGraph`); `reshaped` counts the changes that added or removed partners
 * or ties, for the layout to go on from where it is.
 */
function useMapGraph(
  network: Network,
  positions: Map<string, MapPosition>,
): MapGraphState & { tiesAdded: () => void; reshaped: number } {
  const [state, setState] = useState<MapGraphState>(() =>
    network.partners.length <= BUILD_AT_ONCE
      ? { graph: buildMapGraph(network, positions), complete: true }
      : { graph: null, complete: false },
  );
  useEffect(() => {
    if (state.graph) return undefined;
    const stop = new AbortController();
    runInSteps(mapPartnerSteps(network, positions), { signal: stop.signal }).then(
      (graph) => setState({ graph, complete: false }),
      () => undefined, // stopped: the map was closed before its graph was built
    );
    return () => stop.abort();
    // Once per mount: another network mounts a new map.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const tiesAdded = useCallback(() => setState((now) => ({ ...now, complete: true })), []);
  // The state of the network the graph shows (a large one's partners came from the first).
  const shows = useRef(network);
  const [reshaped, setReshaped] = useState(0);
  const { graph, complete } = state;
  useEffect(() => {
    if (!graph || !complete || shows.current === network) return;
    shows.current = network;
    if (updateMapGraph(graph, network).reshaped) setReshaped((count) => count + 1);
  }, [graph, complete, network]);
  return { ...state, tiesAdded, reshaped };
}

/** Adds the ties to the graph sigma already shows (a large network's partners came first). */
function MapTies({ network, onAdded }: { network: Network; onAdded: () => void }) {
  const sigma = useSigma<MapNode, MapEdge>();
  useEffect(() => {
    const stop = new AbortController();
    // Not in the task that created sigma: that one has drawn the partners already.
    nextTask()
      .then(() =>
        runInSteps(mapTieSteps(sigma.getGraph(), network), {
          signal: stop.signal,
          sliceMs: TIE_SLICE_MS,
        }),
      )
      .then(onAdded, () => undefined);
    return () => stop.abort();
  }, [sigma, network, onAdded]);
  return null;
}

/**
 * The network map: the interactive one (sigma, WebGL) where the browser can draw it, else — or when
 * it fails to start — the same map as a picture (`MapPicture`), with the reason said.
 */
export function NetworkMap(props: Props) {
  const { t } = useTranslation();
  if (props.network.partners.length === 0) return <p className="map-empty">{t('map.empty')}</p>;
  // Asked only when there is a map to draw, just before sigma opens its own contexts: asked at the
  // app's first render, the page waited there for the browser's graphics process to start (the
  // sample's first map came 0.2–0.3 s later).
  if (!canDrawWebGL()) return <PictureMap {...props} reason={{ kind: 'no-webgl' }} />;
  return (
    <ErrorBoundary
      fallback={(message) => <PictureMap {...props} reason={{ kind: 'failed', message }} />}
    >
      <InteractiveMap {...props} />
    </ErrorBoundary>
  );
}

/** The map as a picture, arranged by cooperation or by sectors as the user chose. */
function PictureMap({
  network,
  visible,
  layout,
  onLayout,
  centrality,
  onPositions,
  positions,
  name,
  fileName,
  reason,
}: Props & { reason: { kind: 'no-webgl' } | { kind: 'failed'; message: string } }) {
  const sectorPlaces = useMemo(() => {
    if (layout !== 'sectors') return null;
    return sectorLayout(network.partners, centrality ?? tieCounts(network.cooperations)).positions;
  }, [layout, network, centrality]);
  return (
    <div className="map">
      <MapPicture
        network={network}
        visible={visible}
        positions={positions}
        onPositions={onPositions}
        sectorPlaces={sectorPlaces}
        name={name}
        fileName={fileName}
        reason={reason}
        controls={<LayoutSwitch layout={layout} onLayout={onLayout} />}
      />
    </div>
  );
}

/**
 * Shown again after another view: drawn anew only if the map's size changed meanwhile (the partner
 * panel opened or closed, the window was resized), which sigma does not watch.
 */
function MapShownAgain({ shown }: { shown: boolean }) {
  const sigma = useSigma<MapNode, MapEdge>();
  useEffect(() => {
    if (!shown) return;
    const container = sigma.getContainer();
    const { width, height } = sigma.getDimensions();
    if (container.offsetWidth !== width || container.offsetHeight !== height)
      sigma.scheduleRefresh();
  }, [sigma, shown]);
  return null;
}

/** Arranged by cooperation (ForceAtlas2) or by sectors. */
function LayoutSwitch({ layout, onLayout }: Pick<Props, 'layout' | 'onLayout'>) {
  const { t } = useTranslation();
  return (
    <div className="map-layout-switch" role="group" aria-label={t('map.layoutChoice')}>
      <button type="button" aria-pressed={layout === 'force'} onClick={() => onLayout('force')}>
        {t('map.layoutForce')}
      </button>
      <button type="button" aria-pressed={layout === 'sectors'} onClick={() => onLayout('sectors')}>
        {t('map.layoutSectors')}
      </button>
    </div>
  );
}

/** The interactive network map. The only part of the app (with its siblings here) that uses sigma. */
function InteractiveMap({
  network,
  selected,
  onSelect,
  appearance,
  visible,
  layout,
  onLayout,
  centrality,
  highlighted,
  onClearHighlight,
  onPositions,
  fileName,
  legend,
  placeholders,
  positions,
  atRest,
  changes,
  shown,
}: Props) {
  const { t } = useTranslation();
  const { graph, complete, tiesAdded, reshaped } = useMapGraph(network, positions);
  const large = network.partners.length > 2_000;
  const [laying, setLaying] = useState(false);
  const ties = tiesNow({ ties: network.cooperations.length, complete, laying, layout });
  // Placeholders of missing types are not partners: their places are not kept.
  const onSettled = useCallback(
    (all: Map<string, MapPosition>, settled: boolean) =>
      onPositions(new Map([...all].filter(([id]) => !isPlaceholder(id))), settled),
    [onPositions],
  );
  // A pin let go in the partner panel (or set there) reaches the graph the layout reads.
  useEffect(() => {
    graph?.forEachNode((node, { fixed }) => {
      const pinned = positions.get(partnerIdOf(node))?.pinned === true;
      if ((fixed === true) !== pinned) graph.setNodeAttribute(node, 'fixed', pinned);
    });
  }, [graph, positions]);
  // One placer per map: sigma draws the names, the placer keeps them from covering each other.
  const labels = useMemo(() => createLabelPlacer(), []);
  const settings = useMemo(
    () => ({
      defaultDrawNodeLabel: labels.draw,
      labelFont: 'system-ui, sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelDensity: 0.35,
      labelGridCellSize: 140,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      nodeProgramClasses: { [HOLLOW]: HollowNodeProgram },
      // Large networks move their last picture while the view moves (`MapGlide`), ties and all;
      // where sigma does not allow that, ties are hidden while the camera moves.
      hideEdgesOnMove: large && !canGlide,
      minCameraRatio: 0.05,
      maxCameraRatio: 5,
      // A map without width for a moment (its window being resized, the view changing) waits to
      // be drawn when it has one again, rather than throwing "Container has no width".
      allowInvalidContainer: true,
    }),
    [large, labels],
  );
  const arrangement = useMemo(() => {
    if (layout !== 'sectors' || !graph || !complete) return null;
    const degrees = new Map(
      graph.mapNodes((node) => [partnerIdOf(node), graph.degree(node)] as [string, number]),
    );
    return sectorLayout(network.partners, centrality ?? degrees);
  }, [layout, network, graph, complete, centrality]);
  const highlightSet = useMemo(() => new Set(highlighted), [highlighted]);
  if (!graph)
    return (
      <p className="map-empty" role="status">
        {t('map.building', { count: network.partners.length })}
      </p>
    );
  return (
    <div className="map" role="region" aria-label={t('map.label')}>
      <SigmaContainer graph={graph} settings={settings} className="map-canvas">
        <MapInteractions
          selected={selected}
          onSelect={onSelect}
          appearance={appearance}
          visible={visible}
          highlighted={highlightSet}
          changes={changes}
          large={large}
          shown={shown}
          tiesHidden={ties.hidden}
        />
        {arrangement && <SectorOverlay arrangement={arrangement} />}
        {complete ? (
          <MapLayout
            mode={layout}
            arrangement={arrangement}
            onSettled={onSettled}
            atRest={atRest}
            paused={!shown}
            reshaped={reshaped}
            onRunning={setLaying}
            tiesWait={ties.waitForLayout}
          />
        ) : (
          <MapTies network={network} onAdded={tiesAdded} />
        )}
        <MapExport fileName={fileName} legend={legend} large={large} />
        {changes && changes.lostTies.length > 0 && (
          <ComparisonOverlay lostTies={changes.lostTies} />
        )}
        {complete && placeholders.length > 0 && (
          <MapPlaceholders key={positions.size} network={network} placeholders={placeholders} />
        )}
        <MapLabels placer={labels} />
        <MapPicking />
        <MapShownAgain shown={shown} />
        {large && <MapGlide />}
        <MapControls />
        <MapKeyboard />
        <MapSearch partners={network.partners} onSelect={onSelect} />
      </SigmaContainer>
      {!complete && (
        <p className="map-building" role="status">
          {t('map.building', { count: network.partners.length })}
        </p>
      )}
      {highlighted.length > 0 && (
        <p className="map-highlight" role="status">
          {t('map.highlighted', { count: highlighted.length })}{' '}
          <button type="button" className="link" onClick={onClearHighlight}>
            {t('map.highlightEnd')}
          </button>
        </p>
      )}
      <LayoutSwitch layout={layout} onLayout={onLayout} />
    </div>
  );
}
