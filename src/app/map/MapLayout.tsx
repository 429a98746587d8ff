import { useSigma } from '@react-sigma/core';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import { animateNodes } from 'sigma/utils';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mapLayoutSettings, NOVERLAP_UP_TO } from '../../core/layout/force-layout';
import { graphKey } from '../../core/model/keys';
import { useDragPartner } from './MapDrag';
import type { MapEdge, MapNode } from './map-graph';
import { sectorCamera } from './sector-frame';
import type { SectorArrangement } from './sector-layout';
import { snapshot, watchSettling, type Positions, type SettlingWatch } from './settling';

interface Props {
  /**
   * Called with the partners' places whenever the layout comes to rest (`atRest`) or a partner is
   * moved, and when the map closes while the layout runs (not at rest).
   */
  onSettled: (positions: Positions, atRest: boolean) => void;
  mode: 'force' | 'sectors';
  /** Target positions of the sector layout; used while `mode` is 'sectors'. */
  arrangement: SectorArrangement | null;
  /** The places come from a layout that came to rest: the map opens at rest, not running it again. */
  atRest: boolean;
  /**
   * The map is hidden behind another view: a running layout stops, its places are kept (not at
   * rest), and it goes on when the map shows again.
   */
  paused: boolean;
  /**
   * Counts the edits that added or removed partners or ties on this map: after each, the force
   * layout goes on from the places the partners have (at once, or when the map shows again).
   */
  reshaped: number;
  /** Told whether the force layout runs (false again when the map closes). */
  onRunning?: (running: boolean) => void;
  /** The ties are not drawn while the layout runs (a very large network): the status says so. */
  tiesWait?: boolean;
}

/** The longest ForceAtlas2 may run, even when it has not settled: longer for larger networks. */
export function layoutBudget(order: number): number {
  return Math.min(20_000, 3_000 + order * 2);
}

const SETTLE_CHECK_MS = 400;

/**
 * ForceAtlas2 in its own web worker from the seeded start positions: it stops by itself when the
 * partners have settled (or the time budget is used), then noverlap moves overlapping dots apart.
 * The sector layout animates partners into their sector's slice and back, keeping the force layout.
 */
export function MapLayout({
  mode,
  arrangement,
  onSettled,
  atRest,
  paused,
  reshaped,
  onRunning,
  tiesWait = false,
}: Props) {
  const { t } = useTranslation();
  const sigma = useSigma<MapNode, MapEdge>();
  const supervisor = useRef<FA2LayoutSupervisor | null>(null);
  const timers = useRef<{ check?: number; budget?: number; watch?: SettlingWatch }>({});
  const forcePositions = useRef<Positions | null>(null);
  // The force layout starts as soon as the map is there: its button says so from the first
  // render, not "fortsetzen" (the sign of a layout at rest) before it has begun. A map shown again
  // after its layout came to rest keeps its places (the layout would move every partner a little
  // each time, and take seconds on a large network).
  const [running, setRunning] = useState(mode === 'force' && !atRest);
  const openAtRest = useRef(atRest);
  useEffect(() => {
    onRunning?.(running);
  }, [running, onRunning]);
  useEffect(() => () => onRunning?.(false), [onRunning]);
  const settledRef = useRef(onSettled);
  useEffect(() => {
    settledRef.current = onSettled;
  }, [onSettled]);

  const clearTimers = () => {
    window.clearInterval(timers.current.check);
    window.clearTimeout(timers.current.budget);
    timers.current.watch?.stop();
  };

  const stop = useCallback(() => {
    clearTimers();
    const layout = supervisor.current;
    if (layout?.isRunning()) {
      layout.stop();
      const graph = sigma.getGraph();
      if (graph.order <= NOVERLAP_UP_TO)
        noverlap.assign(graph, { maxIterations: 60, settings: { ratio: 1.1, margin: 1 } });
      onSettled(snapshot(graph), true);
    }
    setRunning(false);
  }, [sigma, onSettled]);

  const start = useCallback(() => {
    const layout = supervisor.current;
    if (!layout) return;
    const graph = sigma.getGraph();
    layout.start();
    setRunning(true);
    clearTimers();
    const watch = watchSettling(graph);
    timers.current.watch = watch;
    timers.current.check = window.setInterval(() => {
      if (watch.settled()) stop();
    }, SETTLE_CHECK_MS);
    timers.current.budget = window.setTimeout(stop, layoutBudget(graph.order));
  }, [sigma, stop]);

  /** Stops a running layout for a while (a partner carried, the map hidden); whether it ran. */
  const interrupt = useCallback((): boolean => {
    const layout = supervisor.current;
    if (!layout?.isRunning()) return false;
    clearTimers();
    layout.stop();
    return true;
  }, []);

  // A partner carried by hand: the layout pauses and, if it was running, goes on around the partner
  // pinned at its new place (the supervisor reads `fixed` afresh on start).
  const resumeAfterDrop = useRef(false);
  const onGrab = useCallback(() => {
    resumeAfterDrop.current = interrupt();
  }, [interrupt]);
  const onDrop = useCallback(() => {
    if (resumeAfterDrop.current) start();
    else onSettled(snapshot(sigma.getGraph()), true);
  }, [sigma, start, onSettled]);
  useDragPartner({ enabled: mode === 'force', onGrab, onDrop });

  useEffect(() => {
    const graph = sigma.getGraph();
    const layout = new FA2LayoutSupervisor(graph, {
      settings: mapLayoutSettings(graph),
      getEdgeWeight: 'intensity',
    });
    supervisor.current = layout;
    return () => {
      clearTimers();
      // The map closes (another view opened) before the layout has come to rest: the places it
      // has reached are kept, so the report and the exports still have a map.
      if (layout.isRunning()) settledRef.current(snapshot(graph), false);
      layout.kill();
      supervisor.current = null;
    };
  }, [sigma]);

  // The map hidden behind another view while the layout runs: it waits there, its places kept (not
  // at rest) for the report and the exports, and goes on when the map shows again.
  const resumeWhenShown = useRef(false);
  useEffect(() => {
    if (!paused) {
      if (resumeWhenShown.current) start();
      resumeWhenShown.current = false;
      return;
    }
    if (!interrupt()) return;
    resumeWhenShown.current = true;
    setRunning(false);
    settledRef.current(snapshot(sigma.getGraph()), false);
  }, [paused, sigma, start, interrupt]);

  // Partners or ties came or went: the layout goes on from where the partners are (ForceAtlas2's
  // supervisor reads the changed graph when it starts; a running one restarts its worker itself).
  const reshapedBefore = useRef(reshaped);
  useEffect(() => {
    if (reshaped === reshapedBefore.current) return;
    reshapedBefore.current = reshaped;
    if (mode !== 'force') return;
    if (paused) resumeWhenShown.current = true;
    else start();
  }, [reshaped, mode, paused, start]);

  useEffect(() => {
    const graph = sigma.getGraph();
    if (mode === 'sectors' && arrangement) {
      stop();
      forcePositions.current ??= snapshot(graph);
      const targets: Record<string, { x: number; y: number }> = {};
      for (const [id, position] of arrangement.positions) {
        const node = graphKey(id);
        if (graph.hasNode(node)) targets[node] = position;
      }
      // Step back so the sector names at the rim stay in view, clear of the controls.
      return animateNodes(graph, targets, { duration: 600 }, () => {
        onSettled(snapshot(graph), true);
        void sigma.getCamera().animate(sectorCamera(sigma, arrangement.radius), { duration: 300 });
      });
    }
    if (mode === 'force' && forcePositions.current) {
      const targets = Object.fromEntries(
        [...forcePositions.current].map(([id, { x, y }]) => [graphKey(id), { x, y }]),
      );
      forcePositions.current = null;
      return animateNodes(graph, targets, { duration: 600 }, () => {
        onSettled(snapshot(graph), true);
        void sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
      });
    }
    // At the map's start only (a switch back from the sector layout animates to the places kept).
    if (mode === 'force' && !openAtRest.current) start();
    return undefined;
  }, [mode, arrangement, sigma, start, stop, onSettled]);

  if (mode === 'sectors') return null;
  return (
    <div className="map-layout">
      <button type="button" onClick={running ? stop : start} aria-pressed={running}>
        {running ? t('map.layoutStop') : t('map.layoutStart')}
      </button>
      {running && (
        <span role="status" className="map-layout-status">
          {t(tiesWait ? 'map.layoutRunningTiesWait' : 'map.layoutRunning')}
        </span>
      )}
    </div>
  );
}
