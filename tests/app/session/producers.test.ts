import { describe, expect, it } from 'vitest';
import { changeList } from '../../../src/app/history';
import { nameNetwork, openStoredProject } from '../../../src/app/store/stored-network';
import { applyImport, currentNetwork, emptyState } from '../../../src/app/store/state';
import { buildGraph } from '../../../src/core/model/graph';
import { createCooperation, createPartner } from '../../../src/core/model/types';
import { createProject, readProjectFile, writeProjectFile } from '../../../src/core/project';
import { importReservedIds } from '../../core/model/reserved-ids';
import { auenstadt2025, beispielkreis, imported } from './fixtures';

describe('opening a stored network into the app', () => {
  const before = applyImport(imported(beispielkreis), 'partner.csv')(emptyState);
  const project = {
    ...createProject('Auenstadt 2025', '2025-01-01T00:00:00.000Z', auenstadt2025),
    offers: [
      {
        partner: 'FZ',
        offer: 'Elterncafé',
        socialArea: 'Auenstadt-Nord',
        targetGroup: 'Eltern mit Kindern 0–3',
      },
    ],
    memberships: [{ partner: 'K1', committee: 'AK Frühe Hilfen' }],
    corrections: new Map([['K1', 'kita']]),
  };
  const opened = openStoredProject(project)(before);

  it('takes the project’s name, network, offers, memberships and corrections as a new network', () => {
    expect(opened).toMatchObject({
      name: 'Auenstadt 2025',
      isSample: false,
      offers: project.offers,
      memberships: project.memberships,
    });
    expect(currentNetwork(opened)).toBe(auenstadt2025);
    expect(opened.corrections).toEqual(new Map([['K1', 'kita']]));
    expect(opened.generation).toBe(before.generation + 1);
    expect(opened.revision).toBe(before.revision + 1);
  });

  it('starts the change list afresh: nothing of the other network can be undone into it', () => {
    expect(changeList(opened.history)).toEqual({
      labels: [{ code: 'opened', params: { name: 'Auenstadt 2025' } }],
      current: 0,
    });
  });

  it('a new name keeps the network and its history', () => {
    const named = nameNetwork('Netzwerk Frühe Hilfen Auenstadt')(opened);
    expect(named.name).toBe('Netzwerk Frühe Hilfen Auenstadt');
    expect(named.history).toBe(opened.history);
    expect(named.revision).toBe(opened.revision);
  });
});

describe('a project whose partners have IDs like "toString"', () => {
  it('is saved to a file and opened with every ID as written', async () => {
    const imported = await importReservedIds();
    const saved = {
      ...createProject('Auenstadt', '2025-01-01T00:00:00.000Z', imported.network),
      offers: imported.offers,
      memberships: imported.memberships,
      positions: new Map([
        ['__proto__', { x: 1, y: 2, pinned: true }],
        ['toString', { x: 3, y: 4, pinned: false }],
        ['P1', { x: 5, y: 6, pinned: false }],
      ]),
      corrections: new Map([['constructor', 'jugendamt']]),
    };
    const reading = readProjectFile(writeProjectFile(saved), { now: '2025-01-02T00:00:00.000Z' });
    if ('problems' in reading) throw new Error(JSON.stringify(reading.problems));
    const opened = openStoredProject(reading.project)(emptyState);
    const network = currentNetwork(opened);
    expect(network.partners.map((p) => p.id)).toEqual(imported.network.partners.map((p) => p.id));
    expect(network.cooperations.map((c) => [c.source, c.target])).toEqual(
      imported.network.cooperations.map((c) => [c.source, c.target]),
    );
    expect(opened.offers.map((o) => o.partner)).toEqual(['toString', '__proto__']);
    expect(opened.memberships.map((m) => m.partner)).toEqual(['constructor', 'valueOf']);
    expect(opened.positions).toEqual(saved.positions);
    expect(opened.corrections).toEqual(saved.corrections);
    expect(buildGraph(network).size).toBe(network.cooperations.length);
  });

  it('saved by an earlier version under "toString_" opens with those IDs kept', () => {
    const network = {
      partners: ['toString_', 'P1'].map((id) => createPartner({ id, name: `Partner ${id}` })),
      cooperations: [createCooperation({ source: 'toString_', target: 'P1' })],
    };
    const project = {
      ...createProject('Alt', '2024-01-01T00:00:00.000Z', network),
      positions: new Map([['toString_', { x: 1, y: 1, pinned: false }]]),
    };
    const opened = openStoredProject(project)(emptyState);
    expect(currentNetwork(opened).partners.map((p) => p.id)).toEqual(['toString_', 'P1']);
    expect([...opened.positions.keys()]).toEqual(['toString_']);
    expect(buildGraph(currentNetwork(opened)).size).toBe(1);
  });
});
