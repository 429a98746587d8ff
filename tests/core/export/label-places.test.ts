import { describe, expect, it } from 'vitest';
import {
  LabelRoom,
  placeLabels,
  type Box,
  type LabelCandidate,
} from '../../../src/core/export/label-places';
import { mapScene } from '../../../src/core/export/svg';

const metrics = { fontSize: 12, gap: 4, width: (text: string) => text.length * 7.2 };

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function expectApart(boxes: Box[]): void {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlap(boxes[i]!, boxes[j]!), `labels ${i} and ${j}`).toBe(false);
}

describe('placing the names on a picture of the map', () => {
  it('puts a name right of its dot when the place is free', () => {
    const [label] = placeLabels([{ text: 'Jugendamt', x: 100, y: 50, radius: 6 }], metrics);
    expect(label).toMatchObject({ text: 'Jugendamt', x: 110, y: 54 });
  });

  it('moves the smaller partner’s name when two would cover each other; the larger keeps its place', () => {
    const labels = placeLabels(
      [
        { text: 'Schwangerschaftsberatung donum vitae', x: 100, y: 100, radius: 3 },
        {
          text: 'Schwangerschaftsberatungsstelle der Diakonie',
          x: 110,
          y: 102,
          radius: 5,
        },
      ],
      metrics,
    );
    expect(labels[1]).toMatchObject({ x: 119 });
    expect(labels[0]).not.toBeNull();
    expect(labels[0]!.x).not.toBe(107);
    expectApart(labels.map((label) => label!.box));
  });

  it('leaves a name out when none of its places is free, and keeps the others in their order', () => {
    const crowd: LabelCandidate[] = Array.from({ length: 30 }, (_, i) => ({
      text: `Familienzentrum ${i}`,
      x: 200 + (i % 3),
      y: 200 + (i % 5),
      radius: 2 + (i % 4),
    }));
    const labels = placeLabels(crowd, metrics);
    const shown = labels.filter((label) => label !== null);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(crowd.length);
    expectApart(shown.map((label) => label.box));
    const order = shown.map((label) => Number(label.text.split(' ')[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('gives the map picture names that cover no other name, all inside its frame', () => {
    const nodes = Array.from({ length: 400 }, (_, i) => ({
      id: `P${i}`,
      label: `Partner mit einem langen Namen ${i}`,
      x: Math.cos(i) * (i % 37),
      y: Math.sin(i) * (i % 23),
      size: 3 + (i % 7),
      color: '#0072b2',
    }));
    const scene = mapScene({ title: 'Kreis', nodes, edges: [], legend: [] });
    expect(scene.labels.length).toBeGreaterThan(10);
    expect(scene.labels.length).toBeLessThan(nodes.length);
    const boxes = scene.labels.map(({ text, x, y }) => ({
      left: x,
      right: x + text.length * scene.fontSize * 0.6,
      top: y - scene.fontSize * (1 / 3 + 1 / 2),
      bottom: y + scene.fontSize * (1 / 2 - 1 / 3),
    }));
    expectApart(boxes);
    const { left, top, width, height } = scene.frame;
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(left);
      expect(box.right).toBeLessThanOrEqual(left + width);
      expect(box.top).toBeGreaterThanOrEqual(top);
      expect(box.bottom).toBeLessThanOrEqual(top + height);
    }
  });
});

describe('names and dots', () => {
  const dotBox = ({ x, y, radius }: Omit<LabelCandidate, 'text'>): Box => ({
    left: x - radius,
    top: y - radius,
    right: x + radius,
    bottom: y + radius,
  });

  it('moves a name that would cover another partner’s dot, also one drawn without a name', () => {
    // Right of the Jugendamt lies the Kita's dot: the name goes left instead.
    const [named] = placeLabels(
      [
        { text: 'Jugendamt', x: 100, y: 50, radius: 6 },
        { text: 'Kita', x: 140, y: 50, radius: 3 },
      ],
      metrics,
    );
    expect(named!.box.right).toBeLessThanOrEqual(100 - 6);
    const [alone] = placeLabels([{ text: 'Jugendamt', x: 100, y: 50, radius: 6 }], metrics, [
      { x: 140, y: 50, radius: 3 },
    ]);
    expect(overlap(alone!.box, dotBox({ x: 140, y: 50, radius: 3 }))).toBe(false);
  });

  it('cuts a long name short where only a short one fits', () => {
    // Dots to the right and left, above, below and at the corners, at the reach of the full name.
    const long = 'Schwangerschaftsberatungsstelle der Diakonie';
    const neighbours = [
      { x: 300, y: 100, radius: 2 },
      { x: -100, y: 100, radius: 2 },
      { x: 240, y: 90, radius: 2 },
      { x: 240, y: 110, radius: 2 },
      { x: -100, y: 85, radius: 2 },
      { x: -100, y: 115, radius: 2 },
    ];
    const [label] = placeLabels([{ text: long, x: 100, y: 100, radius: 4 }], metrics, neighbours);
    expect(label).toMatchObject({ text: 'Schwangerschaftsbe…', x: 108 });
    for (const dot of neighbours) expect(overlap(label!.box, dotBox(dot))).toBe(false);
  });

  it('covers no dot and no other name on a crowded map', () => {
    const candidates: LabelCandidate[] = Array.from({ length: 120 }, (_, i) => ({
      text: `Einrichtung Nummer ${i}`,
      x: (i * 37) % 400,
      y: (i * 53) % 300,
      radius: 2 + (i % 6),
    }));
    const labels = placeLabels(candidates, metrics).filter((label) => label !== null);
    expect(labels.length).toBeGreaterThan(20);
    expectApart(labels.map((label) => label.box));
    for (const label of labels)
      for (const dot of candidates) expect(overlap(label.box, dotBox(dot))).toBe(false);
  });
});

describe('the room for names', () => {
  it('refuses a box that covers one kept before, also across the cells of its grid', () => {
    const room = new LabelRoom(10);
    expect(room.take({ left: 0, top: 0, right: 95, bottom: 8 })).toBe(true);
    expect(room.take({ left: 90, top: 5, right: 120, bottom: 15 })).toBe(false);
    expect(room.take({ left: 95, top: 0, right: 120, bottom: 8 })).toBe(true);
    expect(room.take({ left: -40, top: 8, right: 200, bottom: 20 })).toBe(true);
    expect(room.take({ left: 50, top: 19, right: 51, bottom: 30 })).toBe(false);
  });
});
