import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type { SigmaNodeEventPayload, SigmaStageEventPayload } from 'sigma/types';
import type { MapEdge, MapNode } from './map-graph';
import { isPlaceholder } from './placeholders';

interface Options {
  /** Off in the sector layout, where every place follows from the sector. */
  enabled: boolean;
  /** A partner was taken hold of: the layout pauses so it does not pull the partner back. */
  onGrab: () => void;
  /** The partner was put down somewhere else; it is pinned there. */
  onDrop: (node: string) => void;
}

/**
 * Drag a partner to another place with mouse or finger (sigma reports touches as the same node
 * and stage events): it stays pinned there (`fixed`, which ForceAtlas2 respects) until let go in
 * its panel. A press without a move stays a click that opens the panel.
 */
export function useDragPartner({ enabled, onGrab, onDrop }: Options): void {
  const sigma = useSigma<MapNode, MapEdge>();
  const dragged = useRef<{ node: string; moved: boolean } | null>(null);

  useEffect(() => {
    if (!enabled) return undefined;
    const graph = sigma.getGraph();
    const grab = ({ node }: SigmaNodeEventPayload) => {
      if (isPlaceholder(node)) return;
      dragged.current = { node, moved: false };
      sigma.getContainer().classList.add('carrying');
      // The frame stays as it is while dragging; otherwise the map rescales under the pointer.
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
      onGrab();
    };
    const move = ({ event }: SigmaStageEventPayload) => {
      const drag = dragged.current;
      if (!drag) return;
      const { x, y } = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(drag.node, { x, y, fixed: true });
      drag.moved = true;
      // The camera must not pan while a partner is carried.
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    };
    const drop = () => {
      const drag = dragged.current;
      if (!drag) return;
      dragged.current = null;
      sigma.getContainer().classList.remove('carrying');
      sigma.setCustomBBox(null);
      if (drag.moved) onDrop(drag.node);
    };
    sigma.on('downNode', grab);
    sigma.on('moveBody', move);
    sigma.on('upNode', drop);
    sigma.on('upStage', drop);
    return () => {
      sigma.off('downNode', grab);
      sigma.off('moveBody', move);
      sigma.off('upNode', drop);
      sigma.off('upStage', drop);
    };
  }, [sigma, enabled, onGrab, onDrop]);
}
