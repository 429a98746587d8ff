/**
 * Places the names on a picture of the map so that no name covers another name or another
 * partner's dot, as the map on screen does: the largest partners choose first, each name tries
 * right of its dot, then left, above, below and the four corners, then the same places for its
 * name cut short; a name with no free place is left out (the partner keeps its dot, and its full
 * name in the SVG tooltip and in the report's tables). Text widths are estimates (`width`), boxes
 * a line high.
 */
export interface LabelCandidate {
  text: string;
  /** Centre and radius of the partner's dot; larger dots are named first. */
  x: number;
  y: number;
  radius: number;
}

/** A placed name: left end of its baseline, and its box. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  box: Box;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelMetrics {
  fontSize: number;
  gap: number;
  width: (text: string) => number;
}

/** Characters a name keeps when it is cut short to find a place (then "…"). */
export const SHORT_LABEL_LENGTH = 18;

/**
 * The names that fit, in the order of `candidates` (the order they are written in), each at the
 * first of its places that covers no name placed before it and no dot: the candidates' own and
 * `dots`, the partners drawn without a name.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  { fontSize, gap, width }: LabelMetrics,
  dots: readonly Omit<LabelCandidate, 'text'>[] = [],
): (PlacedLabel | null)[] {
  const order = candidates
    .map((candidate, index) => ({ index, size: candidate.radius }))
    .sort((a, b) => b.size - a.size || a.index - b.index);
  const room = new LabelRoom(fontSize * 8);
  for (const dot of [...candidates, ...dots]) room.add(dotBox(dot, gap / 2));
  const placed: (PlacedLabel | null)[] = candidates.map(() => null);
  for (const { index } of order) {
    const { text, x, y, radius } = candidates[index]!;
    const characters = [...text];
    const texts =
      characters.length > SHORT_LABEL_LENGTH + 1
        ? [text, `${characters.slice(0, SHORT_LABEL_LENGTH).join('').trimEnd()}…`]
        : [text];
    placed[index] = texts.reduce<PlacedLabel | null>(
      (found, shown) => found ?? placeOne(shown, { x, y, radius }, room, { fontSize, gap, width }),
      null,
    );
  }
  return placed;
}

/** A dot's square, `margin` wider on each side. */
function dotBox({ x, y, radius }: Omit<LabelCandidate, 'text'>, margin: number): Box {
  const r = radius + margin;
  return { left: x - r, top: y - r, right: x + r, bottom: y + r };
}

/** The first free place around the dot for `text`, taken in `room`; null where none is free. */
function placeOne(
  text: string,
  { x, y, radius }: Omit<LabelCandidate, 'text'>,
  room: LabelRoom,
  { fontSize, gap, width }: LabelMetrics,
): PlacedLabel | null {
  const w = width(text);
  // Baseline a third of the font below the middle of the box, as the text is drawn.
  const middle = fontSize / 3;
  const above = y - radius - gap - fontSize / 2 + middle;
  const below = y + radius + gap + fontSize / 2 + middle;
  // The corners: off the dot's square, where a name beside a neighbour's still fits.
  const slant = radius + gap;
  const places: [number, number][] = [
    [x + radius + gap, y + middle],
    [x - radius - gap - w, y + middle],
    [x - w / 2, above],
    [x - w / 2, below],
    [x + slant, y - slant - fontSize / 2 + middle],
    [x + slant, y + slant + fontSize / 2 + middle],
    [x - slant - w, y - slant - fontSize / 2 + middle],
    [x - slant - w, y + slant + fontSize / 2 + middle],
  ];
  for (const [left, baseline] of places) {
    const box = {
      left,
      top: baseline - middle - fontSize / 2,
      right: left + w,
      bottom: baseline - middle + fontSize / 2,
    };
    if (room.take(box)) return { text, x: left, y: baseline, box };
  }
  return null;
}

/**
 * The names placed so far on a picture, in a grid of square cells, so that a new name is checked
 * against its neighbours only (the live map's label placer uses it too, see app/map/labels.ts).
 */
export class LabelRoom {
  private readonly cells = new Map<string, Box[]>();

  /** `cell`: side of a grid cell, in the picture's units; a few names' height is about right. */
  constructor(private readonly cell: number) {}

  /** Keeps the box and says true when it covers no box kept before; else false. */
  take(box: Box): boolean {
    if (this.overlaps(box)) return false;
    this.add(box);
    return true;
  }

  /** Keeps the box whatever it covers: a dot, which no name may cover afterwards. */
  add(box: Box): void {
    for (const key of this.keys(box)) {
      const boxes = this.cells.get(key);
      if (boxes === undefined) this.cells.set(key, [box]);
      else boxes.push(box);
    }
  }

  private overlaps(box: Box): boolean {
    for (const key of this.keys(box))
      for (const other of this.cells.get(key) ?? [])
        if (
          box.left < other.right &&
          other.left < box.right &&
          box.top < other.bottom &&
          other.top < box.bottom
        )
          return true;
    return false;
  }

  private keys(box: Box): string[] {
    const keys: string[] = [];
    const c = this.cell;
    for (let i = Math.floor(box.left / c); i <= Math.floor(box.right / c); i++)
      for (let j = Math.floor(box.top / c); j <= Math.floor(box.bottom / c); j++)
        keys.push(`${i} ${j}`);
    return keys;
  }
}
