import type { Coordinates } from 'sigma/types';

/** Where a point of the picture drawn at one camera state is shown at another. */
export interface ViewConversion {
  /** A viewport point of the drawn picture, in the graph. */
  fromDrawn: (point: Coordinates) => Coordinates;
  /** A graph point, in the viewport as the camera is now. */
  toNow: (point: Coordinates) => Coordinates;
  width: number;
  height: number;
}

/** A picture's move: scaled by `scaleX`, `scaleY` from its top left corner, which goes to (x, y). */
export interface PictureMove {
  scaleX: number;
  scaleY: number;
  x: number;
  y: number;
}

/**
 * The move that puts the picture drawn before where the camera now shows the same graph: a shift
 * and a zoom. Sigma's view is a similarity, so the two opposite corners decide it. Null when the
 * view is not (yet) measurable.
 */
export function pictureMove({
  fromDrawn,
  toNow,
  width,
  height,
}: ViewConversion): PictureMove | null {
  if (!(width > 0 && height > 0)) return null;
  const corner = toNow(fromDrawn({ x: 0, y: 0 }));
  const far = toNow(fromDrawn({ x: width, y: height }));
  const move = {
    scaleX: (far.x - corner.x) / width,
    scaleY: (far.y - corner.y) / height,
    x: corner.x,
    y: corner.y,
  };
  return Object.values(move).every(Number.isFinite) ? move : null;
}

/** The move as a CSS transform, for an element whose `transform-origin` is its top left corner. */
export const cssTransform = ({ scaleX, scaleY, x, y }: PictureMove): string =>
  `matrix(${scaleX}, 0, 0, ${scaleY}, ${x}, ${y})`;
