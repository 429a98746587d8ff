import { drawMapScene, pictureSize } from '../core/export/map-canvas';
import { paintedAsPicture, reportMapDrawing, type ReportMap } from '../core/export/report-map';
import { mapScene, sceneToSvg, type MapScene } from '../core/export/svg';
import type { MapPictureResult } from './protocol';

/** The scene painted on an `OffscreenCanvas` (see `pictureSize`), the canvas it is on. */
function paint(scene: MapScene): OffscreenCanvas | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const { width, height, scale } = pictureSize(scene);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (context === null) return null;
  drawMapScene(context, scene, scale);
  return canvas;
}

/**
 * The scene as a PNG file, painted and written here in the worker (for a large map: seconds, in
 * which the page stays free).
 */
export async function scenePng(scene: MapScene): Promise<Uint8Array> {
  const canvas = paint(scene);
  if (canvas === null)
    throw new Error('This browser offers no canvas to paint the map in a worker.');
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * The report's map to show in the page: SVG, or for a map with many ties a bitmap painted on an
 * `OffscreenCanvas` here in the worker and handed over as it is. Not written as PNG or WebP: in
 * Chromium that took a worker 2–4 s for a picture of 2,600 × 2,600 pixels. SVG also where the
 * worker has no 2D canvas.
 */
export function mapPicture(map: ReportMap): MapPictureResult {
  const scene = mapScene(reportMapDrawing(map));
  const canvas = paintedAsPicture(scene) ? paint(scene) : null;
  if (canvas !== null) return { bitmap: canvas.transferToImageBitmap() };
  return { svg: new TextEncoder().encode(sceneToSvg(scene)) };
}
