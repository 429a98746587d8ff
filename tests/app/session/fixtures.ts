import { IDBFactory } from 'fake-indexeddb';
import type { ImportResult } from '../../../src/core/import';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { createNetworkStorage, type NetworkStorage } from '../../../src/app/persistence';
import { startSession, type Session, type SessionOptions } from '../../../src/app/session/session';
import { emptyState } from '../../../src/app/store/state';
import { useNetworkStore } from '../../../src/app/store/store';

export const SAMPLE_NAME = 'Beispielkreis (Beispieldaten)';

/** A network as an import of a partner list and a cooperation list gives it. */
export function imported(network: Network): ImportResult {
  return {
    network,
    offers: [],
    memberships: [],
    problems: [],
    interpretations: [],
    fatal: false,
    summary: {
      partners: network.partners.length,
      cooperations: network.cooperations.length,
      offers: 0,
      memberships: 0,
      problemsByCode: {},
      files: [],
    },
  };
}

export const beispielkreis: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt Beispielkreis', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({
      id: 'GK',
      name: 'St.-Marien-Krankenhaus – Geburtsklinik',
      sector: 'Gesundheitswesen',
    }),
  ],
  cooperations: [createCooperation({ source: 'JA', target: 'GK', intensity: 3, formal: true })],
};

export const auenstadt2025: Network = {
  partners: [
    createPartner({ id: 'K1', name: 'Kita Sonnenschein' }),
    createPartner({ id: 'FZ', name: 'Familienzentrum Auenstadt' }),
  ],
  cooperations: [createCooperation({ source: 'K1', target: 'FZ', intensity: 2 })],
};

/** One browser profile: its IndexedDB outlives a session, as it outlives a page reload. */
export interface Browser {
  indexedDB: IDBFactory;
  storage(): NetworkStorage;
}

export function freshBrowser(): Browser {
  const indexedDB = new IDBFactory();
  let minutes = 0;
  const now = () => new Date(Date.parse('2025-03-14T08:00:00.000Z') + 60_000 * minutes++);
  return { indexedDB, storage: () => createNetworkStorage({ indexedDB, channel: null, now }) };
}

const running: Session[] = [];

/** Starts the app's session on an empty app state, as a page load does. */
export function load(storage: NetworkStorage, options: Partial<SessionOptions> = {}): Session {
  useNetworkStore.setState(emptyState, true);
  const session = startSession({
    loadSample: async () => imported(beispielkreis),
    sampleName: SAMPLE_NAME,
    storage,
    persist: async () => 'granted',
    persisted: async () => null,
    autosaveDelayMs: 0,
    ...options,
  });
  running.push(session);
  return session;
}

export function stopAll(): void {
  for (const session of running.splice(0)) session.stop();
}
