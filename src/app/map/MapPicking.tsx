import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { MapEdge, MapNode } from './map-graph';

/** The parts of sigma this reads and replaces, which its types keep private. */
interface Picking {
  getNodeAtPosition?: (position: { x: number; y: number }) => string | null;
  hoveredNode?: string | null;
}

/**
 * Sigma finds the partner under the pointer by reading a pixel back from WebGL on every mouse
 * move and wheel turn, and a read waits until the graphics have drawn every frame asked for. While
 * the view is dragged or zoomed the partner under the pointer stays the same (the map moves with
 * the pointer; zooming keeps the point under it in place), so sigma is given the partner it found
 * before, without a read. Drawing the 40,000 ties of a large map took a software renderer 0.5–1.5 s,
 * and every move of the drag waited for it; a weak graphics chip waits too, for less.
 */
export function MapPicking() {
  const sigma = useSigma<MapNode, MapEdge>();
  useEffect(() => {
    const picking = sigma as unknown as Picking;
    const read = picking.getNodeAtPosition;
    if (typeof read !== 'function') return undefined;
    const mouse = sigma.getMouseCaptor();
    const touch = sigma.getTouchCaptor();
    const camera = sigma.getCamera();
    const moving = () =>
      (mouse.isMouseDown && mouse.draggedEvents > 0) ||
      mouse.currentWheelDirection !== 0 ||
      touch.isMoving ||
      camera.isAnimated();
    picking.getNodeAtPosition = (position) =>
      moving() ? (picking.hoveredNode ?? null) : read.call(sigma, position);
    return () => {
      delete picking.getNodeAtPosition;
    };
  }, [sigma]);
  return null;
}
