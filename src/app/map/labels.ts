import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { LabelRoom, type Box } from '../../core/export/label-places';

/** Cells of the room for names, in screen pixels. */
const ROOM_CELL = 100;

type LabelData = Parameters<NodeLabelDrawingFunction>[1];
type LabelSettings = Parameters<NodeLabelDrawingFunction>[2];

export interface LabelPlacer {
  /** sigma's label drawing function (setting `defaultDrawNodeLabel`). */
  draw: NodeLabelDrawingFunction;
  /** The live map's label canvas: its names are collected during a frame and placed at its end. */
  attach: (context: CanvasRenderingContext2D | null) => void;
  /** Before each frame of the live map. */
  reset: () => void;
  /** After each frame of the live map: places the collected names, most important first. */
  flush: () => void;
}

/** Forced names (the partner in focus, its neighbours, key points) first, then bigger dots. */
function moreImportant(a: LabelData, b: LabelData): number {
  return Number(b.forceLabel === true) - Number(a.forceLabel === true) || b.size - a.size;
}

/** Draws the name unless it would cover one already placed. */
function place(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: LabelSettings,
  room: LabelRoom,
): void {
  if (!data.label) return;
  const fontSize = settings.labelSize;
  context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const box: Box = {
    left: x - 2,
    right: x + context.measureText(data.label).width + 2,
    top: data.y - fontSize * 0.75,
    bottom: data.y + fontSize * 0.55,
  };
  if (!room.take(box)) return;
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(data.label, x, data.y + fontSize / 3);
}

/**
 * Names that never pile up. sigma's label grid only limits how many names a cell of the screen gets,
 * and offers them cell by cell; the long names of this field ("Jugendamt Beispielkreis –
 * Netzwerkkoordination Frühe Hilfen") reach across cells and covered each other. On the live map the
 * names of a frame are collected and placed at its end, most important first; a name that would
 * cover one already placed is left out (it shows on hover, in the panel and in the table). Any other
 * canvas (the PNG export draws the map once on its own) gets its names placed as they come.
 */
export function createLabelPlacer(): LabelPlacer {
  let live: CanvasRenderingContext2D | null = null;
  let pending: { data: LabelData; settings: LabelSettings }[] = [];
  const placedElsewhere = new WeakMap<CanvasRenderingContext2D, LabelRoom>();
  return {
    attach: (context) => {
      live = context;
      pending = [];
    },
    reset: () => {
      pending = [];
    },
    flush: () => {
      if (!live) return;
      const room = new LabelRoom(ROOM_CELL);
      pending.sort((a, b) => moreImportant(a.data, b.data));
      for (const { data, settings } of pending) place(live, data, settings, room);
      pending = [];
    },
    draw: (context, data, settings) => {
      if (context === live) {
        pending.push({ data: { ...data }, settings });
        return;
      }
      let room = placedElsewhere.get(context);
      if (!room) placedElsewhere.set(context, (room = new LabelRoom(ROOM_CELL)));
      place(context, data, settings, room);
    },
  };
}
