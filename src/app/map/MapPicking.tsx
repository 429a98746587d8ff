import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { Coordinates } from 'sigma/types';
import type { MapEdge, MapNode } from './map-graph';
import { dotAt, packDots, type Dots } from './picking';

/** The part of sigma this replaces, which its types keep private. */
interface Picking {
  getNodeAtPosition?: (position: Coordinates) => string | null;
  hoveredNode?: string | null;
}

/**
 * Finds the partner under the pointer from the partners' places and sizes, as the map shows them
 * now. Sigma finds it by reading a pixel back from the graphics at every mouse move, click and wheel
 * turn, and a read waits until every frame asked for is drawn: with a software renderer (computers
 * without a graphics chip) a map of 10,000 partners and 40,000 ties held each move for 0.5–1.5 s.
 * Going through the partners' dots takes well under a millisecond at that size, answers the same
 * (the dots are circles), and is right also while the view moves as a picture (`MapGlide`).
 * While the view is dragged or zoomed the partner under the pointer stays the one found before (the
 * map moves with the pointer; zooming keeps the point under it in place): a partner lit up on the
 * way would make a large map draw itself anew in the middle of the movement.
 */
export function MapPicking() {
  const sigma = useSigma<MapNode, MapEdge>();
  useEffect(() => {
    const picking = sigma as unknown as Picking;
    if (typeof picking.getNodeAtPosition !== 'function') return undefined;
    const graph = sigma.getGraph();
    const mouse = sigma.getMouseCaptor();
    const touch = sigma.getTouchCaptor();
    const camera = sigma.getCamera();
    const moving = () =>
      (mouse.isMouseDown && mouse.draggedEvents > 0) ||
      mouse.currentWheelDirection !== 0 ||
      touch.isMoving ||
      camera.isAnimated();
    // The dots in graph coordinates, packed once per frame drawn (a mouse move asks again and
    // again while the map stands still). Sigma's own copy of the places is put in its frame only
    // when it draws, and a change of style (a partner lit up under the pointer) empties it until
    // then; the graph's places are right throughout.
    let dots: Dots | null = null;
    const forget = () => {
      dots = null;
    };
    function* shown() {
      for (const key of graph.nodes()) {
        const data = sigma.getNodeDisplayData(key);
        if (!data || data.hidden) continue;
        const { x, y } = graph.getNodeAttributes(key);
        yield { key, x, y, size: data.size, zIndex: data.zIndex };
      }
    }
    picking.getNodeAtPosition = (position) => {
      if (moving()) return picking.hoveredNode ?? null;
      dots ??= packDots(shown());
      // The pointer is taken into the graph with the view as it is now (not as last drawn), and
      // one pixel gives the scale of the dots' radii there.
      const at = sigma.viewportToGraph(position);
      const beside = sigma.viewportToGraph({ x: position.x + 1, y: position.y });
      return dotAt(dots, at, sigma.scaleSize(1) * Math.hypot(beside.x - at.x, beside.y - at.y));
    };
    sigma.on('afterRender', forget);
    return () => {
      sigma.off('afterRender', forget);
      delete picking.getNodeAtPosition;
    };
  }, [sigma]);
  return null;
}
