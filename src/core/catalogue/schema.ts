import * as v from 'valibot';

/**
 * The shape of a catalogue JSON file. Messages are problem codes, never sentences, so the app
 * and the CLI can word them in German or English.
 */
const text = v.pipe(v.string('invalid-field'), v.trim(), v.minLength(1, 'empty-field'));

const label = v.object({ de: text, en: text }, 'invalid-field');

const synonyms = v.optional(v.array(text, 'invalid-field'), []);

const type = v.object(
  {
    id: text,
    label,
    basis: v.picklist(['kkg-3-2', 'kkg-3-4', 'nzfh'], 'unknown-basis'),
    synonyms,
  },
  'invalid-field',
);

const sector = v.object(
  { id: text, label, synonyms, types: v.array(type, 'invalid-field') },
  'invalid-field',
);

export const catalogueSchema = v.object(
  {
    id: text,
    version: text,
    source: v.optional(v.string('invalid-field'), ''),
    sectors: v.array(sector, 'invalid-field'),
  },
  'invalid-field',
);
