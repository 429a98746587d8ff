import { escapeXml } from './xmlText';

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

export function mapToSvg(drawing: MapDrawing): string {
  const placed = placeNodes(drawing.nodes, drawing.labelled);
  const byId = new Map(placed.map((node) => [node.id, node]));
  const box = boundingBox(placed);
  const titleTop = box.minY - MARGIN - TITLE_SIZE;
  const legendTop = box.maxY + MARGIN;
  const [, legendWidth] = range(
    drawing.legend.map((e) => textWidth(shorten(e.label)) + LEGEND_ROW),
  );
  const minX = box.minX - MARGIN;
  const width = Math.max(box.maxX + MARGIN, minX + legendWidth + 2 * MARGIN) - minX;
  const height = legendTop + drawing.legend.length * LEGEND_ROW + MARGIN - (titleTop - MARGIN);
  const viewBox = [minX, titleTop - MARGIN, width, height].map(round).join(' ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" font-family="sans-serif" font-size="${FONT_SIZE}">`,
    `<title>${escapeXml(drawing.title)}</title>`,
    `<rect x="${round(minX)}" y="${round(titleTop - MARGIN)}" width="${round(width)}" height="${round(height)}" fill="#ffffff"/>`,
    `<text x="${round(minX + MARGIN)}" y="${round(titleTop + TITLE_SIZE)}" font-size="${TITLE_SIZE}" font-weight="bold">${escapeXml(drawing.title)}</text>`,
    '<g stroke-linecap="round">',
    ...edgePaths(drawing.edges, byId),
    '</g>',
    ...placed.map(nodeElement),
    // Labels after every partner, so that no later circle covers one.
    ...placed.flatMap(labelElement),
    ...drawing.legend.map((entry, index) =>
      legendElement(entry, minX + MARGIN, legendTop + index * LEGEND_ROW),
    ),
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

function boundingBox(nodes: PlacedNode[]): {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
} {
  const [minX] = range(nodes.map((n) => n.px - n.radius));
  const [minY] = range(nodes.map((n) => n.py - Math.max(n.radius, FONT_SIZE)));
  const [, maxX] = range(nodes.map((n) => n.px + n.radius + 4 + textWidth(n.shown)));
  const [, maxY] = range(nodes.map((n) => n.py + Math.max(n.radius, FONT_SIZE)));
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

/**
 * The ties as one path per line style (width, dashed or not), a segment per tie: a browser draws a
 * picture of 40,000 ties in half the time it takes for 40,000 line elements, and the file is half
 * the size.
 */
function edgePaths(edges: readonly MapEdge[], byId: Map<string, PlacedNode>): string[] {
  const segments = new Map<string, string[]>();
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    const width = round(Number.isFinite(edge.size) && edge.size > 0 ? edge.size : 1);
    const dash = edge.dashed ? ` stroke-dasharray="${round(width * 3)} ${round(width * 2)}"` : '';
    const style = `stroke="${EDGE_COLOR}" stroke-width="${width}"${dash}`;
    const segment = `M${round(source.px)} ${round(source.py)}L${round(target.px)} ${round(target.py)}`;
    const path = segments.get(style);
    if (path === undefined) segments.set(style, [segment]);
    else path.push(segment);
  }
  return [...segments].map(([style, path]) => `<path d="${path.join('')}" fill="none" ${style}/>`);
}

/** A partner with its full name as tooltip. */
function nodeElement(node: PlacedNode): string {
  return [
    '<g>',
    `<title>${escapeXml(node.label)}</title>`,
    `<circle cx="${round(node.px)}" cy="${round(node.py)}" r="${round(node.radius)}" fill="${safeColor(node.color)}" stroke="#ffffff"/>`,
    '</g>',
  ].join('');
}

/** A white halo behind each label keeps it readable where it crosses edges. */
function labelElement(node: PlacedNode): string[] {
  if (node.shown === '') return [];
  return [
    `<text x="${round(node.px + node.radius + 4)}" y="${round(node.py + FONT_SIZE / 3)}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(node.shown)}</text>`,
  ];
}

function legendElement(entry: LegendEntry, x: number, y: number): string {
  const r = FONT_SIZE / 2;
  return (
    `<g><circle cx="${round(x + r)}" cy="${round(y + r)}" r="${r}" fill="${safeColor(entry.color)}"/>` +
    `<text x="${round(x + LEGEND_ROW)}" y="${round(y + FONT_SIZE - 2)}">${escapeXml(shorten(entry.label))}</text></g>`
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
