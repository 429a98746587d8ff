import type { Problem } from '../model/problems';
import type { Membership, Offer } from '../model/types';
import { classifyTable, type ClassifiedTable } from './classify';
import { planColumns } from './columns';
import { readCooperationTable } from './cooperations';
import { readMatrix } from './matrix';
import { readMembershipTable } from './memberships';
import { readOfferTable } from './offers';
import { readPartnerTable } from './partners';
import { PartnerRegistry } from './registry';
import { readPartnerSectors } from './sectors';
import { InterpretationLog } from './interpretations';
import { readTables } from './tables';
import { TieSet } from './ties';
import type { FileSummary, ImportRequest, ImportResult, Interpretation, Table } from './types';

export type * from './types';
export { TABLE_FIELDS, REQUIRED_FIELDS } from './types';
export { decodeBytes, detectEncoding, type DecodedText } from './decode';
export { parseDelimited, type ParsedText, type ParseOptions } from './parse';
export { detectTableKind } from './detect-kind';
export { recognisedMapping } from './columns';
export { HEADER_ALIASES } from './aliases';
export { IMPORT_LIMITS } from './limits';
export { previewFile, type FilePreview } from './preview';
export { mergeNetworks, type MergeResult } from './merge';

/**
 * Reads the files a coordinator has (partner list, cooperation list or matrix, offers,
 * memberships; CSV, TXT or XLSX) into one network. Partner lists are read first, so that the other
 * tables can name partners by ID or name; without a partner list the partners come from the names
 * the other tables use. Every row left out is a problem with file, line and code.
 */
export async function importNetwork(request: ImportRequest): Promise<ImportResult> {
  const problems: Problem[] = [];
  const interpretations: Interpretation[] = [];
  const log = new InterpretationLog(request.readings);
  const tables: Table[] = [];
  const files: FileSummary[] = [];
  for (const file of request.files) {
    const read = await readTables(file, request, problems);
    if (read.length === 0)
      files.push({ name: file.name, kind: null, encoding: '', delimiter: '', rows: 0 });
    tables.push(...read);
  }
  const classified: ClassifiedTable[] = [];
  for (const table of tables) {
    const found = classifyTable(table, request, problems);
    if (found !== undefined) classified.push(found);
    const { name, encoding, delimiter, rows, title } = table;
    files.push({
      name,
      kind: found?.kind ?? null,
      encoding,
      delimiter,
      rows: rows.length,
      ...(title === undefined ? {} : { title }),
    });
  }
  const of = (kind: ClassifiedTable['kind']) => classified.filter((c) => c.kind === kind);

  const registry = new PartnerRegistry(of('partners').length === 0, log);
  for (const { table, mapping } of of('partners'))
    readPartnerTable(table, planColumns('partners', table.header, mapping), registry, problems);
  // One reading per distinct sector text: a list of half a million rows can have as many, too many
  // for the arguments of one call.
  for (const reading of readPartnerSectors(of('partners'), registry.partners, request))
    interpretations.push(reading);
  const ties = new TieSet();
  for (const { table, kind, mapping } of classified) {
    if (kind === 'cooperations')
      readCooperationTable(
        table,
        planColumns('cooperations', table.header, mapping),
        registry,
        ties,
        problems,
        log,
      );
    if (kind === 'matrix') readMatrix(table, registry, ties, problems);
  }
  const offers: Offer[] = of('offers').flatMap(({ table, mapping }) =>
    readOfferTable(table, planColumns('offers', table.header, mapping), registry, problems),
  );
  const memberships: Membership[] = of('memberships').flatMap(({ table, mapping }) =>
    readMembershipTable(
      table,
      planColumns('memberships', table.header, mapping),
      registry,
      problems,
    ),
  );

  const network = { partners: registry.partners, cooperations: ties.cooperations() };
  const problemsByCode: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const { code } of problems) problemsByCode[code] = (problemsByCode[code] ?? 0) + 1;
  return {
    network,
    offers,
    memberships,
    problems,
    interpretations: [...interpretations, ...log.list()],
    fatal: network.partners.length === 0,
    summary: {
      partners: network.partners.length,
      cooperations: network.cooperations.length,
      offers: offers.length,
      memberships: memberships.length,
      problemsByCode,
      files,
    },
  };
}
