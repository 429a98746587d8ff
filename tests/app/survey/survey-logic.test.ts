import { describe, expect, it } from 'vitest';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { createProject, readProjectFile, writeProjectFile } from '../../../src/core/project';
import {
  createRound,
  defaultInstrument,
  responseFromEntry,
  type SurveyRound,
} from '../../../src/core/survey';
import {
  newKeptSurvey,
  settingsWithSurvey,
  surveyFromSettings,
  withOptions,
  withResponses,
  withoutResponse,
  SURVEY_SETTING,
} from '../../../src/app/survey/kept-survey';
import { entryFromValues } from '../../../src/app/survey/entry-values';
import { addPending, NO_PENDING, pendingBySource } from '../../../src/app/survey/pending-returns';
import { formsZipName, partnersBySector, toggleAll } from '../../../src/app/survey/setup';
import {
  addNamedPartner,
  hasPartnerNamed,
  withSurveyCooperations,
} from '../../../src/app/survey/take-over';
import { runSurveyJob, type SurveyJobResults } from '../../../src/worker/survey-task';

const network: Network = {
  partners: [
    createPartner({ id: 'JA', name: 'Jugendamt Auenstadt', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'KITA', name: 'Kita Sonnenschein', sector: 'Kinder- und Jugendhilfe' }),
    createPartner({ id: 'GK', name: 'Geburtsklinik St. Marien', sector: 'Gesundheitswesen' }),
    createPartner({ id: 'HEB', name: 'Hebamme Müller', sector: 'Gesundheitswesen' }),
    createPartner({ id: 'X', name: 'Ehrenamt Auenstadt', sector: '' }),
  ],
  cooperations: [createCooperation({ source: 'JA', target: 'GK', intensity: 2 })],
};
const instrument = defaultInstrument();

function round(): SurveyRound {
  const made = createRound(network, instrument, { name: 'Befragung 2025', created: '2025-05-12' });
  if (made.round === null) throw new Error('no round');
  return made.round;
}

function entry(respondent: string, rows: Record<string, number>, label = `Telefon ${respondent}`) {
  const made = responseFromEntry(
    {
      respondent,
      label,
      saved: '2025-05-20T10:00:00.000Z',
      rows: Object.entries(rows).map(([partner, intensity]) => ({
        partner,
        values: { intensity, trustReliable: 4, valueInfluence: 3 },
      })),
    },
    round(),
    instrument,
  );
  return made.response!;
}

describe('the survey as the project keeps it', () => {
  it('a round with its answers and merge goes into the settings and comes back the same', () => {
    const kept = withOptions(withResponses(newKeptSurvey(round()), [entry('JA', { GK: 4 })]), {
      rule: 'both',
    });
    const settings = settingsWithSurvey(new Map([['other', 1]]), kept);
    expect(settings.get('other')).toBe(1);
    expect(surveyFromSettings(settings)).toEqual(kept);
    expect(settingsWithSurvey(settings, null).has(SURVEY_SETTING)).toBe(false);
  });

  it('survives a project file written and read again', () => {
    const kept = withResponses(newKeptSurvey(round()), [entry('KITA', { JA: 3 })]);
    const project = {
      ...createProject('Auenstadt', '2025-05-20T10:00:00.000Z', network),
      settings: settingsWithSurvey(new Map(), kept),
    };
    const read = readProjectFile(writeProjectFile(project), { now: '2025-05-21T10:00:00.000Z' });
    if (!('project' in read)) throw new Error('not read');
    expect(surveyFromSettings(read.project.settings)).toEqual(kept);
  });

  it('a setting edited by hand into something else opens no survey rather than failing', () => {
    for (const text of ['{', '[]', '{"round":{"id":1}}', 'null'])
      expect(surveyFromSettings(new Map([[SURVEY_SETTING, text]]))).toBeNull();
    expect(surveyFromSettings(new Map([[SURVEY_SETTING, 3]]))).toBeNull();
  });

  it('an answer taken over by mistake can be set aside again', () => {
    const kept = withResponses(newKeptSurvey(round()), [
      entry('JA', { GK: 4 }),
      entry('GK', { JA: 2 }),
    ]);
    expect(withoutResponse(kept, 0).responses.map((r) => r.respondent)).toEqual(['GK']);
  });
});

describe('setting up a round', () => {
  it('lists the partners by sector, sectors in German order and partners without one last', () => {
    const groups = partnersBySector(network.partners);
    expect(groups.map((g) => g.sector)).toEqual([
      'Gesundheitswesen',
      'Kinder- und Jugendhilfe',
      '',
    ]);
    expect(groups[1]!.partners.map((p) => p.id)).toEqual(['JA', 'KITA']);
  });

  it('ticks and unticks a whole sector', () => {
    const all = new Set(['JA', 'KITA', 'GK']);
    expect([...toggleAll(all, ['JA', 'KITA'], false)]).toEqual(['GK']);
    expect([...toggleAll(new Set(), ['GK'], true)]).toEqual(['GK']);
  });

  it('names the ZIP after the round, safe for every system', () => {
    expect(formsZipName('Befragung 2025', 'Fragebögen')).toBe('Befragung 2025.zip');
    expect(formsZipName('AK: Frühe/Hilfen?\n', 'Fragebögen')).toBe('AK Frühe Hilfen.zip');
    expect(formsZipName('  ', 'Fragebögen')).toBe('Fragebögen.zip');
  });
});

describe('answers in', () => {
  it('the entry mask gives rows only for partners with an answer', () => {
    const made = entryFromValues('JA', 'Telefon', new Date('2025-05-20T10:00:00Z'), {
      GK: { intensity: 4, trustReliable: null },
      KITA: { intensity: null },
    });
    expect(made.rows).toEqual([{ partner: 'GK', values: { intensity: 4, trustReliable: null } }]);
    const checked = responseFromEntry(made, round(), instrument);
    expect(checked.response?.pairs.map((p) => [p.partner, p.values])).toEqual([
      ['GK', { intensity: 4 }],
    ]);
  });

  it('the entry mask gives the answers about the partner itself: ja/nein per option, names a line, the scale', () => {
    const made = entryFromValues(
      'JA',
      'Papier',
      new Date('2025-05-20T10:00:00Z'),
      {},
      {
        checklists: {
          contributions: { expertise: true, rooms: false, staff: null },
          // Every option set back to blank: the checklist was not answered.
          other: { a: null },
        },
        texts: { missingPartners: 'Frauenhaus e. V.\n\n  \nKinderarztpraxis Dr. Ahn\r\n' },
        scales: { satisfaction: 4 },
      },
    );
    expect(made.own).toEqual({
      checklists: { contributions: { expertise: true, rooms: false, staff: null } },
      texts: { missingPartners: ['Frauenhaus e. V.', 'Kinderarztpraxis Dr. Ahn'] },
      scales: { satisfaction: 4 },
    });
    const checked = responseFromEntry(made, round(), instrument);
    expect(checked.problems).toEqual([]);
    expect(checked.response?.own).toEqual({
      checklists: { contributions: { yes: ['expertise'], no: ['rooms'] } },
      texts: { missingPartners: ['Frauenhaus e. V.', 'Kinderarztpraxis Dr. Ahn'] },
      scales: { satisfaction: 4 },
    });
  });

  it('shows per source whose it is and its problems, errors first; a refused one has no respondent', () => {
    const unknown = responseFromEntry(
      { respondent: 'NOBODY', label: 'Papier', saved: null, rows: [] },
      round(),
      instrument,
    );
    const good = responseFromEntry(
      {
        respondent: 'JA',
        label: 'Telefon',
        saved: null,
        rows: [
          { partner: 'KITA', values: { intensity: 2 } },
          { partner: 'GK', values: { intensity: 9 } },
          { partner: 'ZZ', values: { intensity: 2 } },
        ],
      },
      round(),
      instrument,
    );
    let pending = addPending(NO_PENDING, [{ source: 'Papier', kind: 'entry' }], {
      responses: [],
      problems: unknown.problems,
    });
    pending = addPending(pending, [{ source: 'Telefon', kind: 'entry' }], {
      responses: [good.response!],
      problems: good.problems,
    });
    const rows = pendingBySource(pending);
    expect(rows.map((r) => [r.source, r.respondent])).toEqual([
      ['Papier', null],
      ['Telefon', 'JA'],
    ]);
    expect(rows[0]!.problems.map((p) => p.code)).toEqual(['survey-respondent-unknown']);
    expect(rows[1]!.problems.length).toBeGreaterThan(0);
    expect(rows[1]!.problems.every((p) => p.file === 'Telefon')).toBe(true);
  });
});

describe('taking the result over', () => {
  it('as the network: the partners stay, the cooperations are the survey’s', () => {
    const merged: Network = {
      partners: network.partners,
      cooperations: [
        createCooperation({ source: 'JA', target: 'KITA', intensity: 4 }),
        createCooperation({ source: 'JA', target: 'GONE', intensity: 1 }),
      ],
    };
    const result = withSurveyCooperations(network, merged);
    if (!('network' in result)) throw new Error('refused');
    expect(result.network.partners).toBe(network.partners);
    expect(result.network.cooperations.map((c) => [c.source, c.target])).toEqual([['JA', 'KITA']]);
  });

  it('a name given as missing is added as a partner once, and known spellings count as there', () => {
    expect(hasPartnerNamed(network, 'kita  sonnenschein')).toBe(true);
    const added = addNamedPartner(network, ' Schuldnerberatung Auenstadt ');
    if (!('network' in added)) throw new Error('refused');
    expect(added.network.partners.at(-1)?.name).toBe('Schuldnerberatung Auenstadt');
    expect(hasPartnerNamed(added.network, 'Schuldnerberatung Auenstadt')).toBe(true);
  });
});

describe('the worker’s survey jobs', () => {
  it('writes one form per partner asked, reads them back recognised, and merges typed-in answers', async () => {
    const r = round();
    const forms = (await runSurveyJob({
      job: 'forms',
      round: r,
      language: 'de',
    })) as SurveyJobResults['forms'];
    expect(forms.files.map((f) => f.partner).sort()).toEqual([...r.asked].sort());
    const { unzipSync } = await import('fflate');
    const files = Object.entries(unzipSync(forms.zip)).map(([name, bytes]) => ({ name, bytes }));
    const returned = (await runSurveyJob({
      job: 'returns',
      round: r,
      files,
    })) as SurveyJobResults['returns'];
    // Forms sent back unanswered are empty: read and recognised, and none counts as an answer.
    expect(returned.problems.every((p) => p.code === 'survey-empty-form')).toBe(true);

    const merged = (await runSurveyJob({
      job: 'merge',
      round: r,
      responses: [entry('JA', { GK: 4 }), entry('GK', { JA: 2 })],
      options: { rule: 'either', intensity: 'max' },
      partners: network.partners,
    })) as SurveyJobResults['merge'];
    expect(merged.merge.responseRate).toBeCloseTo(2 / 5);
    expect(merged.merge.disagreements).toEqual([{ a: 'GK', b: 'JA', aSays: 2, bSays: 4 }]);
    expect(merged.merge.network.cooperations.map((c) => c.intensity)).toEqual([4]);
    expect(merged.scores.warnings.length).toBeGreaterThan(0);
  });
});
