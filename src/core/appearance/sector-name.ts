import type { Catalogue } from '../catalogue/types';

/**
 * A sector's name in the reader's language. Partners carry the catalogue's German label as their
 * sector (the import reads every spelling as it); in English that sector is shown under the
 * catalogue's English label — the same name the gaps and the report use. A sector outside the
 * catalogue is the user's own word and shown as written.
 */
export function sectorLabelIn(
  sector: string,
  language: string,
  catalogue: Pick<Catalogue, 'sectors'> | null | undefined,
): string {
  if (language !== 'en' || sector === '' || catalogue == null) return sector;
  const found = catalogue.sectors.find((s) => s.label.de === sector);
  return found?.label.en || sector;
}

/** Each sector of the partners by its name in the reader's language (for the report). */
export function sectorNamesIn(
  partners: readonly { sector: string }[],
  language: string,
  catalogue: Pick<Catalogue, 'sectors'> | null | undefined,
): Map<string, string> {
  return new Map(partners.map((p) => [p.sector, sectorLabelIn(p.sector, language, catalogue)]));
}
