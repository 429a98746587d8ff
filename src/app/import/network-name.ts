/** Endings of the tables the import reads; not part of the network's name. */
const TABLE_ENDING = /\.(csv|txt|tsv|xlsx)$/i;

/**
 * Words that name a kind of table, not a network: "partner.csv", "kooperationen.csv",
 * "Angebote 2025.xlsx" say what the file holds, so they are left out of a proposed name.
 */
const TABLE_WORDS = new Set([
  'partner',
  'partners',
  'partnerliste',
  'kooperation',
  'kooperationen',
  'kooperationsliste',
  'kooperationsmatrix',
  'matrix',
  'angebot',
  'angebote',
  'gremien',
  'gremium',
  'mitgliedschaften',
  'liste',
  'listen',
  'tabelle',
  'export',
  'vorlage',
  'cooperations',
  'offers',
  'memberships',
  'nodes',
  'edges',
  'links',
  'elements',
  'connections',
]);

/** What the chosen files offer for a name: their file names and the title rows found above headers. */
export interface NameSources {
  fileNames: readonly string[];
  /** The first text above a table's header, one per table that had one. */
  titles: readonly string[];
}

/**
 * A name for an imported network, proposed from its files (the coordinator may change it):
 *
 * 1. the title row of the lists ("Netzwerk Frühe Hilfen Bonn – Partner 2025"); where several
 *    tables carry titles, the words they share from the start ("Netzwerk Frühe Hilfen Bonn");
 * 2. else the words all file names share, without words naming a kind of table
 *    ("Bonn Partner 2025.csv" and "Bonn Kooperationen 2025.csv" → "Bonn 2025");
 * 3. else null: the caller names it after the day ("Netzwerk 07.12.2026"), since
 *    "partner, kooperationen, angebote, gremien" says nothing about the network.
 */
export function proposeNetworkName({ fileNames, titles }: NameSources): string | null {
  return fromTitles(titles) ?? fromFileNames(fileNames);
}

/** Longer text above a header is a note ("Bitte tragen Sie …"), not a title. */
const TITLE_LENGTH = 100;

function fromTitles(titles: readonly string[]): string | null {
  const cleaned = titles
    .map(tidy)
    .filter((title) => /\p{L}/u.test(title) && title.length <= TITLE_LENGTH);
  const first = cleaned[0];
  if (first === undefined) return null;
  const shared = sharedStart(cleaned.map(words));
  // A shared start of one word ("Netzwerk") names nothing; the first title does.
  return shared.length >= 2 ? trimSeparators(shared.join(' ')) : first;
}

function fromFileNames(fileNames: readonly string[]): string | null {
  const lists = fileNames.map((name) => words(name.replace(TABLE_ENDING, '').replace(/_/g, ' ')));
  const [first, ...others] = lists;
  if (first === undefined) return null;
  const shared = first.filter(
    (word) =>
      !TABLE_WORDS.has(word.toLowerCase()) &&
      others.every((list) => list.some((other) => other.toLowerCase() === word.toLowerCase())),
  );
  const name = trimSeparators(shared.join(' '));
  return /\p{L}/u.test(name) ? name : null;
}

/** The words from the start that every list has in the same place. */
function sharedStart(lists: readonly string[][]): string[] {
  const [first = [], ...others] = lists;
  let length = 0;
  while (
    length < first.length &&
    others.every((list) => list[length]?.toLowerCase() === first[length]?.toLowerCase())
  )
    length++;
  return first.slice(0, length);
}

function words(text: string): string[] {
  return tidy(text).split(' ').filter(Boolean);
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Netzwerk Bonn –" → "Netzwerk Bonn": a dash, colon or comma left at either end goes. */
function trimSeparators(text: string): string {
  return text.replace(/^[\s\-–—:,;|]+|[\s\-–—:,;|]+$/g, '');
}
