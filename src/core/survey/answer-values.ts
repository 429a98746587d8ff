import { optionKey, optionText, type Scale } from './instrument';

const KEYS = new WeakMap<Scale, Map<string, number>>();

/**
 * The option code a cell's text stands for: the option as the drop-down shows it in German or
 * English ("2 – punktuelle, fallbezogene Zusammenarbeit"), its words alone, or its code alone
 * ("2", typed or a number cell). Case, spacing and the kind of dash do not matter; anything else
 * is no answer on the list (null), never a guess. An empty text is `blank`.
 */
export function optionCode(scale: Scale, text: string): number | null | 'blank' {
  const key = optionKey(text);
  if (key === '') return 'blank';
  let keys = KEYS.get(scale);
  if (keys === undefined) {
    keys = new Map();
    for (const option of scale.options)
      for (const words of [
        String(option.code),
        option.label.de,
        option.label.en,
        optionText(scale, option, 'de'),
        optionText(scale, option, 'en'),
      ])
        keys.set(optionKey(words), option.code);
    KEYS.set(scale, keys);
  }
  return keys.get(key) ?? null;
}

/** The options as a list for a message: "nie, jährlich, …". */
export function optionList(scale: Scale, language: 'de' | 'en' = 'de'): string {
  return scale.options.map((option) => optionText(scale, option, language)).join('; ');
}
