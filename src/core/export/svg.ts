import { placeLabels, type Box } from './label-places';
import { escapeXml } from './xml-text';

/**
 * The network map as a standalone SVG for reports and slides: plain shapes and text, no scripts,
 * no external fonts or images, every name escaped. Coordinates are those of the graph layout with
 * y pointing up, as sigma draws them; they are scaled to a fixed width so that label and legend
 * sizes stay readable whatever the layout's units. Node sizes and edge widths are kept as given,
 * in the pixel units sigma uses on screen.
 */
export interface MapNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface MapEdge {
  source: string;
  target: string;
  size: number;
  dashed?: boolean;
}

export interface LegendEntry {
  label: string;
  color: string;
}

export interface MapDrawing {
  title: string;
  nodes: MapNode[];
  edges: MapEdge[];
  legend: LegendEntry[];
  /**
   * How many of the largest partners get a label (every one when absent). Thousands of labels in
   * a drawing 1,000 units wide cover each other, and a picture with them took a browser seconds
   * to draw.
   */
  labelled?: number;
}

const DRAWING_WIDTH = 1000;
const MARGIN = 24;
const FONT_SIZE = 12;
const TITLE_SIZE = 20;
const LEGEND_ROW = 20;
/** Longer labels are cut; the full name stays in the node's `<title>` tooltip. */
const MAX_LABEL_LENGTH = 40;
/** Average glyph width of a sans-serif font relative to its size, to reserve room for labels. */
const GLYPH_WIDTH = 0.6;
const FALLBACK_COLOR = '#999999';
const EDGE_COLOR = '#b0b0b0';
/** Room between a dot and its label. */
const LABEL_GAP = 4;
const HALO = 3;

/** Ties of one line style; each tie four numbers: x and y of one end, then of the other. */
export interface SceneLine {
  width: number;
  /** Dash and gap lengths; empty for a solid line. */
  dash: number[];
  color: string;
  segments: number[];
}

/** A partner's dot; `label` its full name (the SVG's tooltip). */
export interface SceneNode {
  /** The partner's ID, as the drawing's node has it. */
  id: string;
  label: string;
  x: number;
  y: number;
  radius: number;
  color: string;
}

/** A name written on the map (left end of its baseline), with a white halo behind it. */
export interface SceneText {
  text: string;
  x: number;
  y: number;
}

/** A partner's name on the map, with the partner's ID. */
export interface SceneLabel extends SceneText {
  id: string;
}

/** A legend row: its dot (centre, radius, colour) and its text. */
export interface SceneLegendRow extends SceneText {
  color: string;
  dotX: number;
  dotY: number;
  radius: number;
}

/**
 * Where everything of a map drawing goes, in the drawing's own units (y down): what the SVG writes
 * and what a bitmap of a large map paints on a canvas (`drawMapScene`), so that both show the same
 * map.
 */
export interface MapScene {
  /** The drawing's area: the SVG's view box, the picture's canvas. */
  frame: { left: number; top: number; width: number; height: number };
  title: SceneText & { size: number };
  lines: SceneLine[];
  /** In drawing order. */
  nodes: SceneNode[];
  /** Drawn after every partner, so that no later dot covers one. */
  labels: SceneLabel[];
  legend: SceneLegendRow[];
  fontSize: number;
  /** Width of the white outline behind each label. */
  halo: number;
}

export function mapToSvg(drawing: MapDrawing): string {
  return sceneToSvg(mapScene(drawing));
}

/** Places every part of the drawing: scales the layout, reserves room for labels, title and legend. */
export function mapScene(drawing: MapDrawing): MapScene {
  const placed = placeNodes(drawing.nodes, drawing.labelled);
  const byId = new Map(placed.map((node) => [node.id, node]));
  const named = placed.filter((node) => node.shown !== '');
  const labels = placeLabels(
    named.map((node) => ({
      text: node.shown,
      x: node.px,
      y: node.py,
      radius: node.radius,
    })),
    { fontSize: FONT_SIZE, gap: LABEL_GAP, width: textWidth },
    // The partners drawn without a name keep their dots free of names too.
    placed
      .filter((node) => node.shown === '')
      .map((node) => ({ x: node.px, y: node.py, radius: node.radius })),
  ).flatMap((label, index) => (label === null ? [] : [{ ...label, id: named[index]!.id }]));
  const box = boundingBox(
    placed,
    labels.map((label) => label.box),
  );
  // A drawing without a title (a page that names the network itself) gets no room for one.
  const titleTop = drawing.title === '' ? box.minY : box.minY - MARGIN - TITLE_SIZE;
  const legendTop = box.maxY + MARGIN;
  const [, legendWidth] = range(
    drawing.legend.map((e) => textWidth(shorten(e.label)) + LEGEND_ROW),
  );
  const minX = box.minX - MARGIN;
  const width = Math.max(box.maxX + MARGIN, minX + legendWidth + 2 * MARGIN) - minX;
  const height = legendTop + drawing.legend.length * LEGEND_ROW + MARGIN - (titleTop - MARGIN);
  const radius = FONT_SIZE / 2;
  return {
    frame: { left: minX, top: titleTop - MARGIN, width, height },
    title: { text: drawing.title, x: minX + MARGIN, y: titleTop + TITLE_SIZE, size: TITLE_SIZE },
    lines: edgeLines(drawing.edges, byId),
    nodes: placed.map((node) => ({
      id: node.id,
      label: node.label,
      x: node.px,
      y: node.py,
      radius: node.radius,
      color: safeColor(node.color),
    })),
    labels: labels.map(({ text, x, y, id }) => ({ text, x, y, id })),
    legend: drawing.legend.map((entry, index) => {
      const x = minX + MARGIN;
      const y = legendTop + index * LEGEND_ROW;
      return {
        text: shorten(entry.label),
        color: safeColor(entry.color),
        dotX: x + radius,
        dotY: y + radius,
        radius,
        x: x + LEGEND_ROW,
        y: y + FONT_SIZE - 2,
      };
    }),
    fontSize: FONT_SIZE,
    halo: HALO,
  };
}

export interface SvgOptions {
  /**
   * Each partner's dot and name carry `data-partner` with its ID, and the ties are one group
   * (`data-ties`), so that a script of the page that shows the map can find them (the share file).
   */
  tagged?: boolean;
}

/** The scene as SVG text: plain shapes, every name escaped, numbers to two decimals. */
export function sceneToSvg(scene: MapScene, { tagged = false }: SvgOptions = {}): string {
  const { frame, title } = scene;
  const viewBox = [frame.left, frame.top, frame.width, frame.height].map(round).join(' ');
  const tag = (id: string) => (tagged ? ` data-partner="${escapeXml(id)}"` : '');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" font-family="sans-serif" font-size="${scene.fontSize}">`,
    ...(title.text === '' ? [] : [`<title>${escapeXml(title.text)}</title>`]),
    `<rect x="${round(frame.left)}" y="${round(frame.top)}" width="${round(frame.width)}" height="${round(frame.height)}" fill="#ffffff"/>`,
    ...(title.text === ''
      ? []
      : [
          `<text x="${round(title.x)}" y="${round(title.y)}" font-size="${title.size}" font-weight="bold">${escapeXml(title.text)}</text>`,
        ]),
    `<g stroke-linecap="round"${tagged ? ' data-ties=""' : ''}>`,
    ...scene.lines.map(linePath),
    '</g>',
    ...scene.nodes.map((node) => nodeElement(node, tag(node.id))),
    ...scene.labels.map((label) => labelElement(label, scene.halo, tag(label.id))),
    ...scene.legend.map(legendElement),
    '</svg>',
  ].join('\n');
}

interface PlacedNode extends MapNode {
  px: number;
  py: number;
  radius: number;
  /** The label drawn beside it; empty when only its tooltip names it. */
  shown: string;
}

/**
 * Scales the layout to DRAWING_WIDTH, keeping its aspect ratio, and turns y downwards for SVG;
 * the `labelled` largest nodes (all when absent; the earlier of equal ones) keep a visible label.
 */
function placeNodes(nodes: MapNode[], labelled?: number): PlacedNode[] {
  const drawn = nodes.filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
  const [left, right] = range(drawn.map((n) => n.x));
  const [bottom, top] = range(drawn.map((n) => n.y));
  const extent = Math.max(right - left, top - bottom);
  const scale = extent > 0 ? DRAWING_WIDTH / extent : 1;
  const withLabel =
    labelled === undefined || labelled >= drawn.length
      ? null
      : new Set(
          drawn
            .map((n, index) => ({ index, size: Number.isFinite(n.size) ? n.size : 0 }))
            .sort((a, b) => b.size - a.size || a.index - b.index)
            .slice(0, Math.max(0, labelled))
            .map(({ index }) => index),
        );
  return drawn.map((n, index) => ({
    ...n,
    px: (n.x - left) * scale,
    py: (top - n.y) * scale,
    radius: Number.isFinite(n.size) && n.size > 0 ? n.size : 1,
    shown: withLabel === null || withLabel.has(index) ? shorten(n.label) : '',
  }));
}

/** The box around every dot and every name placed. */
function boundingBox(
  nodes: PlacedNode[],
  labels: Box[],
): {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
} {
  const [minX] = range([...nodes.map((n) => n.px - n.radius), ...labels.map((b) => b.left)]);
  const [minY] = range([...nodes.map((n) => n.py - n.radius), ...labels.map((b) => b.top)]);
  const [, maxX] = range([...nodes.map((n) => n.px + n.radius), ...labels.map((b) => b.right)]);
  const [, maxY] = range([...nodes.map((n) => n.py + n.radius), ...labels.map((b) => b.bottom)]);
  return { minX, minY, maxX, maxY };
}

/** Smallest and largest value, [0, 0] for none; a loop, as spreading a large map would overflow the stack. */
function range(values: number[]): [number, number] {
  if (values.length === 0) return [0, 0];
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return [low, high];
}

/** The ties grouped by line style (width, dashed or not), in the order the styles first occur. */
function edgeLines(edges: readonly MapEdge[], byId: Map<string, PlacedNode>): SceneLine[] {
  const lines = new Map<string, SceneLine>();
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    const width = round(Number.isFinite(edge.size) && edge.size > 0 ? edge.size : 1);
    const dash = edge.dashed ? [round(width * 3), round(width * 2)] : [];
    const style = `${width} ${dash.join(' ')}`;
    let line = lines.get(style);
    if (line === undefined) {
      line = { width, dash, color: EDGE_COLOR, segments: [] };
      lines.set(style, line);
    }
    line.segments.push(source.px, source.py, target.px, target.py);
  }
  return [...lines.values()];
}

/**
 * One path per line style, a segment per tie: a browser draws a picture of 40,000 ties in half the
 * time it takes for 40,000 line elements, and the file is half the size.
 */
function linePath({ width, dash, color, segments }: SceneLine): string {
  const dashes = dash.length > 0 ? ` stroke-dasharray="${dash.join(' ')}"` : '';
  const path: string[] = [];
  for (let i = 0; i < segments.length; i += 4) {
    path.push(
      `M${round(segments[i]!)} ${round(segments[i + 1]!)}L${round(segments[i + 2]!)} ${round(segments[i + 3]!)}`,
    );
  }
  return `<path d="${path.join('')}" fill="none" stroke="${color}" stroke-width="${width}"${dashes}/>`;
}

/** A partner with its full name as tooltip. */
function nodeElement(node: SceneNode, attributes: string): string {
  return [
    `<g${attributes}>`,
    `<title>${escapeXml(node.label)}</title>`,
    `<circle cx="${round(node.x)}" cy="${round(node.y)}" r="${round(node.radius)}" fill="${node.color}" stroke="#ffffff"/>`,
    '</g>',
  ].join('');
}

/** A white halo behind each label keeps it readable where it crosses edges. */
function labelElement(label: SceneText, halo: number, attributes: string): string {
  return `<text${attributes} x="${round(label.x)}" y="${round(label.y)}" stroke="#ffffff" stroke-width="${halo}" paint-order="stroke">${escapeXml(label.text)}</text>`;
}

function legendElement(row: SceneLegendRow): string {
  return (
    `<g><circle cx="${round(row.dotX)}" cy="${round(row.dotY)}" r="${row.radius}" fill="${row.color}"/>` +
    `<text x="${round(row.x)}" y="${round(row.y)}">${escapeXml(row.text)}</text></g>`
  );
}

/**
 * Only hex colours pass: a colour is written into an attribute, and anything else (`url(…)`,
 * names with quotes) could fetch a resource or break out of it.
 */
function safeColor(color: string): string {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color) ? color : FALLBACK_COLOR;
}

/** Cuts by code points, so an emoji is never split into a lone surrogate. */
function shorten(label: string): string {
  const characters = Array.from(label);
  return characters.length > MAX_LABEL_LENGTH
    ? characters.slice(0, MAX_LABEL_LENGTH - 1).join('') + '…'
    : label;
}

function textWidth(text: string): number {
  return Array.from(text).length * FONT_SIZE * GLYPH_WIDTH;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
