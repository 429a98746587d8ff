import { inflateRawSync } from 'node:zlib';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { graphKey } from '../../../src/core/model/keys';

/** The node IDs and tie ends a GEXF or GraphML file writes, as an XML reader sees them. */
export function writtenIds(xml: string): { nodes: string[]; ties: [string, string][] } {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const elements = (name: string) => [...document.getElementsByTagName(name)];
  return {
    nodes: elements('node').map((node) => node.getAttribute('id') ?? ''),
    ties: elements('edge').map((edge): [string, string] => [
      edge.getAttribute('source') ?? '',
      edge.getAttribute('target') ?? '',
    ]),
  };
}

/**
 * The file read back with graphology-gexf or graphology-graphml. graphology itself cannot hold a
 * node "__proto__" or "constructor" with ties (it keeps neighbours in plain objects), so every ID
 * the file writes is read under its `graphKey`, as the app keys its own graphs: look partners up
 * with `graphKey(id)`. The keys are put into the text itself (no reserved name holds a character
 * XML escapes), leaving everything else byte for byte as written.
 */
export function readBack(format: 'gexf' | 'graphml', xml: string): UndirectedGraph {
  const keyed = xml.replace(/<(node|edge)\s[^>]*>/g, (tag) =>
    tag.replace(/ (id|source|target)="([^"]*)"/g, (attribute, name: string, value: string) =>
      name === 'id' && tag.startsWith('<edge') ? attribute : ` ${name}="${graphKey(value)}"`,
    ),
  );
  return format === 'gexf'
    ? parseGexf(UndirectedGraph, keyed)
    : parseGraphml(UndirectedGraph, keyed);
}

/** One file of a ZIP archive (an XLSX workbook), found through the central directory. */
export function zipEntry(archive: Uint8Array, name: string): string {
  const bytes = Buffer.from(archive);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + compressed);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`${name} is not in the archive`);
}
