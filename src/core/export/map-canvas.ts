import type { MapScene } from './svg';

/**
 * What `drawMapScene` needs of a 2D canvas context (a browser's `CanvasRenderingContext2D` or a
 * worker's `OffscreenCanvasRenderingContext2D`); the core has no DOM types.
 */
export interface MapCanvas {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  font: string;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  setLineDash(segments: number[]): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  fill(): void;
  stroke(): void;
  fillText(text: string, x: number, y: number): void;
  strokeText(text: string, x: number, y: number): void;
}

/** The longest side of a map picture, in pixels (browsers refuse canvases much larger). */
const LONGEST_SIDE = 4096;
/** Pixels per unit of the drawing: twice the SVG's, sharp when printed on A4. */
const PIXELS_PER_UNIT = 2;

/** The size in pixels of the picture of `scene`, and its scale. */
export function pictureSize(scene: MapScene): { width: number; height: number; scale: number } {
  const { width, height } = scene.frame;
  const scale = Math.min(PIXELS_PER_UNIT, LONGEST_SIDE / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.ceil(width * scale)),
    height: Math.max(1, Math.ceil(height * scale)),
    scale,
  };
}

/**
 * Paints the scene as `sceneToSvg` writes it: white ground, title, the ties, the partners with a
 * white rim, the labels with a white halo, the legend. Names are drawn as text, never parsed.
 */
export function drawMapScene(context: MapCanvas, scene: MapScene, scale: number): void {
  const { frame, title } = scene;
  context.setTransform(scale, 0, 0, scale, -frame.left * scale, -frame.top * scale);
  context.fillStyle = '#ffffff';
  context.fillRect(frame.left, frame.top, frame.width, frame.height);

  context.fillStyle = '#000000';
  context.font = `bold ${title.size}px sans-serif`;
  context.fillText(title.text, title.x, title.y);

  context.lineCap = 'round';
  for (const line of scene.lines) {
    context.strokeStyle = line.color;
    context.lineWidth = line.width;
    context.setLineDash(line.dash);
    context.beginPath();
    const { segments } = line;
    for (let i = 0; i < segments.length; i += 4) {
      context.moveTo(segments[i]!, segments[i + 1]!);
      context.lineTo(segments[i + 2]!, segments[i + 3]!);
    }
    context.stroke();
  }
  context.setLineDash([]);

  context.lineWidth = 1;
  context.strokeStyle = '#ffffff';
  for (const node of scene.nodes) {
    context.beginPath();
    context.arc(node.x, node.y, node.radius, 0, 2 * Math.PI);
    context.fillStyle = node.color;
    context.fill();
    context.stroke();
  }

  context.font = `${scene.fontSize}px sans-serif`;
  context.lineJoin = 'round';
  context.lineWidth = scene.halo;
  for (const { text, x, y } of scene.labels) {
    context.strokeStyle = '#ffffff';
    context.strokeText(text, x, y);
    context.fillStyle = '#000000';
    context.fillText(text, x, y);
  }

  for (const row of scene.legend) {
    context.beginPath();
    context.arc(row.dotX, row.dotY, row.radius, 0, 2 * Math.PI);
    context.fillStyle = row.color;
    context.fill();
    context.fillStyle = '#000000';
    context.fillText(row.text, row.x, row.y);
  }
}
