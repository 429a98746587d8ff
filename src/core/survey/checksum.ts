/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of the texts joined with a separator no cell holds: a
 * fingerprint that tells a form's identity sheet as written from one changed or garbled. Not a
 * protection against forgery (nothing in a workbook a partner holds could be), only a check.
 */
const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const SEPARATOR = '\u001f';

export function checksum(texts: readonly string[]): string {
  let hash = OFFSET;
  for (const byte of new TextEncoder().encode(texts.join(SEPARATOR))) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}
