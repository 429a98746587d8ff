/**
 * Password protection of what is kept in the browser: AES-GCM with a 256-bit key derived from the
 * password by PBKDF2-SHA-256 (OWASP Password Storage Cheat Sheet, 2023: at least 600,000
 * iterations), a fresh random 96-bit IV for every record (NIST SP 800-38D, § 8.2.2). Nothing of
 * the password is stored: only the salt, the iteration count and a known text sealed with the key,
 * which tells a wrong password from the right one. The key is made non-extractable and lives only
 * in memory.
 */

/** A record's content, sealed: readable only with the key, tied to the record it belongs to. */
export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

/** What is stored about the protection itself (the `meta` store, under `PROTECTION_ID`). */
export interface ProtectionRecord {
  id: typeof PROTECTION_ID;
  kdf: 'PBKDF2-SHA-256';
  salt: Uint8Array;
  iterations: number;
  /** `VERIFIER_TEXT` sealed with the key. */
  verifier: Sealed;
}

/** The key in memory, with the record it was derived for. */
export interface Lock {
  key: CryptoKey;
  record: ProtectionRecord;
}

export const PROTECTION_ID = 'protection';
export const PROTECTION_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const VERIFIER_TEXT = 'Netzwerkkarte: Kennwort richtig';
const VERIFIER_LABEL = 'meta:verifier';

/** Web Crypto, where the page has it (only in a secure context: https, localhost or a file). */
export function subtleCrypto(): SubtleCrypto | undefined {
  return globalThis.crypto?.subtle;
}

async function deriveKey(password: string, salt: Uint8Array, iterations: number) {
  const subtle = subtleCrypto();
  if (subtle === undefined) throw new Error('netzwerkkarte: Web Crypto is not available here');
  const material = await subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A new key for a password: a fresh salt, and the verifier sealed with it. */
export async function createLock(
  password: string,
  iterations = PROTECTION_ITERATIONS,
): Promise<Lock> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const key = await deriveKey(password, salt, iterations);
  const verifier = await sealWith(key, VERIFIER_TEXT, VERIFIER_LABEL);
  return { key, record: { id: PROTECTION_ID, kdf: 'PBKDF2-SHA-256', salt, iterations, verifier } };
}

/** The key for the stored protection, or null when the password is not the one it was made with. */
export async function openLock(password: string, record: ProtectionRecord): Promise<Lock | null> {
  const key = await deriveKey(password, record.salt, record.iterations);
  try {
    const text = await openWith(key, record.verifier, VERIFIER_LABEL);
    return text === VERIFIER_TEXT ? { key, record } : null;
  } catch {
    return null;
  }
}

/** The same protection (the same salt), so a key in memory still fits what is stored. */
export function sameProtection(lock: Lock | null, record: ProtectionRecord | undefined): boolean {
  if (lock === null || record === undefined) return lock === null && record === undefined;
  const a = lock.record.salt;
  const b = record.salt;
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * Seals a text; `label` names the record (store and key) and is authenticated with it, so a sealed
 * record copied under another key does not open.
 */
export function seal(lock: Lock, text: string, label: string): Promise<Sealed> {
  return sealWith(lock.key, text, label);
}

/** The text of a sealed record; throws when the key or the label does not fit. */
export function unseal(lock: Lock, sealed: Sealed, label: string): Promise<string> {
  return openWith(lock.key, sealed, label);
}

async function sealWith(key: CryptoKey, text: string, label: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(label) },
    key,
    new TextEncoder().encode(text),
  );
  return { iv, data };
}

async function openWith(key: CryptoKey, sealed: Sealed, label: string): Promise<string> {
  const plain = await crypto.subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: sealed.iv as BufferSource,
      additionalData: new TextEncoder().encode(label),
    },
    key,
    sealed.data,
  );
  return new TextDecoder().decode(plain);
}
