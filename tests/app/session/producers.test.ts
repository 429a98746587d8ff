import { describe, expect, it } from 'vitest';
import { changeList } from '../../../src/app/history';
import { nameNetwork, openStoredProject } from '../../../src/app/store/session';
import { applyImport, currentNetwork, emptyState } from '../../../src/app/store/state';
import { createProject } from '../../../src/core/project';
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
      lastImport: null,
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
