import { describe, expect, it } from 'vitest';
import { drawMapScene, pictureSize, type MapCanvas } from '../../../src/core/export/map-canvas';
import { mapScene, sceneToSvg, type MapDrawing } from '../../../src/core/export/svg';

/** A 2D context that notes what is drawn: the text written, the shapes and their colours. */
function recordingCanvas() {
  const record = {
    transform: [] as number[],
    texts: [] as { text: string; x: number; y: number; fill: unknown; font: string }[],
    halos: [] as string[],
    strokes: [] as { lines: number; width: number; colour: unknown; dash: number[] }[],
    dots: [] as { x: number; y: number; radius: number; fill: unknown }[],
    rects: [] as number[][],
  };
  let lines = 0;
  let dash: number[] = [];
  let arc: { x: number; y: number; radius: number } | null = null;
  const canvas: MapCanvas = {
    fillStyle: '#000000',
    strokeStyle: '#000000',
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    font: '10px sans-serif',
    setTransform: (...values) => void (record.transform = values),
    setLineDash: (segments) => void (dash = segments),
    fillRect: (...values) => void record.rects.push(values),
    beginPath: () => {
      lines = 0;
      arc = null;
    },
    moveTo: () => undefined,
    lineTo: () => void lines++,
    arc: (x, y, radius) => void (arc = { x, y, radius }),
    fill() {
      if (arc) record.dots.push({ ...arc, fill: this.fillStyle });
    },
    stroke() {
      if (!arc)
        record.strokes.push({ lines, width: this.lineWidth, colour: this.strokeStyle, dash });
    },
    fillText(text, x, y) {
      record.texts.push({ text, x, y, fill: this.fillStyle, font: this.font });
    },
    strokeText: (text) => void record.halos.push(text),
  };
  return { canvas, record };
}

const drawing: MapDrawing = {
  title: 'Netzwerk <b>Frühe</b> Hilfen & Co.',
  nodes: [
    { id: 'JA', label: 'Jugendamt', x: -100, y: 50, size: 10, color: '#1f77b4' },
    { id: 'GK', label: '<img src=x onerror=alert(1)>', x: 300, y: -150, size: 6, color: '#d62728' },
    { id: 'HB', label: 'Hebamme', x: 0, y: 0, size: 4, color: 'url(http://example.com/x)' },
  ],
  edges: [
    { source: 'JA', target: 'GK', size: 3 },
    { source: 'JA', target: 'HB', size: 1, dashed: true },
    { source: 'GK', target: 'HB', size: 1 },
    { source: 'JA', target: 'fehlt', size: 1 },
  ],
  legend: [{ label: 'Gesundheitswesen', color: '#d62728' }],
};

describe('the map painted on a canvas', () => {
  it('paints what the SVG writes: the ties by line style, each partner, the labels, the legend', () => {
    const scene = mapScene(drawing);
    const { canvas, record } = recordingCanvas();
    drawMapScene(canvas, scene, 2);

    // Two pixels per unit, the frame's corner at the canvas's origin, on white.
    expect(record.transform).toEqual([2, 0, 0, 2, -scene.frame.left * 2, -scene.frame.top * 2]);
    expect(record.rects[0]).toEqual([
      scene.frame.left,
      scene.frame.top,
      scene.frame.width,
      scene.frame.height,
    ]);
    // As many ties as the SVG has segments, grouped the same way; the dashed style dashed.
    const svg = sceneToSvg(scene);
    expect(record.strokes.map((s) => s.lines)).toEqual(
      [...svg.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]!.split('M').length - 1),
    );
    expect(record.strokes.reduce((sum, s) => sum + s.lines, 0)).toBe(3);
    expect(record.strokes.map((s) => [s.width, s.dash.length > 0])).toEqual([
      [3, false],
      [1, true],
      [1, false],
    ]);
    // Every partner a dot in its colour (a colour that is not a hex colour falls back to grey),
    // then the legend's dot.
    expect(record.dots.map((d) => d.fill)).toEqual(['#1f77b4', '#d62728', '#999999', '#d62728']);
    // Names are written as they are: a canvas draws letters, nothing is read as markup.
    expect(record.texts.map((t) => t.text)).toEqual([
      'Netzwerk <b>Frühe</b> Hilfen & Co.',
      'Jugendamt',
      '<img src=x onerror=alert(1)>',
      'Hebamme',
      'Gesundheitswesen',
    ]);
    expect(record.texts[0]!.font).toMatch(/^bold 20px/);
    // Each label has its white halo first.
    expect(record.halos).toEqual(['Jugendamt', '<img src=x onerror=alert(1)>', 'Hebamme']);
  });

  it('is two pixels per unit, and never more than 4,096 pixels on its longest side', () => {
    const small = mapScene(drawing);
    const size = pictureSize(small);
    expect(size.scale).toBe(2);
    expect(size.width).toBe(Math.ceil(small.frame.width * 2));
    const tall = { ...small, frame: { ...small.frame, height: 5_000 } };
    expect(pictureSize(tall)).toMatchObject({ height: 4_096, scale: 4_096 / 5_000 });
  });
});
