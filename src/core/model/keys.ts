/**
 * Partner IDs stay as the user wrote them, everywhere in the model, the store and every output;
 * only graphology graphs get another key for a few of them. graphology keeps a node's neighbours in
 * plain objects, so a key such as "constructor", "toString" or "__proto__" collides with
 * Object.prototype (an edge that seems to exist, a prototype replaced). Such an ID is keyed in a
 * graph with `ESCAPE` in front, and so is an ID that itself begins with `ESCAPE`, so the mapping is
 * reversible for every string: a key begins with `ESCAPE` exactly when its ID was escaped. No
 * reserved name begins with a space, and an ID read from a file never does either (`cleanName`
 * trims it), so in practice only the reserved names are escaped.
 */
const ESCAPE = ' ';

export function isReservedKey(key: string): boolean {
  return key === '__proto__' || key in Object.prototype;
}

/** The key of a partner in a graphology graph (the network graph, the map, exports' graphs). */
export function graphKey(id: string): string {
  return isReservedKey(id) || id.startsWith(ESCAPE) ? ESCAPE + id : id;
}

/** The partner ID a graph key stands for: the inverse of `graphKey`. */
export function partnerIdOf(key: string): string {
  return key.startsWith(ESCAPE) ? key.slice(ESCAPE.length) : key;
}
