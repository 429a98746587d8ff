import { describe, expect, it } from 'vitest';
import {
  cssTransform,
  pictureMove,
  type PictureMove,
  type ViewConversion,
} from '../../../src/app/map/glide';

interface View {
  x: number;
  y: number;
  ratio: number;
}

const WIDTH = 800;
const HEIGHT = 500;

/** A camera like sigma's: the graph's y points up, the camera's point is the viewport's middle. */
function toViewport(view: View, point: { x: number; y: number }) {
  const unit = Math.max(WIDTH, HEIGHT) / 2 / view.ratio;
  return { x: WIDTH / 2 + (point.x - view.x) * unit, y: HEIGHT / 2 - (point.y - view.y) * unit };
}

function toGraph(view: View, point: { x: number; y: number }) {
  const unit = Math.max(WIDTH, HEIGHT) / 2 / view.ratio;
  return { x: view.x + (point.x - WIDTH / 2) / unit, y: view.y - (point.y - HEIGHT / 2) / unit };
}

const conversion = (drawn: View, now: View): ViewConversion => ({
  fromDrawn: (point) => toGraph(drawn, point),
  toNow: (point) => toViewport(now, point),
  width: WIDTH,
  height: HEIGHT,
});

/** Where a move puts a point of the picture. */
function apply(move: PictureMove, point: { x: number; y: number }) {
  return { x: move.x + move.scaleX * point.x, y: move.y + move.scaleY * point.y };
}

const drawn: View = { x: 0.5, y: 0.5, ratio: 1 };
const partners = [
  { x: 0.1, y: 0.9 },
  { x: 0.5, y: 0.5 },
  { x: 0.72, y: 0.31 },
];

describe('pictureMove', () => {
  it('leaves the picture where it is while the view is the one drawn', () => {
    const still = pictureMove(conversion(drawn, drawn));
    expect(still).toEqual({ scaleX: 1, scaleY: 1, x: 0, y: 0 });
    expect(cssTransform(still!)).toBe('matrix(1, 0, 0, 1, 0, 0)');
  });

  it('puts every partner of the drawn picture where the moved and zoomed view shows it', () => {
    const views: View[] = [
      { x: 0.6, y: 0.45, ratio: 1 },
      { x: 0.5, y: 0.5, ratio: 0.4 },
      { x: 0.2, y: 0.8, ratio: 2.5 },
    ];
    for (const now of views) {
      const move = pictureMove(conversion(drawn, now));
      expect(move).not.toBeNull();
      for (const partner of partners) {
        const moved = apply(move!, toViewport(drawn, partner));
        const shown = toViewport(now, partner);
        expect(moved.x).toBeCloseTo(shown.x, 6);
        expect(moved.y).toBeCloseTo(shown.y, 6);
      }
    }
  });

  it('moves the picture with a drag: by the pointer’s way, nothing scaled', () => {
    // The drag's way in the viewport: 120 px right, 40 px down; the camera moves the other way.
    const unit = Math.max(WIDTH, HEIGHT) / 2;
    const now = { x: drawn.x - 120 / unit, y: drawn.y + 40 / unit, ratio: 1 };
    const move = pictureMove(conversion(drawn, now))!;
    expect([move.scaleX, move.scaleY]).toEqual([1, 1]);
    expect(move.x).toBeCloseTo(120, 9);
    expect(move.y).toBeCloseTo(40, 9);
  });

  it('gives nothing for a map without size or a view it cannot measure', () => {
    expect(pictureMove({ ...conversion(drawn, drawn), width: 0 })).toBeNull();
    const broken = { ...conversion(drawn, drawn), toNow: () => ({ x: NaN, y: 0 }) };
    expect(pictureMove(broken)).toBeNull();
  });
});
