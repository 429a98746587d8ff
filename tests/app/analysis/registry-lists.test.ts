import { describe, expect, it } from 'vitest';
import { MEASURES, type Measure, type PartnerMeasureId } from '../../../src/core/analysis/registry';
import analysisDe from '../../../src/app/i18n/analysis.de.json';
import analysisEn from '../../../src/app/i18n/analysis.en.json';
import { MAP_MEASURES, mapMeasures, networkFigure } from '../../../src/app/analysis/measures';
import {
  MEASURE_DIGITS,
  measureDigits,
  PARTNER_MEASURES,
  partnerMeasures,
} from '../../../src/app/analysis/partner-rows';
import { weightingOf } from '../../../src/app/analysis/weighting';

/** A measure the registry does not have, read with intensity, two decimals, able to size dots. */
const FAKE: Measure = {
  scope: 'partner',
  id: 'fake' as PartnerMeasureId,
  weighting: 'intensity-as-strength',
  countsSteps: false,
  digits: 2,
  sizesDot: true,
  explanationKey: 'measures.fake',
};

function textAt(catalogue: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      catalogue,
    );
}

describe('the analysis view lists the registry’s measures', () => {
  it('its table columns, decimals and map sizes are the registry’s', () => {
    const partner = MEASURES.filter((measure) => measure.scope === 'partner');
    expect(PARTNER_MEASURES).toEqual(partner.map((measure) => measure.id));
    for (const measure of partner) expect(MEASURE_DIGITS[measure.id]).toBe(measure.digits);
    expect(MAP_MEASURES.map((measure) => measure.id)).toEqual(
      partner.filter((measure) => measure.sizesDot).map((measure) => measure.id),
    );
  });

  it('shows a measure added to a copy of the registry in the table, the map and the weighting', () => {
    const copy = [...MEASURES, FAKE];
    expect(partnerMeasures(copy).map((measure) => measure.id)).toContain('fake');
    expect(measureDigits(copy)['fake' as PartnerMeasureId]).toBe(2);
    expect(mapMeasures(copy)).toContainEqual({
      id: 'fake',
      labelKey: 'analysis.measures.fake.label',
    });
    expect(weightingOf('fake', copy)).toBe('intensity-as-strength');
    expect(weightingOf('fake')).toBe('none');
  });

  it('finds a network figure only where the registry has one', () => {
    expect(networkFigure('density').digits).toBe(3);
    expect(() => networkFigure('degree')).toThrow(/degree/);
  });

  it('has a label and a help text in German and English for every registered measure', () => {
    for (const measure of MEASURES) {
      const parts = measure.scope === 'partner' ? ['label', 'term', 'help'] : ['label', 'help'];
      for (const catalogue of [analysisDe, analysisEn])
        for (const part of parts)
          expect(typeof textAt(catalogue, `${measure.explanationKey}.${part}`), measure.id).toBe(
            'string',
          );
    }
  });
});
