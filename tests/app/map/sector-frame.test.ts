import { describe, expect, it } from 'vitest';
import { largestRadius, NAME_GAP } from '../../../src/app/map/sector-frame';

/** A map 1,000 × 600 pixels with nothing over it, the circle in its middle. */
const band = { left: 0, top: 0, right: 1000, bottom: 600 };
const middle = { x: 500, y: 300 };

describe('the sector circle keeps its names clear of the controls and the edge', () => {
  it('stays within the band when no name is in the way', () => {
    expect(largestRadius(band, middle, [])).toBe(294);
  });

  it('leaves room to the right for a name that runs to the right', () => {
    const name = { dx: 1, dy: 0, width: 200, anchor: 'start' as const };
    expect(largestRadius(band, middle, [name])).toBe(1000 - 6 - 200 - 500 - NAME_GAP);
  });

  it('leaves room to the left for a name that ends at its point', () => {
    const name = { dx: -1, dy: 0, width: 250, anchor: 'end' as const };
    expect(largestRadius(band, middle, [name])).toBe(500 - 250 - 6 - NAME_GAP);
  });

  it('leaves half a line above a name at the top, below a search box ending at 100 pixels', () => {
    const name = { dx: 0, dy: -1, width: 120, anchor: 'start' as const };
    const belowSearch = { ...band, top: 100 };
    const centre = { x: 500, y: 350 };
    expect(largestRadius(belowSearch, centre, [name])).toBe(350 - 9 - 100 - 6 - NAME_GAP);
  });

  it('never draws the circle smaller than 60 pixels, however crowded the map', () => {
    const name = { dx: 1, dy: 0, width: 400, anchor: 'start' as const };
    expect(
      largestRadius({ left: 0, top: 0, right: 500, bottom: 300 }, { x: 250, y: 150 }, [name]),
    ).toBe(60);
  });
});
