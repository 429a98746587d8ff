import { withoutControlCharacters } from '../model/control-characters';

/** Characters Windows, macOS or a ZIP program refuse or misread in a file name. */
const UNSAFE = /[\\/:*?"<>|]/gu;

/** Names Windows keeps for devices, with or without an extension ("CON.xlsx" cannot be opened). */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/iu;

/** Characters of a name before its extension: paths stay well under Windows' 260. */
const MAX_LENGTH = 80;

/**
 * A file name made from a partner's name, safe on Windows, macOS and Linux and inside a ZIP:
 * unsafe characters become "_", spaces are collapsed, dots and spaces at the ends go (Windows drops
 * them), device names get a "_", and a name already `taken` (compared ignoring case, as Windows
 * does) gets " (2)", " (3)", …. The result is added to `taken`.
 */
export function safeFileName(name: string, extension: string, taken: Set<string>): string {
  let base = withoutControlCharacters(name)
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/\s+/gu, ' ')
    .trim();
  base = [...base].slice(0, MAX_LENGTH).join('');
  base = base.replace(/^[. ]+|[. ]+$/gu, '');
  if (base === '') base = 'Partner';
  if (RESERVED.test(base)) base = `${base}_`;
  let candidate = `${base}.${extension}`;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++)
    candidate = `${base} (${n}).${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
