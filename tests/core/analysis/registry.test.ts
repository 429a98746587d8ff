import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import {
  ANALYSIS_STEPS,
  MEASURES,
  type AnalysisStep,
  type PartnerMeasureId,
} from '../../../src/core/analysis/registry';
import { FLORENTINE_MARRIAGES, graphOf } from './network-fixtures';

const FAMILIES = { Medici: 'Bank', Strozzi: 'Bank', Albizzi: 'Land', Peruzzi: 'Land' };

/** A measure the registry does not have: each partner's number of letters. */
const NAME_LENGTH: AnalysisStep = {
  id: 'name-length',
  measures: [
    {
      scope: 'partner',
      id: 'nameLength' as PartnerMeasureId,
      weighting: 'none',
      countsSteps: false,
      digits: 0,
      sizesDot: true,
      explanationKey: 'measures.nameLength',
    },
  ],
  compute: ({ index }) => ({
    partners: { nameLength: index.ids.map((id) => id.length) } as never,
  }),
};

describe('the measure registry', () => {
  it('has each measure once, with whole or three decimals and texts keyed by its id', () => {
    const ids = MEASURES.map((measure) => measure.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const measure of MEASURES) {
      expect([0, 2, 3]).toContain(measure.digits);
      const area = measure.scope === 'partner' ? 'measures' : 'figures';
      expect(measure.explanationKey).toBe(`${area}.${measure.id}`);
    }
  });

  it('is what analyseNetwork computes: every partner measure for every partner, every figure', () => {
    const analysis = analyseNetwork(graphOf(FLORENTINE_MARRIAGES, FAMILIES));
    for (const measure of MEASURES) {
      if (measure.scope === 'partner') {
        for (const partner of analysis.partners) expect(partner[measure.id]).toBeDefined();
      } else {
        const value = measure.value(analysis);
        expect(value === null || Number.isFinite(value), measure.id).toBe(true);
      }
    }
  });

  it('runs its steps in its order and names each in the progress', () => {
    const steps: string[] = [];
    analyseNetwork(graphOf(FLORENTINE_MARRIAGES), {
      onProgress: (_done, _total, step) => {
        if (steps.at(-1) !== step) steps.push(step);
      },
    });
    const announced = steps.filter((step) => ANALYSIS_STEPS.some((s) => s.id === step));
    expect(announced).toEqual(ANALYSIS_STEPS.map((step) => step.id));
  });

  it('counts steps, not intensities, for the path measures alone', () => {
    const counting = MEASURES.filter((measure) => measure.countsSteps).map((m) => m.id);
    expect(counting).toEqual(['betweenness', 'closeness']);
  });

  it('takes a measure added to a copy of it into the analysis, with its own progress step', () => {
    const seen = new Set<string>();
    const analysis = analyseNetwork(
      graphOf(FLORENTINE_MARRIAGES),
      { onProgress: (_done, _total, step) => seen.add(step) },
      [...ANALYSIS_STEPS, NAME_LENGTH],
    );
    const medici = analysis.partners.find((partner) => partner.id === 'Medici')!;
    expect((medici as unknown as Record<string, unknown>)['nameLength']).toBe(6);
    expect(medici.degree).toBe(6);
    expect(seen.has('name-length')).toBe(true);
  });
});
