import { compactName, normaliseName } from './normalise';

/** The columns of a catalogue table and the header spellings accepted for each. */
export type CatalogueColumn =
  | 'sectorId'
  | 'sector'
  | 'sectorEn'
  | 'sectorSynonyms'
  | 'typeId'
  | 'type'
  | 'typeEn'
  | 'basis'
  | 'synonyms';

const HEADER_ALIASES: Readonly<Record<CatalogueColumn, readonly string[]>> = {
  sectorId: ['Sektor-ID', 'Sector ID'],
  sector: ['Sektor', 'Bereich', 'System'],
  sectorEn: ['Sector', 'Sektor (englisch)'],
  sectorSynonyms: ['Sektor-Synonyme', 'Sector synonyms'],
  typeId: ['Typ-ID', 'Type ID'],
  type: ['Typ', 'Einrichtungsart'],
  typeEn: ['Type', 'Typ (englisch)'],
  basis: ['Grundlage', 'Rechtsgrundlage', 'Basis'],
  synonyms: ['Synonyme', 'Schreibweisen', 'Synonyms'],
};

export const REQUIRED_COLUMNS: readonly CatalogueColumn[] = ['sector', 'type', 'basis'];

/** Column index of each known header; unknown headers are ignored. */
export function catalogueColumns(header: readonly string[]): Map<CatalogueColumn, number> {
  const byKey = new Map<string, CatalogueColumn>();
  for (const [column, aliases] of Object.entries(HEADER_ALIASES) as [
    CatalogueColumn,
    readonly string[],
  ][]) {
    for (const alias of aliases) byKey.set(compactName(normaliseName(alias)), column);
  }
  const columns = new Map<CatalogueColumn, number>();
  header.forEach((cell, index) => {
    const column = byKey.get(compactName(normaliseName(cell)));
    if (column !== undefined && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}
