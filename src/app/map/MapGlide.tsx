import { useSigma, useSigmaContext } from '@react-sigma/core';
import { useEffect } from 'react';
import Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import { cssTransform, pictureMove, type ViewConversion } from './glide';
import type { MapEdge, MapNode } from './map-graph';

/** The CSS property that carries the moved picture (see `.map-canvas` in the stylesheet). */
const GLIDE_PROPERTY = '--map-glide';

/** The map is drawn again once the view has been still this long, with no mouse button held. */
const GLIDE_QUIET_MS = 300;

/** The parts of sigma this uses that its types keep private: its camera's call to draw. */
interface CameraHandlers {
  bindCameraHandlers: () => void;
  unbindCameraHandlers: () => void;
}

/**
 * Whether this sigma lets the map move its last picture instead of drawing at every camera step.
 * Settings that depend on it (ties hidden while moving) are chosen before sigma starts.
 */
export const canGlide = (() => {
  const prototype = Sigma.prototype as unknown as Partial<CameraHandlers>;
  return (
    typeof prototype.bindCameraHandlers === 'function' &&
    typeof prototype.unbindCameraHandlers === 'function'
  );
})();

const sameView = (a: CameraState, b: CameraState) =>
  a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;

/**
 * While the view of a large map moves (dragged, zoomed with the wheel or the buttons, flown to a
 * partner), the picture drawn last is moved and scaled with it by the browser's compositor, and the
 * map is drawn anew once the view has been still for a moment with no mouse button held. Drawing
 * 10,000 partners and 40,000 ties anew for every step of a drag takes a weak graphics chip (or none)
 * a tenth of a second and more per step, and a software renderer over a second with the ties;
 * moving a picture takes the compositor a few milliseconds, so the map follows the hand. Partners
 * coming into view from outside appear when the view stops.
 */
export function MapGlide() {
  const sigma = useSigma<MapNode, MapEdge>();
  const { container } = useSigmaContext<MapNode, MapEdge>();
  useEffect(() => {
    if (!canGlide) return undefined;
    const handlers = sigma as unknown as CameraHandlers;
    const camera = sigma.getCamera();
    let drawn = camera.getState();
    let quiet: number | undefined;
    let killed = false;
    const conversion = (now: CameraState): ViewConversion => ({
      fromDrawn: (point) => sigma.viewportToFramedGraph(point, { cameraState: drawn }),
      toNow: (point) => sigma.framedGraphToViewport(point, { cameraState: now }),
      ...sigma.getDimensions(),
    });
    const onRender = () => {
      drawn = camera.getState();
      container.style.removeProperty(GLIDE_PROPERTY);
    };
    const mouse = sigma.getMouseCaptor();
    const drawWhenStill = () => {
      // A drag held still is not over: drawing then would hold up its next step.
      if (mouse.isMouseDown) quiet = window.setTimeout(drawWhenStill, GLIDE_QUIET_MS);
      else if (!sameView(drawn, camera.getState())) sigma.scheduleRender();
    };
    const onCamera = () => {
      const now = camera.getState();
      const move = now.angle === drawn.angle ? pictureMove(conversion(now)) : null;
      window.clearTimeout(quiet);
      if (move === null) {
        sigma.scheduleRender();
        return;
      }
      container.style.setProperty(GLIDE_PROPERTY, cssTransform(move));
      quiet = window.setTimeout(drawWhenStill, GLIDE_QUIET_MS);
    };
    const onKill = () => {
      killed = true;
    };
    handlers.unbindCameraHandlers();
    camera.on('updated', onCamera);
    sigma.on('afterRender', onRender);
    sigma.on('kill', onKill);
    return () => {
      window.clearTimeout(quiet);
      camera.removeListener('updated', onCamera);
      container.style.removeProperty(GLIDE_PROPERTY);
      if (killed) return;
      sigma.off('afterRender', onRender);
      sigma.off('kill', onKill);
      handlers.bindCameraHandlers();
      sigma.scheduleRender();
    };
  }, [sigma, container]);
  return null;
}
