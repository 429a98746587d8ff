import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRound,
  defaultInstrument,
  readReturnedWorkbook,
  recogniseReturn,
  roundOfReturns,
  type ReturnedWorkbook,
  type SurveyProblem,
  type SurveyRound,
} from '../../../src/core/survey';
import { fixtureNetwork, fixtureRound, fixtures, fixtureWorkbook, P } from './helpers';

const instrument = defaultInstrument();
let round: SurveyRound;
beforeAll(async () => {
  round = await fixtureRound();
});

const codes = (problems: readonly SurveyProblem[]) => problems.map((p) => [p.line, p.code]);
const recognise = async (path: string, against = () => round) =>
  recogniseReturn(await fixtureWorkbook(path), against(), instrument);

describe('a form filled in Excel (written by openpyxl)', () => {
  it('is recognised by its hidden sheet, every row read as chosen from the drop-downs', async () => {
    const { response, problems } = await recognise('returned/Jugendamt Musterstadt – ASD.xlsx');
    expect(problems).toEqual([]);
    expect(response?.respondent).toBe(P.jugendamt);
    expect(response?.saved).toBe('2025-03-10T10:00:00.000Z');
    const aboutKita = response?.pairs.find((p) => p.partner === P.familienzentrum);
    expect({ ...aboutKita?.values }).toEqual({
      contact: 4,
      intensity: 4,
      trustReliable: 4,
      trustOpen: 4,
      trustGoals: 4,
      valueInfluence: 3,
      valueResources: 4,
      valueInvolvement: 4,
    });
    expect(aboutKita?.line).toBe(5);
    expect(response?.own.checklists.contributions).toEqual({
      yes: ['expertise', 'leadership'],
      no: ['funding'],
    });
    expect(response?.own.texts.missingPartners).toEqual([
      'Frauenhaus Musterstadt',
      'Kinderarztpraxis Dr. Weber',
    ]);
    expect(response?.own.scales.satisfaction).toBe(4);
  });

  it('takes a number typed in, leaves a word off the list out, and counts a contact without intensity as 1', async () => {
    const { response, problems } = await recognise('returned/Familienzentrum Regenbogen.xlsx');
    expect(codes(problems)).toEqual([
      [6, 'survey-value-not-in-list'],
      [2, 'survey-intensity-assumed'],
      [null, 'survey-blank-rows'],
    ]);
    expect(problems[0]!.params).toMatchObject({
      item: 'Intensität der Zusammenarbeit',
      value: 'vielleicht',
    });
    expect(problems[0]!.params.allowed).toContain('4 – verbindliche Kooperation');
    expect(problems[0]).toMatchObject({
      file: 'Familienzentrum Regenbogen.xlsx',
      sheet: 'Fragebogen',
    });
    expect(problems[1]!.params).toEqual({
      partner: 'Schwangerschaftsberatung donum vitae',
      contact: 'monatlich',
    });
    expect(problems[2]!.params).toEqual({ count: 2 });
    const values = (id: string) => ({ ...response?.pairs.find((p) => p.partner === id)?.values });
    expect(values(P.hebammen)).toEqual({ contact: 3, intensity: 3, trustReliable: 4 });
    expect(values(P.jobcenter)).toEqual({});
    expect(values(P.beratung)).toEqual({ contact: 3 });
  });
});

describe('a form saved again by LibreOffice', () => {
  it('is read as written: identity, answers, the partner’s own sheet', async () => {
    const { response, problems } = await recognise('returned/Kinderklinik St. Marien.xlsx');
    expect(codes(problems)).toEqual([[null, 'survey-blank-rows']]);
    expect(response?.respondent).toBe(P.kinderklinik);
    expect({ ...response?.pairs.find((p) => p.partner === P.beratung)?.values }).toEqual({
      contact: 0,
      intensity: 0,
    });
    expect(response?.own.checklists.contributions).toEqual({ yes: ['staff'], no: [] });
  });
});

describe('a form whose hidden sheet was lost', () => {
  it('is matched by the name it was written for, as a warning', async () => {
    const { response, problems } = await recognise('returned/Hebammenpraxis Storchennest.xlsx');
    expect(codes(problems)).toEqual([
      [null, 'survey-identity-lost'],
      [null, 'survey-blank-rows'],
    ]);
    expect(problems[0]!.params).toEqual({
      reason: 'missing',
      partner: 'Hebammenpraxis Storchennest',
    });
    expect(response?.respondent).toBe(P.hebammen);
    expect(response?.pairs.find((p) => p.partner === P.kinderklinik)?.values.intensity).toBe(2);
  });

  it('or changed by hand: its checksum no longer fits, and the names decide', async () => {
    const { response, problems } = await recognise('edge/kennung-geaendert.xlsx');
    expect(problems[0]).toMatchObject({
      code: 'survey-identity-lost',
      params: { reason: 'checksum', partner: 'Jobcenter Musterstadt' },
    });
    expect(response?.respondent).toBe(P.jobcenter);
  });

  it('and without the name on it, by the file name the forms were given', async () => {
    const workbook = await fixtureWorkbook('returned/Hebammenpraxis Storchennest.xlsx');
    const withoutName: ReturnedWorkbook = {
      ...workbook,
      file: 'Hebammenpraxis Storchennest (2).xlsx',
      sheets: workbook.sheets.filter((s) => s.name === 'Fragebogen'),
    };
    const { response, problems } = recogniseReturn(withoutName, round, instrument);
    expect(response?.respondent).toBe(P.hebammen);
    expect(problems.map((p) => p.code)).toContain('survey-question-missing');
  });

  it('is refused where neither tells whose it is', async () => {
    const workbook = await fixtureWorkbook('returned/Hebammenpraxis Storchennest.xlsx');
    const { response, problems } = recogniseReturn(
      {
        ...workbook,
        file: 'Antwort.xlsx',
        sheets: workbook.sheets.filter((s) => s.name === 'Fragebogen'),
      },
      round,
      instrument,
    );
    expect(response).toBeNull();
    expect(codes(problems)).toEqual([[null, 'survey-respondent-unknown']]);
  });
});

describe('a form of another round', () => {
  it('is refused, naming both rounds', async () => {
    const { response, problems } = await recognise(
      'returned/Schwangerschaftsberatung donum vitae.xlsx',
    );
    expect(response).toBeNull();
    expect(problems).toEqual([
      {
        file: 'Schwangerschaftsberatung donum vitae.xlsx',
        line: null,
        severity: 'error',
        code: 'survey-other-round',
        params: {
          formRound: 'Befragung 2023',
          formCreated: '2023-03-01',
          round: 'Befragung 2025',
          created: '2025-03-01',
        },
      },
    ]);
  });

  it('does not outvote the round most forms belong to', async () => {
    const workbooks = await Promise.all(
      [
        'Jugendamt Musterstadt – ASD',
        'Kinderklinik St. Marien',
        'Schwangerschaftsberatung donum vitae',
      ].map((name) => fixtureWorkbook(`returned/${name}.xlsx`)),
    );
    expect(roundOfReturns(workbooks)?.id).toBe(round.id);
    expect(roundOfReturns(workbooks, 'Befragung 2023')?.name).toBe('Befragung 2023');
    expect(roundOfReturns(workbooks, 'Befragung 1999')).toBeNull();
    const rebuilt = roundOfReturns(workbooks)!;
    expect(rebuilt).toEqual(round);
  });
});

describe('a form edited beyond its answer cells', () => {
  it('names every change and takes only what can be told apart', async () => {
    const { response, problems } = await recognise('edge/bearbeitet.xlsx');
    expect(codes(problems)).toEqual([
      [2, 'survey-name-changed'],
      [3, 'survey-cell-outside-answers'],
      [5, 'survey-row-unknown'],
      [6, 'survey-name-changed'],
      [7, 'survey-row-twice'],
      [8, 'survey-self-row'],
      [null, 'survey-row-missing'],
      [null, 'survey-blank-rows'],
    ]);
    expect(problems.map((p) => p.params)).toEqual([
      { expected: 'Schwangerschaftsberatung donum vitae', found: '' },
      { cells: 'M3', value: 'Bitte rufen Sie mich an' },
      { name: 'Kita Pusteblume' },
      {
        expected: 'Jugendamt Musterstadt – ASD',
        found: 'Jugendamt Musterstadt – ASD (Frau Klein)',
      },
      { partner: 'Hebammenpraxis Storchennest' },
      { partner: 'Jobcenter Musterstadt' },
      { count: 1, names: 'Familienzentrum Regenbogen' },
      { count: 1 },
    ]);
    expect(response?.pairs.map((p) => [p.partner, p.values.intensity])).toEqual([
      [P.beratung, 1],
      [P.hebammen, undefined],
      [P.kinderklinik, 1],
      [P.jugendamt, 2],
    ]);
  });

  it('finds rows sorted into another order by their names', async () => {
    const { response, problems } = await recognise('edge/sortiert.xlsx');
    expect(problems.filter((p) => p.code === 'survey-row-moved')).toHaveLength(4);
    expect(response?.pairs.find((p) => p.partner === P.jugendamt)?.values.intensity).toBe(4);
    expect(response?.pairs.find((p) => p.partner === P.beratung)?.values.intensity).toBe(2);
  });
});

describe("the partner's own sheet", () => {
  it('takes the answers by their words and names a value off the list and text beside the answers', async () => {
    const workbook = await fixtureWorkbook('returned/Jugendamt Musterstadt – ASD.xlsx');
    const sheets = workbook.sheets.map((sheet) =>
      sheet.name !== 'Ihre Einrichtung'
        ? sheet
        : {
            ...sheet,
            rows: sheet.rows.map((row) =>
              row[0] === 'Zufriedenheit mit dem Netzwerk'
                ? [row[0], 'super']
                : row[0] === 'Räume'
                  ? [row[0], 'ja', 'nur abends']
                  : row,
            ),
          },
    );
    const { response, problems } = recogniseReturn({ ...workbook, sheets }, round, instrument);
    expect(problems.map((p) => [p.sheet, p.code, p.params])).toEqual([
      [
        'Ihre Einrichtung',
        'survey-cell-outside-answers',
        { cells: expect.stringMatching(/^C\d+$/u), value: 'nur abends' },
      ],
      [
        'Ihre Einrichtung',
        'survey-value-not-in-list',
        expect.objectContaining({ item: 'Zufriedenheit mit dem Netzwerk', value: 'super' }),
      ],
    ]);
    expect(response?.own.scales.satisfaction).toBeUndefined();
    expect(response?.own.checklists.contributions?.yes).toEqual([
      'expertise',
      'rooms',
      'leadership',
    ]);
  });
});

describe('a form that is no answer', () => {
  it('sent back empty does not count', async () => {
    const { response, problems } = await recognise('edge/leer.xlsx');
    expect(response).toBeNull();
    expect(codes(problems)).toEqual([[null, 'survey-empty-form']]);
  });

  it('saved as .ods is named as the wrong format', async () => {
    const read = await readReturnedWorkbook({
      name: 'leer.ods',
      bytes: new Uint8Array(readFileSync(join(fixtures, 'edge/leer.ods'))),
    });
    expect(read.workbook).toBeNull();
    expect(codes(read.problems)).toEqual([[null, 'survey-wrong-format']]);
  });

  it('holding no question of the round is not a form', async () => {
    const workbook: ReturnedWorkbook = {
      file: 'Partnerliste.xlsx',
      sheets: [
        {
          name: 'Partner',
          rows: [
            ['ID', 'Name'],
            ['P01', 'Jugendamt'],
          ],
        },
      ],
      saved: null,
      savedByWorkbook: false,
    };
    const { response, problems } = recogniseReturn(
      { ...workbook, file: 'Jobcenter Musterstadt.xlsx' },
      round,
      instrument,
    );
    expect(response).toBeNull();
    expect(codes(problems)).toEqual([
      [null, 'survey-identity-lost'],
      [null, 'survey-not-a-form'],
    ]);
  });
});

describe('a form of a partner the round did not ask', () => {
  it('is used, and said so', async () => {
    const narrow = createRound(await fixtureNetwork(), instrument, {
      name: 'Befragung 2025',
      created: '2025-03-01',
      asked: [P.familienzentrum],
    }).round!;
    const workbook = await fixtureWorkbook('returned/Hebammenpraxis Storchennest.xlsx');
    const { response, problems } = recogniseReturn(workbook, narrow, instrument);
    expect(response?.respondent).toBe(P.hebammen);
    expect(problems.map((p) => p.code)).toContain('survey-respondent-not-asked');
  });
});
