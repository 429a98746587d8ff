import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import {
  buildMapGraph,
  MAP_GRAPH_STEP,
  MAP_TIE_STEP,
  mapGraphSteps,
  mapPartnerSteps,
  mapTieSteps,
  updateMapGraph,
} from '../../../src/app/map/map-graph';
import { PLACEHOLDER_PREFIX } from '../../../src/app/map/placeholders';
import { snapshot } from '../../../src/app/map/settling';
import { generateNetwork } from '../../../src/core/generate/generate-network';
import { graphKey, partnerIdOf } from '../../../src/core/model/keys';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { importReservedIds } from '../../core/model/reserved-ids';

const network: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'GK', name: 'Geburtsklinik', sector: 'Gesundheitswesen' }),
    createPartner({ id: 'SB', name: 'Schwangerschaftsberatung', sector: 'Beratung' }),
  ],
  cooperations: [createCooperation({ source: 'JA', target: 'GK', intensity: 3 })],
};

describe('the map graph', () => {
  it('starts every partner at the same seeded place, so the same network gives the same picture', () => {
    const first = buildMapGraph(network);
    const second = buildMapGraph(network);
    first.forEachNode((node, { x, y }) => {
      expect(second.getNodeAttribute(node, 'x')).toBe(x);
      expect(second.getNodeAttribute(node, 'y')).toBe(y);
    });
  });

  it('puts partners back where they were kept, and pins the ones pinned by hand', () => {
    const graph = buildMapGraph(
      network,
      new Map([
        ['JA', { x: 12, y: -7, pinned: true }],
        ['GK', { x: 1, y: 2, pinned: false }],
      ]),
    );
    expect(graph.getNodeAttributes('JA')).toMatchObject({ x: 12, y: -7, fixed: true });
    expect(graph.getNodeAttributes('GK')).toMatchObject({ x: 1, y: 2 });
    expect(graph.getNodeAttribute('GK', 'fixed')).toBeUndefined();
    expect(graph.getNodeAttribute('SB', 'fixed')).toBeUndefined();
  });

  it('draws ties as wide as their intensity, 1.1 for intensity 1 to 2.9 for intensity 4', () => {
    const graph = buildMapGraph({
      ...network,
      cooperations: [
        createCooperation({ source: 'JA', target: 'GK', intensity: 4 }),
        createCooperation({ source: 'GK', target: 'SB', intensity: 1 }),
      ],
    });
    expect(graph.getEdgeAttribute('JA', 'GK', 'size')).toBeCloseTo(2.9, 12);
    expect(graph.getEdgeAttribute('GK', 'SB', 'size')).toBeCloseTo(1.1, 12);
  });

  it('spreads ties with their own weights (Gephi) over the same widths, not 12 times as wide', () => {
    const graph = buildMapGraph({
      ...network,
      cooperations: [
        createCooperation({ source: 'JA', target: 'GK', intensity: 4, weight: 12 }),
        createCooperation({ source: 'GK', target: 'SB', intensity: 1, weight: 0.5 }),
        createCooperation({ source: 'JA', target: 'SB', intensity: 4, weight: 6.25 }),
      ],
    });
    expect(graph.getEdgeAttribute('JA', 'GK', 'size')).toBeCloseTo(2.9, 12);
    expect(graph.getEdgeAttribute('GK', 'SB', 'size')).toBeCloseTo(1.1, 12);
    expect(graph.getEdgeAttribute('JA', 'SB', 'size')).toBeCloseTo(2.0, 12);
  });
});

describe('a partner pinned by hand', () => {
  it('stays where it was put while ForceAtlas2 moves the others', () => {
    const graph = buildMapGraph(network, new Map([['GK', { x: 30, y: 30, pinned: true }]]));
    const free = { ...graph.getNodeAttributes('JA') };
    forceAtlas2.assign(graph, { iterations: 50, settings: { gravity: 1 } });
    expect(graph.getNodeAttributes('GK')).toMatchObject({ x: 30, y: 30 });
    expect(graph.getNodeAttributes('JA')).not.toMatchObject({ x: free.x, y: free.y });
  });
});

describe('the map graph of a large network', () => {
  it('is built in steps that give the same graph as building it at once', () => {
    const large = generateNetwork({ partners: 3_000, seed: 4 });
    const steps = mapGraphSteps(large);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses += 1;
    const stepwise = next.value;
    const atOnce = buildMapGraph(large);
    expect(pauses).toBeGreaterThanOrEqual(
      Math.floor(large.partners.length / MAP_GRAPH_STEP) +
        Math.floor(large.cooperations.length / MAP_TIE_STEP),
    );
    expect(stepwise.order).toBe(atOnce.order);
    expect(stepwise.size).toBe(atOnce.size);
    atOnce.forEachNode((node, attributes) =>
      expect(stepwise.getNodeAttributes(node)).toEqual(attributes),
    );
  });

  it('can show its partners first and get its ties afterwards, in one update of the sizes', () => {
    const large = generateNetwork({ partners: 3_000, seed: 4 });
    const partnersOnly = mapPartnerSteps(large);
    let next = partnersOnly.next();
    while (!next.done) next = partnersOnly.next();
    const graph = next.value;
    expect(graph.order).toBe(large.partners.length);
    expect(graph.size).toBe(0);
    let sizeUpdates = 0;
    graph.on('eachNodeAttributesUpdated', () => (sizeUpdates += 1));
    graph.on('nodeAttributesUpdated', () => (sizeUpdates += 1));
    for (const step of mapTieSteps(graph, large)) void step;
    const atOnce = buildMapGraph(large);
    expect(graph.size).toBe(atOnce.size);
    expect(sizeUpdates).toBe(1);
    atOnce.forEachNode((node, attributes) =>
      expect(graph.getNodeAttributes(node)).toEqual(attributes),
    );
  });

  it('keys partners with IDs like "toString" so that each key maps back to the ID as written', async () => {
    const { network: reserved } = await importReservedIds();
    const graph = buildMapGraph(reserved, new Map([['constructor', { x: 5, y: 6, pinned: true }]]));
    expect(graph.nodes().map(partnerIdOf)).toEqual(reserved.partners.map((p) => p.id));
    expect(graph.size).toBe(reserved.cooperations.length);
    graph.forEachEdge((_edge, _attributes, source, target) =>
      expect(
        reserved.cooperations.some(
          (c) => c.source === partnerIdOf(source) && c.target === partnerIdOf(target),
        ),
      ).toBe(true),
    );
    expect(graph.getNodeAttributes(graphKey('constructor'))).toMatchObject({
      label: 'Jugendamt Auenstadt',
      x: 5,
      y: 6,
      fixed: true,
    });
    expect(graph.degree(graphKey('__proto__'))).toBe(3);
    const places = snapshot(graph);
    expect([...places.keys()]).toEqual(reserved.partners.map((p) => p.id));
    expect(places.get('constructor')).toEqual({ x: 5, y: 6, pinned: true });
  });
});

describe('the map graph after an edit', () => {
  const placed = () => {
    const graph = buildMapGraph(network);
    graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: node.length * 10, y: 5 }));
    return graph;
  };

  it('renames and recolours a partner in place: nothing added or removed, places kept', () => {
    const graph = placed();
    const before = snapshot(graph);
    const edited: Network = {
      ...network,
      partners: network.partners.map((p) =>
        p.id === 'SB' ? { ...p, name: 'Beratungsstelle', sector: 'Gesundheitswesen' } : p,
      ),
    };
    expect(updateMapGraph(graph, edited)).toEqual({ reshaped: false, changed: 1 });
    expect(graph.getNodeAttributes('SB')).toMatchObject({
      label: 'Beratungsstelle',
      sector: 'Gesundheitswesen',
      color: graph.getNodeAttribute('GK', 'color'),
    });
    expect(snapshot(graph)).toEqual(before);
    // Nothing changed: nothing to do.
    expect(updateMapGraph(graph, edited)).toEqual({ reshaped: false, changed: 0 });
  });

  it('adds a partner amid the partners it is tied to and a tie with its intensity; sizes follow', () => {
    const graph = placed();
    const edited: Network = {
      partners: [
        ...network.partners,
        createPartner({ id: 'HB', name: 'Familienhebamme', sector: 'Gesundheitswesen' }),
      ],
      cooperations: [
        ...network.cooperations,
        createCooperation({ source: 'HB', target: 'JA', intensity: 4 }),
        createCooperation({ source: 'HB', target: 'GK', intensity: 2 }),
      ],
    };
    expect(updateMapGraph(graph, edited)).toEqual({ reshaped: true, changed: 3 });
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.getEdgeAttribute('HB', 'JA', 'intensity')).toBe(4);
    const { x, y } = graph.getNodeAttributes('HB');
    // Between JA (x 20) and GK (x 20), y 5: the middle, moved by at most a hundredth of its seed.
    expect(Math.abs(x - 20)).toBeLessThan(1.01);
    expect(Math.abs(y - 5)).toBeLessThan(1.01);
    // HB, with two ties, is drawn larger than SB without any.
    expect(graph.getNodeAttribute('HB', 'size')).toBeGreaterThan(
      graph.getNodeAttribute('SB', 'size'),
    );
    // The same graph as built from the edited network at once, but for the places.
    const fresh = buildMapGraph(edited);
    expect(new Set(graph.nodes())).toEqual(new Set(fresh.nodes()));
    graph.forEachEdge((_edge, attributes, source, target) =>
      expect(fresh.getEdgeAttributes(source, target)).toEqual(attributes),
    );
    graph.forEachNode((node, { size, color, label }) =>
      expect(fresh.getNodeAttributes(node)).toMatchObject({ size, color, label }),
    );
  });

  it('drops a partner with its ties and a tie that was deleted, and leaves placeholders alone', () => {
    const graph = placed();
    graph.addNode(`${PLACEHOLDER_PREFIX}kinderarzt`, {
      label: 'fehlt',
      x: 0,
      y: 0,
      size: 8,
      color: '#000',
      sector: 'Gesundheitswesen',
      type: 'hollow',
    });
    const withTie: Network = {
      ...network,
      cooperations: [
        ...network.cooperations,
        createCooperation({ source: 'SB', target: 'GK', intensity: 2 }),
      ],
    };
    updateMapGraph(graph, withTie);
    expect(graph.size).toBe(2);
    const without: Network = {
      partners: network.partners.filter((p) => p.id !== 'GK'),
      cooperations: [],
    };
    expect(updateMapGraph(graph, without).reshaped).toBe(true);
    expect(graph.nodes().sort()).toEqual(['JA', 'SB', `${PLACEHOLDER_PREFIX}kinderarzt`].sort());
    expect(graph.size).toBe(0);
    expect(graph.getNodeAttribute(`${PLACEHOLDER_PREFIX}kinderarzt`, 'size')).toBe(8);
    // Keys of new ties do not collide with the keys of ties that remain.
    updateMapGraph(graph, {
      partners: network.partners,
      cooperations: [
        createCooperation({ source: 'JA', target: 'GK', intensity: 1 }),
        createCooperation({ source: 'SB', target: 'GK', intensity: 2 }),
        createCooperation({ source: 'SB', target: 'JA', intensity: 3 }),
      ],
    });
    expect(new Set(graph.edges()).size).toBe(3);
  });
});
