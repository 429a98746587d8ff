import { useSigma } from '@react-sigma/core';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapEdge, MapNode } from './map-graph';

/** How long ForceAtlas2 runs before it stops by itself: longer for larger networks. */
export function layoutDuration(order: number): number {
  return Math.min(12_000, 1_500 + order * 2);
}

/**
 * ForceAtlas2 in its own web worker, from the seeded start positions, with a stop/start control.
 * Intensity pulls partners together (edge weight), so close cooperations sit close on the map.
 */
export function MapLayout() {
  const { t } = useTranslation();
  const sigma = useSigma<MapNode, MapEdge>();
  const supervisor = useRef<FA2LayoutSupervisor | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const [running, setRunning] = useState(false);

  const stop = useCallback(() => {
    window.clearTimeout(timer.current);
    supervisor.current?.stop();
    setRunning(false);
  }, []);

  const start = useCallback(() => {
    const layout = supervisor.current;
    if (!layout) return;
    layout.start();
    setRunning(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(stop, layoutDuration(sigma.getGraph().order));
  }, [sigma, stop]);

  useEffect(() => {
    const graph = sigma.getGraph();
    const layout = new FA2LayoutSupervisor(graph, {
      settings: {
        ...inferSettings(graph),
        // Strong gravity keeps partners without ties near the others instead of far out, so the
        // map is not shrunk to fit a lone dot.
        strongGravityMode: true,
        gravity: 0.4,
        barnesHutOptimize: graph.order > 500,
      },
      getEdgeWeight: 'intensity',
    });
    supervisor.current = layout;
    start();
    return () => {
      window.clearTimeout(timer.current);
      layout.kill();
      supervisor.current = null;
    };
  }, [sigma, start]);

  return (
    <div className="map-layout">
      <button type="button" onClick={running ? stop : start} aria-pressed={running}>
        {running ? t('map.layoutStop') : t('map.layoutStart')}
      </button>
      {running && (
        <span role="status" className="map-layout-status">
          {t('map.layoutRunning')}
        </span>
      )}
    </div>
  );
}
