import type { CameraState } from 'sigma/types';
import type Sigma from 'sigma';
import type { MapEdge, MapNode } from './map-graph';

/** Controls over the map along its top, its bottom and its right side. */
const TOP = ['.map-search', '.map-layout-switch', '.map-highlight'];
const BOTTOM = ['.map-export', '.map-layout'];
const RIGHT = ['.map-controls'];

/** Space kept between a sector's name and a control or the map's edge. */
const MARGIN = 6;
/** Half a line of a sector's name. */
const HALF_LINE = 9;
/** The circle's radius on screen never gets smaller than this. */
const SMALLEST_RADIUS = 60;

interface Band {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The part of the map no control covers: below the search box and the layout switch, above the
 * export buttons, left of the zoom buttons (pixels from the map's top left corner).
 */
export function freeBand(container: HTMLElement): Band {
  const frame = container.getBoundingClientRect();
  const map = container.closest('.map') ?? container;
  const boxes = (selectors: string[]) =>
    [...map.querySelectorAll(selectors.join(','))]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0);
  let top = 0;
  let bottom = frame.height;
  let right = frame.width;
  for (const box of boxes(TOP)) top = Math.max(top, box.bottom - frame.top);
  for (const box of boxes(BOTTOM)) bottom = Math.min(bottom, box.top - frame.top);
  for (const box of boxes(RIGHT)) right = Math.min(right, box.left - frame.left);
  return { left: 0, top, right, bottom: Math.max(bottom, top) };
}

/** A sector's name as drawn at the rim: its direction from the middle, its width, its side. */
export interface RimName {
  /** Unit vector from the circle's middle towards the name (screen coordinates, y down). */
  dx: number;
  dy: number;
  width: number;
  /** The name runs to the right of its point (`start`) or ends there (`end`). */
  anchor: 'start' | 'end';
}

/** How far outside the circle a sector's name starts. */
export const NAME_GAP = 14;

/**
 * The largest radius at which the circle, centred at `centre`, keeps every sector's name inside
 * `band`.
 */
export function largestRadius(band: Band, centre: { x: number; y: number }, names: RimName[]) {
  let radius = Math.min(centre.y - band.top, band.bottom - centre.y) - MARGIN;
  const limit = (room: number, share: number) => {
    if (share > 1e-6) radius = Math.min(radius, room / share - NAME_GAP);
  };
  for (const { dx, dy, width, anchor } of names) {
    const reach = anchor === 'start' ? width : 0;
    const back = anchor === 'end' ? width : 0;
    limit(band.right - MARGIN - reach - centre.x, dx);
    limit(centre.x - back - band.left - MARGIN, -dx);
    limit(band.bottom - MARGIN - HALF_LINE - centre.y, dy);
    limit(centre.y - HALF_LINE - band.top - MARGIN, -dy);
  }
  return Math.max(SMALLEST_RADIUS, radius);
}

/** The names drawn by the sector overlay, read from its SVG (their places and widths). */
function rimNames(map: Element): RimName[] {
  return [...map.querySelectorAll<SVGTextElement>('.sector-overlay text')].map((text) => {
    // The angle of the name's slice; graph y points up, the screen's down.
    const angle = Number(text.dataset.angle);
    return {
      dx: Math.cos(angle),
      dy: -Math.sin(angle),
      width: text.getComputedTextLength(),
      anchor: text.getAttribute('text-anchor') === 'end' ? 'end' : 'start',
    };
  });
}

/**
 * The camera that shows the sector circle (of `radius` around the graph's origin) with its names
 * in the free band, so that no control covers a sector's name and none runs off the map. Worked
 * out from where the circle is now: the view is a scaling and a shift of the current one.
 */
export function sectorCamera(sigma: Sigma<MapNode, MapEdge>, radius: number): CameraState {
  const container = sigma.getContainer();
  const band = freeBand(container);
  const target = { x: (band.left + band.right) / 2, y: (band.top + band.bottom) / 2 };
  const wanted = largestRadius(band, target, rimNames(container.closest('.map') ?? container));
  const centre = sigma.graphToViewport({ x: 0, y: 0 });
  const rim = sigma.graphToViewport({ x: radius, y: 0 });
  const shown = Math.hypot(rim.x - centre.x, rim.y - centre.y);
  const { width, height } = sigma.getDimensions();
  // The point now shown where the view's middle will be, and how much further the view steps back.
  const scale = shown / wanted;
  const middle = sigma.viewportToFramedGraph({
    x: centre.x + (width / 2 - target.x) * scale,
    y: centre.y + (height / 2 - target.y) * scale,
  });
  const camera = sigma.getCamera().getState();
  return { x: middle.x, y: middle.y, ratio: camera.ratio * scale, angle: 0 };
}
