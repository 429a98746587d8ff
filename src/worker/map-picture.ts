import { drawMapScene, pictureSize } from '../core/export/map-canvas';
import { paintedAsPicture, reportMapDrawing, type ReportMap } from '../core/export/report-map';
import { mapScene, sceneToSvg } from '../core/export/svg';
import type { MapPictureResult } from './protocol';

/**
 * The report's map to show in the page: SVG, or for a map with many ties a bitmap painted on an
 * `OffscreenCanvas` here in the worker and handed over as it is. Not written as PNG or WebP: in
 * Chromium that took a worker 2–4 s for a picture of 2,600 × 2,600 pixels. SVG also where the
 * worker has no 2D canvas.
 */
export function mapPicture(map: ReportMap): MapPictureResult {
  const scene = mapScene(reportMapDrawing(map));
  if (paintedAsPicture(scene) && typeof OffscreenCanvas !== 'undefined') {
    const { width, height, scale } = pictureSize(scene);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (context !== null) {
      drawMapScene(context, scene, scale);
      return { bitmap: canvas.transferToImageBitmap() };
    }
  }
  return { svg: new TextEncoder().encode(sceneToSvg(scene)) };
}
