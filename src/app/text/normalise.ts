/** Folds text for searching: case- and accent-insensitive ("Frühförderung" finds "fruhforderung"). */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLocaleLowerCase('de-DE');
}
