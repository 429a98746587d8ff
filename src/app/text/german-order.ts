/**
 * Alphabetical order for a German reader (ä with a, ß with ss). One collator for the whole app:
 * `localeCompare(b, 'de-DE')` looks the locale up on every call, which is slow for long lists (the
 * filter choices of 10,000 partners took 0.2 s).
 */
const collator = new Intl.Collator('de-DE');

export const germanOrder: (a: string, b: string) => number = collator.compare;
