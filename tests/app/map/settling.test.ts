import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { MapEdge, MapGraph, MapNode } from '../../../src/app/map/map-graph';
import { MIN_STEPS, snapshot, watchSettling } from '../../../src/app/map/settling';

function grid(): MapGraph {
  const graph: MapGraph = new Graph<MapNode, MapEdge>();
  for (let i = 0; i < 100; i++) {
    graph.addNode(`P${i}`, {
      label: `Partner ${i}`,
      x: (i % 10) * 10,
      y: Math.floor(i / 10) * 10,
      size: 4,
      color: '#000',
      sector: 'Beratung',
    });
  }
  return graph;
}

/** One step of the layout as ForceAtlas2's supervisor writes it: every place at once. */
function step(graph: MapGraph, by: number): void {
  graph.updateEachNodeAttributes(
    (_node, attributes) => ({ ...attributes, x: attributes.x + by, y: attributes.y - by }),
    { attributes: ['x', 'y'] },
  );
}

describe('watching the layout come to rest', () => {
  it('does not take a layout that sent no places since the last look as settled', () => {
    const graph = grid();
    const watch = watchSettling(graph);
    expect(watch.settled()).toBe(false);
    for (let i = 1; i < MIN_STEPS; i++) step(graph, 0);
    expect(watch.settled()).toBe(false);
    watch.stop();
  });

  it('calls it settled when enough steps moved the partners hardly at all', () => {
    const graph = grid();
    const watch = watchSettling(graph);
    for (let i = 0; i < MIN_STEPS; i++) step(graph, 0.001);
    expect(watch.settled()).toBe(true);
    watch.stop();
  });

  it('not while the partners still move, and judges each look by the steps since the last one', () => {
    const graph = grid();
    const watch = watchSettling(graph);
    for (let i = 0; i < MIN_STEPS; i++) step(graph, 2);
    expect(watch.settled()).toBe(false);
    // The big moves were counted in the last look: the next needs steps of its own.
    expect(watch.settled()).toBe(false);
    for (let i = 0; i < MIN_STEPS; i++) step(graph, 0.001);
    expect(watch.settled()).toBe(true);
    watch.stop();
  });

  it('stops counting once stopped', () => {
    const graph = grid();
    const watch = watchSettling(graph);
    watch.stop();
    for (let i = 0; i < MIN_STEPS; i++) step(graph, 0);
    expect(watch.settled()).toBe(false);
  });

  it('keeps each partner’s place and whether it is pinned', () => {
    const graph = grid();
    graph.setNodeAttribute('P3', 'fixed', true);
    const places = snapshot(graph);
    expect(places.get('P3')).toEqual({ x: 30, y: 0, pinned: true });
    expect(places.get('P4')).toEqual({ x: 40, y: 0, pinned: false });
  });
});
