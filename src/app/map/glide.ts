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

/**
 * The CSS transform (origin at the top left) that puts the picture drawn before where the camera
 * now shows the same graph: a move and a zoom. Sigma's view is a similarity, so the two opposite
 * corners decide it. Null when the view is not (yet) measurable.
 */
export function pictureMove({ fromDrawn, toNow, width, height }: ViewConversion): string | null {
  if (!(width > 0 && height > 0)) return null;
  const corner = toNow(fromDrawn({ x: 0, y: 0 }));
  const far = toNow(fromDrawn({ x: width, y: height }));
  const scaleX = (far.x - corner.x) / width;
  const scaleY = (far.y - corner.y) / height;
  const figures = [scaleX, scaleY, corner.x, corner.y];
  if (!figures.every(Number.isFinite)) return null;
  return `matrix(${scaleX}, 0, 0, ${scaleY}, ${corner.x}, ${corner.y})`;
}
