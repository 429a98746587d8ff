import { describe, expect, it } from 'vitest';
import { NETWORK_JSON_SCHEMA_VERSION, networkToJson } from '../../../src/core/export/json';
import { sampleNetwork } from './sample-network';

describe('networkToJson', () => {
  it('names its format and schema version first', () => {
    const document = JSON.parse(networkToJson(sampleNetwork()));
    expect(Object.keys(document)).toEqual(['format', 'schemaVersion', 'partners', 'cooperations']);
    expect(document.schemaVersion).toBe(NETWORK_JSON_SCHEMA_VERSION);
  });

  it('holds the whole network, custom columns included', () => {
    const network = sampleNetwork();
    const document = JSON.parse(networkToJson(network));
    expect(document.partners).toEqual(
      network.partners.map((p) => ({ ...p, attributes: { ...p.attributes } })),
    );
    expect(document.cooperations).toEqual(
      network.cooperations.map((c) => ({ ...c, attributes: { ...c.attributes } })),
    );
  });

  it('gives the same text for the same network, whatever order its fields were set in', () => {
    const network = sampleNetwork();
    const shuffled = {
      cooperations: network.cooperations.map((c) =>
        Object.fromEntries(Object.entries(c).reverse()),
      ),
      partners: network.partners.map((p) => Object.fromEntries(Object.entries(p).reverse())),
    } as typeof network;
    expect(networkToJson(shuffled)).toBe(networkToJson(network));
    expect(networkToJson(network).endsWith('}\n')).toBe(true);
  });
});
