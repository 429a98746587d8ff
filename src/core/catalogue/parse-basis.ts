import { compactName, normaliseName } from './normalise';
import type { Basis } from './types';

/**
 * Reads a basis as people write it: "§ 3 Abs. 2 KKG", "KKG 3 (4)", "kkg-3-2", "NZFH".
 * Returns null for anything else.
 */
export function parseBasis(text: string): Basis | null {
  const key = compactName(normaliseName(text));
  if (key === 'nzfh') return 'nzfh';
  const paragraph = key.replace(/\D/gu, '');
  const namesLaw = key.includes('kkg') || /^\d+(abs)?\d+$/u.test(key);
  if (!namesLaw) return null;
  if (paragraph === '32') return 'kkg-3-2';
  if (paragraph === '34') return 'kkg-3-4';
  return null;
}
