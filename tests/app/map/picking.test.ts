import { describe, expect, it } from 'vitest';
import { discAt, type Disc } from '../../../src/app/map/picking';

const disc = (key: string, x: number, y: number, radius: number, zIndex = 0): Disc => ({
  key,
  x,
  y,
  radius,
  zIndex,
});

describe('discAt', () => {
  it('finds the dot a point lies in, up to its rim, and nothing on empty ground', () => {
    const dots = [disc('A', 0, 0, 2), disc('B', 10, 0, 1)];
    expect(discAt(dots, { x: 1, y: 1 })).toBe('A');
    expect(discAt(dots, { x: 2, y: 0 })).toBe('A');
    expect(discAt(dots, { x: 10.5, y: 0.5 })).toBe('B');
    expect(discAt(dots, { x: 5, y: 0 })).toBeNull();
    expect(discAt(dots, { x: 2.01, y: 0 })).toBeNull();
    expect(discAt([], { x: 0, y: 0 })).toBeNull();
  });

  it('of overlapping dots takes the one drawn on top, then the nearest middle', () => {
    const dots = [disc('under', 0, 0, 5, 0), disc('over', 3, 0, 5, 1), disc('near', 1, 0, 5, 0)];
    expect(discAt(dots, { x: 1, y: 0 })).toBe('over');
    const flat = [disc('far', 0, 0, 5), disc('near', 3, 0, 5)];
    expect(discAt(flat, { x: 2, y: 0 })).toBe('near');
    expect(discAt(flat, { x: 1, y: 0 })).toBe('far');
  });

  it('puts a dot without a drawing order at the bottom, and still finds it', () => {
    const unordered = { ...disc('plain', 0, 0, 5), zIndex: undefined as unknown as number };
    expect(discAt([unordered], { x: 1, y: 1 })).toBe('plain');
    expect(discAt([unordered, disc('over', 2, 0, 5, 1)], { x: 1, y: 0 })).toBe('over');
    expect(discAt([unordered, disc('under', 2, 0, 5, -1)], { x: 1, y: 0 })).toBe('plain');
  });

  it('skips a dot whose size is not a number', () => {
    expect(discAt([disc('broken', 0, 0, NaN)], { x: 0, y: 0 })).toBeNull();
  });
});
