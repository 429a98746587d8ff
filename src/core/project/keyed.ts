import * as v from 'valibot';
import { emptyRecord } from '../model/types';

/**
 * A JSON object keyed by user data (partner IDs, column names). valibot's `record` skips the keys
 * `__proto__`, `constructor` and `prototype`; here every own key is data, so a partner with the ID
 * "__proto__" keeps its position and a column named "constructor" keeps its values.
 */
export function keyedEntries<TSchema extends v.GenericSchema>(value: TSchema) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'an object'),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const entries: [string, v.InferOutput<TSchema>][] = [];
      let valid = true;
      for (const key of Object.keys(dataset.value)) {
        const result = v.safeParse(value, dataset.value[key]);
        if (result.success) {
          entries.push([key, result.output]);
          continue;
        }
        valid = false;
        for (const issue of result.issues) {
          const here = {
            type: 'object' as const,
            origin: 'value' as const,
            input: dataset.value,
            key,
            value: dataset.value[key],
          };
          addIssue({ message: issue.message, path: [here, ...(issue.path ?? [])] });
        }
      }
      return valid ? entries : NEVER;
    }),
  );
}

/** Custom columns of a partner or cooperation as a record that inherits no key. */
export const attributesSchema = v.pipe(
  keyedEntries(v.string()),
  v.transform((entries) => {
    const record = emptyRecord<string>();
    for (const [key, text] of entries) record[key] = text;
    return record;
  }),
);

function isPlainObject(input: unknown): boolean {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}
