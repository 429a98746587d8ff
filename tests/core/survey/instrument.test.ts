import { describe, expect, it } from 'vitest';
import de from '../../../src/app/i18n/de.json';
import en from '../../../src/app/i18n/en.json';
import { defaultInstrument, parseInstrument } from '../../../src/core/survey';
import instrumentData from '../../../data/survey/netzwerkbefragung.json';

const copy = () => JSON.parse(JSON.stringify(instrumentData)) as typeof instrumentData;

describe('the survey instrument', () => {
  it('ships as data and passes its own checks: PARTNER trust and value items, each 1–4', () => {
    const instrument = defaultInstrument();
    const roles = instrument.pairItems.map((item) => item.role);
    expect(roles.filter((r) => r === 'trust')).toHaveLength(3);
    expect(roles.filter((r) => r === 'value')).toHaveLength(3);
    for (const item of instrument.pairItems.filter((i) => i.role === 'trust' || i.role === 'value'))
      expect(instrument.scales[item.scale]!.options.map((o) => o.code)).toEqual([1, 2, 3, 4]);
    expect(instrument.source.de).toContain('Varda');
    expect(instrument.source.en).toContain('10.1186/s12889-016-3194-7');
  });

  it('asks contact in five steps from "nie" to "wöchentlich"', () => {
    const contact = defaultInstrument().scales.contact!;
    expect(contact.options.map((o) => o.label.de)).toEqual([
      'nie',
      'jährlich',
      'quartalsweise',
      'monatlich',
      'wöchentlich',
    ]);
  });

  it("words intensity 1–4 exactly as the app's scale does, with 0 = keine", () => {
    const options = defaultInstrument().scales.intensity!.options;
    expect(options[0]).toEqual({ code: 0, label: { de: 'keine', en: 'none' } });
    for (const code of [1, 2, 3, 4] as const) {
      expect(options[code]!.label.de).toBe(de.intensity[code]);
      expect(options[code]!.label.en).toBe(en.intensity[code]);
    }
  });

  it('gives a fresh copy each time, so that no caller changes another', () => {
    const first = defaultInstrument();
    first.pairItems.pop();
    expect(defaultInstrument().pairItems).toHaveLength(8);
  });

  it.each([
    ['not JSON', () => '{', 'invalid-json'],
    [
      'an item id twice',
      () => {
        const data = copy();
        data.pairItems[1]!.id = 'contact';
        return JSON.stringify(data);
      },
      'duplicate-id',
    ],
    [
      'a scale that does not exist',
      () => {
        const data = copy();
        data.pairItems[2]!.scale = 'viel';
        return JSON.stringify(data);
      },
      'unknown-scale',
    ],
    [
      'an intensity scale without 0–4',
      () => {
        const data = copy();
        data.scales.intensity.options.shift();
        return JSON.stringify(data);
      },
      'intensity-scale',
    ],
    [
      'no item that makes a tie',
      () => {
        const data = copy();
        data.pairItems = data.pairItems.filter((i) => i.role === 'trust');
        return JSON.stringify(data);
      },
      'no-tie-item',
    ],
    [
      'two options read back as the same words',
      () => {
        const data = copy();
        data.scales.amount.options[1]!.label.en = 'Not  at all';
        return JSON.stringify(data);
      },
      'duplicate-option',
    ],
    [
      'a missing label',
      () => {
        const data = copy() as unknown as { pairItems: { label?: unknown }[] };
        delete data.pairItems[0]!.label;
        return JSON.stringify(data);
      },
      'invalid-field',
    ],
  ])('refuses an instrument with %s', (_what, text, code) => {
    const read = parseInstrument(text());
    expect(read.instrument).toBeNull();
    expect(read.problems.map((p) => p.code)).toContain(code);
  });
});
