import { describe, expect, it } from 'vitest';
import { dotAt, packDots } from '../../../src/app/map/picking';

const dot = (key: string, x: number, y: number, size: number, zIndex?: number) => ({
  key,
  x,
  y,
  size,
  zIndex,
});

describe('dotAt', () => {
  it('finds the dot a point lies in, up to its rim, and nothing on empty ground', () => {
    const dots = packDots([dot('A', 0, 0, 2), dot('B', 10, 0, 1)]);
    expect(dotAt(dots, { x: 1, y: 1 }, 1)).toBe('A');
    expect(dotAt(dots, { x: 2, y: 0 }, 1)).toBe('A');
    expect(dotAt(dots, { x: 10.5, y: 0.5 }, 1)).toBe('B');
    expect(dotAt(dots, { x: 5, y: 0 }, 1)).toBeNull();
    expect(dotAt(dots, { x: 2.01, y: 0 }, 1)).toBeNull();
    expect(dotAt(packDots([]), { x: 0, y: 0 }, 1)).toBeNull();
  });

  it('scales every radius by the view: a dot grows on the screen as the map is zoomed in', () => {
    const dots = packDots([dot('A', 0, 0, 2)]);
    expect(dotAt(dots, { x: 3, y: 0 }, 1)).toBeNull();
    expect(dotAt(dots, { x: 3, y: 0 }, 2)).toBe('A');
  });

  it('of overlapping dots takes the one drawn on top, then the nearest middle', () => {
    const dots = packDots([
      dot('under', 0, 0, 5, 0),
      dot('over', 3, 0, 5, 1),
      dot('near', 1, 0, 5, 0),
    ]);
    expect(dotAt(dots, { x: 1, y: 0 }, 1)).toBe('over');
    const flat = packDots([dot('far', 0, 0, 5), dot('near', 3, 0, 5)]);
    expect(dotAt(flat, { x: 2, y: 0 }, 1)).toBe('near');
    expect(dotAt(flat, { x: 1, y: 0 }, 1)).toBe('far');
  });

  it('puts a dot without a drawing order at the bottom, and still finds it', () => {
    expect(dotAt(packDots([dot('plain', 0, 0, 5)]), { x: 1, y: 1 }, 1)).toBe('plain');
    const over = packDots([dot('plain', 0, 0, 5), dot('over', 2, 0, 5, 1)]);
    expect(dotAt(over, { x: 1, y: 0 }, 1)).toBe('over');
    const under = packDots([dot('plain', 0, 0, 5), dot('under', 2, 0, 5, -1)]);
    expect(dotAt(under, { x: 1, y: 0 }, 1)).toBe('plain');
  });

  it('skips a dot whose size is not a number', () => {
    expect(dotAt(packDots([dot('broken', 0, 0, NaN)]), { x: 0, y: 0 }, 1)).toBeNull();
  });
});
