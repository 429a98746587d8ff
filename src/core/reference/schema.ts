import * as v from 'valibot';

/**
 * The shape of a reference figures file. Messages are problem codes, never sentences, so the app
 * can word them in German or English.
 */
const text = v.pipe(v.string('invalid-field'), v.trim(), v.minLength(1, 'empty-field'));

const label = v.object({ de: text, en: text }, 'invalid-field');

const figure = v.object(
  {
    type: text,
    group: label,
    percent: v.pipe(
      v.number('invalid-field'),
      v.minValue(0, 'percent-out-of-range'),
      v.maxValue(100, 'percent-out-of-range'),
    ),
    // The NZFH exists since 2007, the networks' legal basis since the Bundeskinderschutzgesetz
    // (2012): a year far outside is a typing error, not a survey.
    year: v.pipe(
      v.number('invalid-field'),
      v.integer('year-out-of-range'),
      v.minValue(2000, 'year-out-of-range'),
      v.maxValue(2100, 'year-out-of-range'),
    ),
    wording: label,
    source: v.object(
      {
        name: text,
        title: text,
        // Shown as a link: only a web address, never `javascript:` or a local file.
        url: v.optional(
          v.pipe(
            v.string('invalid-field'),
            v.trim(),
            v.check((url) => url === '' || /^https?:\/\/\S+$/iu.test(url), 'invalid-url'),
          ),
          '',
        ),
      },
      'invalid-field',
    ),
  },
  'invalid-field',
);

export const referenceSchema = v.object(
  {
    id: text,
    version: text,
    title: label,
    measure: label,
    unit: label,
    population: label,
    figures: v.pipe(v.array(figure, 'invalid-field'), v.minLength(1, 'no-figures')),
  },
  'invalid-field',
);
