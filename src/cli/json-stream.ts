import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Arrays and objects this close to the top are written member by member, deeper ones in one
 * `JSON.stringify`: a 100,000-partner report holds its partners in one array, and written as one
 * string it needed as much memory again as the report itself.
 */
const TAKEN_APART = 3;

/** Text is handed on in pieces of about this many characters, not member by member. */
const PIECE = 1 << 16;

/**
 * The pieces of `JSON.stringify(value, null, 2)`, in order: joined, they are exactly that text.
 * What is not taken apart is written by `JSON.stringify` itself, and what is follows its rules
 * (`toJSON`, members that are `undefined`, functions or symbols left out of objects and `null` in
 * arrays, `{}` and `[]` when empty), so the file does not depend on how it was written.
 */
export function* jsonPieces(value: unknown, indent = '', depth = 0): Generator<string> {
  const json = prepared(value);
  const inner = `${indent}  `;
  if (depth < TAKEN_APART && Array.isArray(json) && json.length > 0) {
    yield '[';
    for (let i = 0; i < json.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const member = prepared(json[i]);
      if (isLeftOut(member)) yield 'null';
      else yield* jsonPieces(member, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  if (depth < TAKEN_APART && isPlainObject(json)) {
    let first = true;
    for (const key of Object.keys(json)) {
      const member = prepared(json[key]);
      if (isLeftOut(member)) continue;
      yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* jsonPieces(member, inner, depth + 1);
    }
    yield first ? '{}' : `\n${indent}}`;
    return;
  }
  const text = JSON.stringify(json, null, 2);
  yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/** What `JSON.stringify` would write for this value: its `toJSON()` where it has one. */
function prepared(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'toJSON' in value) {
    const toJSON = (value as { toJSON: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as () => unknown).call(value);
  }
  return value;
}

function isLeftOut(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Writes `JSON.stringify(value, null, 2)` and a line end to a stream, waiting where it is full. */
export async function writeJson(value: unknown, out: Writable): Promise<void> {
  let piece = '';
  for (const text of jsonPieces(value)) {
    piece += text;
    if (piece.length >= PIECE) {
      if (!out.write(piece)) await once(out, 'drain');
      piece = '';
    }
  }
  if (!out.write(`${piece}\n`)) await once(out, 'drain');
}

/** Writes the JSON into a file, piece by piece. */
export async function writeJsonFile(value: unknown, path: string): Promise<void> {
  const file = createWriteStream(path, { encoding: 'utf8' });
  const closed = once(file, 'close');
  try {
    await writeJson(value, file);
  } finally {
    file.end();
  }
  await closed;
}
