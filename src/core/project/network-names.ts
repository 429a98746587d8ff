/**
 * Names of the networks kept in this browser: two networks of one name could not be told apart in
 * the list, the report title or the comparison, so a name is kept once. Spacing and case do not
 * make another name ("Frühe Hilfen Bonn" and "frühe hilfen  Bonn" are the same).
 */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Whether `name` is taken by one of `taken` (the other networks' names). */
export function nameTaken(name: string, taken: readonly string[]): boolean {
  return taken.some((other) => sameName(name, other));
}

/**
 * `name` if no other network has it, else the first free "Name (2)", "Name (3)", …; a name that
 * already ends in a number in brackets counts on from it ("Name (2)" → "Name (3)").
 */
export function uniqueName(name: string, taken: readonly string[]): string {
  const trimmed = name.trim();
  if (!nameTaken(trimmed, taken)) return trimmed;
  const numbered = /^(.*\S)\s*\((\d+)\)$/u.exec(trimmed);
  const stem = numbered?.[1] ?? trimmed;
  let number = numbered ? Number(numbered[2]) + 1 : 2;
  while (nameTaken(`${stem} (${number})`, taken)) number++;
  return `${stem} (${number})`;
}

function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('de');
}

/** Why a name cannot be given: none at all, or another network has it (with a free one to take). */
export type NameProblem = { kind: 'empty' } | { kind: 'taken'; free: string };

/** What keeps `name` from being given to a network, among the `taken` names of the others. */
export function nameProblem(name: string, taken: readonly string[]): NameProblem | null {
  const trimmed = name.trim();
  if (trimmed === '') return { kind: 'empty' };
  return nameTaken(trimmed, taken) ? { kind: 'taken', free: uniqueName(trimmed, taken) } : null;
}
