import { createPartner, type Network } from '../../../src/core/model/types';
import {
  createRound,
  defaultInstrument,
  type SurveyResponse,
  type SurveyRound,
} from '../../../src/core/survey';

/** Five partners in three sectors: A, B (Jugendhilfe), C, D (Gesundheit), E (Beratung). */
export const network: Network = {
  partners: [
    createPartner({ id: 'A', name: 'ASD', sector: 'Jugendhilfe' }),
    createPartner({ id: 'B', name: 'Beratungsstelle', sector: 'Jugendhilfe' }),
    createPartner({ id: 'C', name: 'Klinik', sector: 'Gesundheit' }),
    createPartner({ id: 'D', name: 'Praxis', sector: 'Gesundheit' }),
    createPartner({ id: 'E', name: 'Erziehungsberatung', sector: 'Beratung' }),
  ],
  cooperations: [],
};

export function round(changes: { asked?: string[]; items?: string[] } = {}): SurveyRound {
  const set = createRound(network, defaultInstrument(), {
    name: 'Test',
    created: '2025-01-01',
    ...changes,
  });
  if (set.round === null) throw new Error(JSON.stringify(set.problems));
  return set.round;
}

/** A response: about each partner named, its item values (a number alone is the intensity). */
export function response(
  respondent: string,
  about: Record<string, number | Record<string, number>>,
  extra: Partial<SurveyResponse> = {},
): SurveyResponse {
  return {
    respondent,
    source: `${respondent}.xlsx`,
    kind: 'form',
    saved: null,
    pairs: Object.entries(about).map(([partner, values], index) => ({
      partner,
      values: typeof values === 'number' ? { intensity: values } : values,
      line: index + 2,
    })),
    own: { checklists: {}, texts: {}, scales: {} },
    ...extra,
  };
}
