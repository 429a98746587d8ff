import { readFileSync } from 'node:fs';
import {
  createCooperation,
  createPartner,
  type Intensity,
  type Network,
} from '../../../src/core/model/types';

/**
 * A tiny reader for the GML that igraph writes: `node [ id … ]` and `edge [ source … target … ]`
 * blocks of key–value lines. Enough for the reference networks, not a general GML parser.
 */
export function readGml(path: string, sectorKey: string, intensityKey: string): Network {
  const text = readFileSync(path, 'utf8');
  const blocks = [...text.matchAll(/\b(node|edge)\s*\[([^\]]*)\]/g)];
  const network: Network = { partners: [], cooperations: [] };
  for (const [, kind, body] of blocks) {
    const fields = new Map(
      [...body!.matchAll(/(\w+)\s+("[^"]*"|\S+)/g)].map(([, key, value]) => [
        key!,
        value!.replace(/^"|"$/g, ''),
      ]),
    );
    if (kind === 'node') {
      const id = fields.get('id')!;
      network.partners.push(
        createPartner({
          id,
          name: fields.get('vertexnames') ?? id,
          sector: fields.get(sectorKey) ?? '',
        }),
      );
    } else {
      const intensity = Number(fields.get(intensityKey) ?? 1) as Intensity;
      network.cooperations.push(
        createCooperation({
          source: fields.get('source')!,
          target: fields.get('target')!,
          intensity,
        }),
      );
    }
  }
  return network;
}
