/**
 * Characters no file name may hold on Windows, macOS or Linux (path separators and the reserved
 * `< > : " | ? *`), and what would hide in one: control and format characters (a right-to-left
 * override can make "…gpj.exe" read as "…exe.jpg"), lone surrogates, line and paragraph separators.
 */
const UNSAFE = /[<>:"/\\|?*\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]+/gu;
/** Characters of the network's name kept; the date and the table's name come after. */
const NAME_LENGTH = 80;
const FALLBACK = 'Netzwerk';

/**
 * The start of every export's file name: the network's name and the day, e.g. "Beispielkreis
 * 2026-12-07". Never the name of a file the network was imported from ("Partner.xlsx" gives
 * "Partner 2026-12-07.xlsx"), so that saving an export does not overwrite the source.
 */
export function exportFileBase(networkName: string, today: Date): string {
  const cleaned = networkName.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ');
  // Cut by code points, not UTF-16 units, so that no character is cut in half; no dot or space
  // at either end (Windows drops a trailing one, a leading dot hides a file on Unix).
  const name = [...cleaned]
    .slice(0, NAME_LENGTH)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return `${name || FALLBACK} ${isoDay(today)}`;
}

/** The local calendar day as YYYY-MM-DD: the day the user sees, not the UTC one. */
function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
