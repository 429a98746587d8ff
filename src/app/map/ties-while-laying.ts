/**
 * Above this many ties the map draws its partners only while its ties are being added and while
 * the force layout runs, and the ties once it rests or is stopped: each slice of ties added and
 * each step of the layout draws the whole map again, and without graphics hardware (a virtual
 * desktop, Chromium's software WebGL) the frames of 200,000 ties kept the drawing busy for 9 and
 * 17 seconds, in which the page showed nothing of a click.
 */
export const TIES_DRAWN_WHILE_LAYING = 50_000;

/** What the map does with its ties now. */
export interface TiesNow {
  /** The ties are left out of the picture. */
  hidden: boolean;
  /** The layout's status says that they come once it rests. */
  waitForLayout: boolean;
}

export function tiesNow(map: {
  ties: number;
  /** Every tie is in the map's graph (a large network's come in slices after its partners). */
  complete: boolean;
  /** The force layout runs. */
  laying: boolean;
  layout: 'force' | 'sectors';
}): TiesNow {
  const many = map.ties > TIES_DRAWN_WHILE_LAYING;
  const waitForLayout = many && map.complete && map.laying && map.layout === 'force';
  return { hidden: many && (!map.complete || waitForLayout), waitForLayout };
}
