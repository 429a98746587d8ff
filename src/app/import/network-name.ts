/** Endings of the tables the import reads; not part of the network's name. */
const TABLE_ENDING = /\.(csv|txt|tsv|xlsx)$/i;

/**
 * The name an imported network gets from its files: "Partner 2025, Kooperationen 2025" (not
 * "…csv, …csv", which its export files would also carry, as "….csv.gexf").
 */
export function networkNameFromFiles(names: readonly string[]): string {
  return names.map((name) => name.replace(TABLE_ENDING, '') || name).join(', ');
}
