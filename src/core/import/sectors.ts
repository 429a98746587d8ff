import { findTermsIn, indexCatalogue, type CatalogueIndex } from '../catalogue/catalogue-index';
import { defaultCatalogue } from '../catalogue/default-catalogue';
import { closestTerm, matchSector } from '../catalogue/match-sector';
import { compactName, normaliseName } from '../catalogue/normalise';
import type { CatalogueSector } from '../catalogue/types';
import type { Partner } from '../model/types';
import type { ClassifiedTable } from './classify';
import { planColumns } from './columns';
import type { ImportRequest, Interpretation } from './types';

/**
 * A misspelt sector is read as the catalogue's without asking from this edit similarity on: one
 * slip in ten letters ("Gesundheitswessen", "Jugenhilfe"). Closer to matchSector's lower bound
 * ("Bindung" beside "Bildung") it is only suggested.
 */
export const SURE_SECTOR_SIMILARITY = 0.9;

/**
 * How a sector as written is read against the catalogue:
 * - `label`: exactly a catalogue sector's German label (no more than space around it);
 * - `synonym`: the label in other case or spacing, the English label, or a synonym of the catalogue;
 * - `near-miss`: a typo of one of them; read as that sector when sure, else only suggested;
 * - `ambiguous`: the text names several catalogue sectors ("Gesundheit / Jugendhilfe");
 * - `unknown`: no catalogue sector in sight.
 * A text that only contains a sector's name ("Bereich Frühförderung") is a suggestion, a near miss
 * not read as it: a longer text may say something the catalogue's sector does not.
 */
export interface SectorReading {
  reason: 'label' | 'synonym' | 'near-miss' | 'ambiguous' | 'unknown';
  /** The catalogue sector it is read as; null when it stays a sector of its own. */
  sectorId: string | null;
  /** Catalogue sectors it may mean, most likely first, when it is not read as one. */
  suggested: string[];
}

export function readSectorText(written: string, index: CatalogueIndex): SectorReading {
  const match = matchSector(written, index);
  const text = written.trim();
  switch (match.reason) {
    case 'sector-label':
    case 'sector-synonym': {
      const exact = index.sectorById.get(match.sectorId ?? '')?.label.de === text;
      return { reason: exact ? 'label' : 'synonym', sectorId: match.sectorId, suggested: [] };
    }
    case 'sector-fuzzy': {
      const closest = closestTerm(compactName(normaliseName(text)), index.sectorTermsByLength);
      return (closest?.similarity ?? 0) >= SURE_SECTOR_SIMILARITY
        ? { reason: 'near-miss', sectorId: match.sectorId, suggested: [] }
        : { reason: 'near-miss', sectorId: null, suggested: [match.sectorId ?? ''] };
    }
    case 'sector-contains': {
      const named = [
        ...new Set(
          findTermsIn(normaliseName(text), index.sectorTermsByLength).map((t) => t.ownerId),
        ),
      ];
      return named.length > 1
        ? { reason: 'ambiguous', sectorId: null, suggested: named }
        : { reason: 'near-miss', sectorId: null, suggested: named };
    }
    case 'none':
      return { reason: 'unknown', sectorId: null, suggested: [] };
  }
}

/**
 * Reads every partner's sector as the catalogue's: the partner's `sector` becomes the catalogue
 * sector's German label where the text is that label, its synonym or a sure typo of it, or where
 * the user chose that sector (`request.readings.sector`); other texts stay sectors of their own.
 * The catalogue is the request's (`request.sectors`), else the default one. Returns one
 * interpretation per written text that is not exactly a catalogue label, with the file and line
 * where it first occurs; the catalogue's sectors are the choices, suggested ones first.
 */
export function readPartnerSectors(
  partnerTables: readonly ClassifiedTable[],
  partners: readonly Partner[],
  request: Pick<ImportRequest, 'sectors' | 'readings'>,
): Interpretation[] {
  const counts = new Map<string, number>();
  for (const { sector } of partners)
    if (sector !== '') counts.set(sector, (counts.get(sector) ?? 0) + 1);
  if (counts.size === 0) return [];
  const index = request.sectors === undefined ? defaultIndex() : indexSectors(request.sectors);
  const labels = new Map([...index.sectorById].map(([id, sector]) => [id, sector.label.de]));
  const choices = [...labels.values()].map((label) => ({ value: label, label }));
  const chosen = request.readings?.sector;
  const firstSeen = whereFirstWritten(partnerTables, counts);
  const readAs = new Map<string, string>();
  const interpretations: Interpretation[] = [];
  for (const [written, count] of counts) {
    const reading = readSectorText(written, index);
    const choice = chosenSector(chosen, written, index);
    const sectorId = choice === undefined ? reading.sectorId : choice;
    const label = sectorId === null ? null : (labels.get(sectorId) ?? null);
    if (label !== null) readAs.set(written, label);
    if (reading.reason === 'label') continue;
    const suggested = choice === undefined && label === null ? reading.suggested : [];
    interpretations.push({
      field: 'sector',
      written,
      readAs: label,
      reason: choice === undefined ? reading.reason : 'chosen',
      choices:
        suggested.length === 0
          ? choices
          : [
              ...suggested.map((id) => ({
                value: labels.get(id) ?? '',
                label: labels.get(id) ?? '',
              })),
              ...choices.filter((c) => !suggested.some((id) => labels.get(id) === c.value)),
            ],
      ...(firstSeen.get(written) ?? { file: partnerTables[0]?.table.name ?? '', line: 0 }),
      count,
    });
  }
  for (const partner of partners) partner.sector = readAs.get(partner.sector) ?? partner.sector;
  return interpretations;
}

/**
 * The sector the user chose for a text: a catalogue sector's id (given as its German label or
 * id), null for "keep as written", undefined when there is no usable choice (a label of another
 * catalogue is ignored, so the importer's own reading stands).
 */
function chosenSector(
  chosen: Record<string, string> | undefined,
  written: string,
  index: CatalogueIndex,
): string | null | undefined {
  if (chosen === undefined || !Object.hasOwn(chosen, written)) return undefined;
  const value = chosen[written];
  if (value === '') return null;
  for (const [id, sector] of index.sectorById)
    if (value === sector.label.de || value === id) return id;
  return undefined;
}

/** File and line of each sector text's first row, reading the partner lists as the importer did. */
function whereFirstWritten(
  partnerTables: readonly ClassifiedTable[],
  texts: ReadonlyMap<string, unknown>,
): Map<string, { file: string; line: number }> {
  const found = new Map<string, { file: string; line: number }>();
  for (const { table, mapping } of partnerTables) {
    const column = planColumns('partners', table.header, mapping).fields.get('sector');
    if (column === undefined) continue;
    for (const row of table.rows) {
      const text = row.cells[column] ?? '';
      if (texts.has(text) && !found.has(text))
        found.set(text, { file: table.name, line: row.line });
      if (found.size === texts.size) return found;
    }
  }
  return found;
}

function indexSectors(sectors: readonly CatalogueSector[]): CatalogueIndex {
  return indexCatalogue({ id: '', version: '', source: '', sectors: [...sectors] });
}

let defaultSectors: CatalogueIndex | undefined;

/** The default catalogue's index, made once: it is parsed and checked on the way. */
function defaultIndex(): CatalogueIndex {
  defaultSectors ??= indexCatalogue(defaultCatalogue());
  return defaultSectors;
}
