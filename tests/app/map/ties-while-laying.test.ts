import { describe, expect, it } from 'vitest';
import { TIES_DRAWN_WHILE_LAYING, tiesNow } from '../../../src/app/map/ties-while-laying';

const many = TIES_DRAWN_WHILE_LAYING + 1;

describe('the ties of a very large map', () => {
  it('are left out while they are added and while the force layout runs, and drawn once it rests', () => {
    expect(tiesNow({ ties: many, complete: false, laying: false, layout: 'force' })).toEqual({
      hidden: true,
      waitForLayout: false,
    });
    expect(tiesNow({ ties: many, complete: true, laying: true, layout: 'force' })).toEqual({
      hidden: true,
      waitForLayout: true,
    });
    expect(tiesNow({ ties: many, complete: true, laying: false, layout: 'force' })).toEqual({
      hidden: false,
      waitForLayout: false,
    });
  });

  it('are drawn in the sector layout, which runs no force layout', () => {
    expect(tiesNow({ ties: many, complete: true, laying: true, layout: 'sectors' }).hidden).toBe(
      false,
    );
  });

  it('are always drawn on a map of up to 50,000 ties (a district of 10,000 partners has 40,000)', () => {
    for (const complete of [false, true])
      for (const laying of [false, true])
        expect(
          tiesNow({ ties: TIES_DRAWN_WHILE_LAYING, complete, laying, layout: 'force' }),
        ).toEqual({ hidden: false, waitForLayout: false });
  });
});
