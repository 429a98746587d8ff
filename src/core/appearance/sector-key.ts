const keys = new Map<string, string>();

/**
 * A sector as it is compared: trimmed and in lower case ("Gesundheitswesen " = "gesundheitswesen").
 * Remembered per spelling: a network has few sectors but thousands of partners, and lowering by
 * the German locale looks the locale up on every call.
 */
export function sectorKey(sector: string): string {
  let key = keys.get(sector);
  if (key === undefined) {
    key = sector.trim().toLocaleLowerCase('de-DE');
    keys.set(sector, key);
  }
  return key;
}
