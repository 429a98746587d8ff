// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReportDocument } from '../../../src/app/report/ReportDocument';
import type { ReportData } from '../../../src/app/report/types';
import { cliTranslator } from '../../../src/cli/i18n';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { createPartner, type Network } from '../../../src/core/model/types';
import { buildFullReport, type FullReport } from '../../../src/core/report/full-report';
import {
  createRound,
  defaultInstrument,
  mergeSurvey,
  readSurveyReturns,
  REPORT_DISAGREEMENTS,
  scoreSurvey,
  surveyReport,
  type SurveyReport,
  type SurveyResponse,
} from '../../../src/core/survey';
import { fixtureFiles, fixtureNetwork, fixtureRound, fixtures } from '../../core/survey/helpers';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const catalogue = defaultCatalogue();
const instrument = defaultInstrument();
const HOSTILE = '<img src=x onerror=alert(1)>';

function data(report: FullReport, language: 'de' | 'en', survey?: SurveyReport): ReportData {
  return {
    title: 'Netzwerkbericht',
    networkName: 'Musterstadt',
    date: '2025-06-01',
    language,
    catalogue: report.catalogue,
    report,
    gaps: report.gaps,
    doubles: report.doubles,
    ...(survey === undefined ? {} : { survey }),
  };
}

/** The stored returns of tests/fixtures/survey, merged and scored as the worker does. */
async function storedSurvey(): Promise<{ network: Network; survey: SurveyReport }> {
  const network = await fixtureNetwork();
  const round = await fixtureRound();
  const { responses } = await readSurveyReturns(
    fixtureFiles('returned').map((name) => {
      const path = join(fixtures, 'returned', name);
      return {
        name,
        bytes: new Uint8Array(readFileSync(path)),
        lastModified: statSync(path).mtimeMs,
      };
    }),
    round,
    instrument,
  );
  const merge = mergeSurvey(round, instrument, responses, undefined, network.partners);
  return {
    network,
    survey: surveyReport(round, instrument, merge, scoreSurvey(round, instrument, merge)),
  };
}

const section = (name: string) => screen.getByRole('region', { name });
const text = (region: HTMLElement, selector: string) =>
  region.querySelector(selector)?.textContent ?? null;

describe('the report section "Netzwerkbefragung"', () => {
  let report: FullReport;
  let survey: SurveyReport;
  beforeAll(async () => {
    const stored = await storedSurvey();
    survey = stored.survey;
    report = buildFullReport({ network: stored.network }, [], () => '', { catalogue });
  });
  afterEach(cleanup);

  it('in German: the round, the response rate overall and by sector, who has not answered', () => {
    render(<ReportDocument {...data(report, 'de', survey)} t={cliTranslator('de')} />);
    const region = section('Netzwerkbefragung');
    expect(region.textContent).toContain('Befragung „Befragung 2025“ vom 1. März 2025.');
    // Six asked; the donum vitae form is of the 2023 round and is refused, the job centre sent none.
    expect(text(region, '[data-report="response-rate"]')).toBe(
      'Rücklaufquote 67 %: 4 von 6 gefragten Partnern haben geantwortet.',
    );
    const bySector = within(region).getByRole('table', { name: 'Rücklauf nach Sektor' });
    const rows = within(bySector)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Beratung', '1', '0', '0 %'],
      ['Gesundheitswesen', '2', '2', '100 %'],
      ['Kinder- und Jugendhilfe', '2', '2', '100 %'],
      ['Soziale Sicherung / Arbeit', '1', '0', '0 %'],
    ]);
    expect(
      within(region).getByRole('heading', { name: 'Noch nicht geantwortet (2)' }),
    ).toBeTruthy();
    expect(text(region, '[data-report="missing"]')).toBe(
      'Schwangerschaftsberatung donum vitae, Jobcenter Musterstadt',
    );
    expect(region.textContent).toContain(
      'Gegenseitigkeit 100 %: Kooperationen, die beide Seiten nennen: 5; die nur eine Seite nennt: 0',
    );
  });

  it('in German: trust and value with their explanations, the disagreement, the caveat', () => {
    render(<ReportDocument {...data(report, 'de', survey)} t={cliTranslator('de')} />);
    const region = section('Netzwerkbefragung');
    expect(region.textContent).toContain(
      'Vertrauen88 % des Höchstwerts (Mittel 3,5 von 4, 12 Bewertungen)Wie zuverlässig, offen und zielgleich',
    );
    expect(region.textContent).toContain(
      'Wert83 % des Höchstwerts (Mittel 3,3 von 4, 11 Bewertungen)Wie viel Einfluss',
    );
    const bySector = within(region).getByRole('table', {
      name: /^Vertrauen und Wert nach Sektor/u,
    });
    expect(within(bySector).getByRole('row', { name: /^Beratung/u }).textContent).toBe(
      'Beratung1100 % des Höchstwerts (Mittel 4,0 von 4, 1 Bewertung)75 % des Höchstwerts (Mittel 3,0 von 4, 1 Bewertung)',
    );
    expect(within(region).getByRole('heading', { name: 'Verschiedene Angaben (1)' })).toBeTruthy();
    expect(text(region, '[data-report="disagreements"] tbody td:last-child')).toBe(
      'Hebammenpraxis Storchennest sagt „punktuelle, fallbezogene Zusammenarbeit“, Kinderklinik St. Marien sagt „regelmäßige, fallübergreifende Zusammenarbeit“.',
    );
    expect(region.textContent).toContain(
      'Darunter leiden zuerst die Zentralisierung und die Werte der Brückenbauer; wie oft ein Partner von den anderen genannt wird, hält dagegen auch bei fehlenden Antworten (Kossinets 2006).',
    );
    expect(text(region, '[data-report="survey-warnings"]')).toBe(
      'Nur 67 % der gefragten Partner haben geantwortet. Unsicher sind deshalb die Zentralisierung, die Werte der Brückenbauer, die Dichte, das Vertrauen und der Wert.',
    );
  });

  it('in German: what the partners say about themselves, counted, and whom they miss', () => {
    render(<ReportDocument {...data(report, 'de', survey)} t={cliTranslator('de')} />);
    const region = section('Netzwerkbefragung');
    expect(
      within(region).getByRole('heading', { name: 'Was die Partner über sich sagen' }),
    ).toBeTruthy();
    const contributions = within(region).getByRole('table', {
      name: 'Beitrag zum Netzwerk: was die Partner einbringen (2 Partner haben geantwortet)',
    });
    const row = (table: HTMLElement, name: RegExp) =>
      [...within(table).getByRole('row', { name }).children].map((cell) => cell.textContent);
    expect(row(contributions, /^Fachwissen/u)).toEqual(['Fachwissen', '1', '0']);
    expect(row(contributions, /^Finanzielle Mittel/u)).toEqual(['Finanzielle Mittel', '0', '1']);
    expect(text(region, '[data-report="survey-satisfaction"]')).toBe(
      'Zufriedenheit mit dem Netzwerk: im Mittel 4,5 von 5 (n = 2 Antworten).',
    );
    const spread = within(region).getByRole('table', {
      name: 'Zufriedenheit mit dem Netzwerk: wie viele Partner welche Antwort gaben',
    });
    expect(row(spread, /^5 – sehr zufrieden/u)).toEqual(['5 – sehr zufrieden', '1']);
    expect(row(spread, /^1 – sehr unzufrieden/u)).toEqual(['1 – sehr unzufrieden', '0']);
    const named = within(region).getByRole('table', {
      name: 'Einrichtungen, die Partner im Netzwerk vermissen',
    });
    expect(row(named, /^Frauenhaus/u)).toEqual([
      'Frauenhaus Musterstadt e. V.',
      'Familienzentrum Regenbogen, Jugendamt Musterstadt – ASD',
    ]);
  });

  it('in English', () => {
    render(<ReportDocument {...data(report, 'en', survey)} t={cliTranslator('en')} />);
    const region = section('Network survey');
    expect(region.textContent).toContain('Survey “Befragung 2025” of 1 March 2025.');
    expect(text(region, '[data-report="response-rate"]')).toBe(
      'Response rate 67 %: 4 of 6 partners asked have answered.',
    );
    expect(region.textContent).toContain('Trust88 % of the maximum (mean 3.5 of 4, 12 ratings)');
    expect(text(region, '[data-report="survey-satisfaction"]')).toBe(
      'Satisfaction with the network: on average 4.5 of 5 (n = 2 answers).',
    );
    expect(text(region, '[data-report="disagreements"] tbody td:last-child')).toBe(
      'Hebammenpraxis Storchennest says “work together on single cases”, Kinderklinik St. Marien says “regular joint work beyond cases”.',
    );
    expect(text(region, '[data-report="survey-warnings"]')).toBe(
      'Only 67 % of the partners asked answered. Uncertain are therefore centralisation, betweenness, density, trust and value.',
    );
  });

  it('is absent without a survey', () => {
    render(<ReportDocument {...data(report, 'de')} t={cliTranslator('de')} />);
    expect(screen.queryByRole('region', { name: 'Netzwerkbefragung' })).toBeNull();
    expect(document.body.textContent).not.toContain('Rücklaufquote');
  });
});

describe('many disagreements and hostile names', () => {
  afterEach(cleanup);

  it('lists the first 20 and counts the rest; names stay text; all answered, no caveat', () => {
    const network: Network = {
      partners: Array.from({ length: 10 }, (_, i) =>
        createPartner({
          id: `P${i}`,
          name: i === 0 ? HOSTILE : `Partner ${i}`,
          sector: 'Gesundheitswesen',
        }),
      ),
      cooperations: [],
    };
    const set = createRound(network, instrument, { name: HOSTILE, created: '2025-02-03' });
    const round = set.round!;
    // Everyone answers; the one with the lower number says "punktuell", the other "regelmäßig".
    const responses: SurveyResponse[] = network.partners.map((p, i) => ({
      respondent: p.id,
      source: `${p.id}.xlsx`,
      kind: 'entry',
      saved: null,
      pairs: network.partners
        .filter((q) => q.id !== p.id)
        .map((q, line) => ({
          partner: q.id,
          values: { intensity: i < Number(q.id.slice(1)) ? 2 : 3 },
          line: line + 2,
        })),
      own: { checklists: {}, texts: {}, scales: {} },
    }));
    const merge = mergeSurvey(round, instrument, responses, undefined, network.partners);
    const survey = surveyReport(round, instrument, merge, scoreSurvey(round, instrument, merge));
    expect(survey.disagreementCount).toBe(45);
    expect(survey.disagreements).toHaveLength(REPORT_DISAGREEMENTS);
    const report = buildFullReport({ network }, [], () => '', { catalogue });
    const { container } = render(
      <ReportDocument {...data(report, 'de', survey)} t={cliTranslator('de')} />,
    );
    const region = section('Netzwerkbefragung');
    expect(within(region).getByRole('heading', { name: 'Verschiedene Angaben (45)' })).toBeTruthy();
    expect(region.querySelectorAll('[data-report="disagreements"] tbody tr')).toHaveLength(20);
    expect(region.textContent).toContain(
      'Aufgeführt sind die ersten 20; 25 weitere Angaben stehen in der App unter „Befragung“.',
    );
    expect(region.textContent).toContain(
      `${HOSTILE} sagt „punktuelle, fallbezogene Zusammenarbeit“`,
    );
    expect(region.textContent).toContain(`Befragung „${HOSTILE}“ vom 3. Februar 2025.`);
    expect(container.querySelector('img')).toBeNull();
    expect(text(region, '[data-report="response-rate"]')).toBe(
      'Rücklaufquote 100 %: 10 von 10 gefragten Partnern haben geantwortet.',
    );
    expect(region.textContent).toContain('Alle gefragten Partner haben geantwortet.');
    expect(region.querySelector('[data-report="survey-warnings"]')).toBeNull();
    // Nobody said anything about itself: no contributions, no satisfaction, nobody missed.
    expect(region.querySelector('[data-report="survey-satisfaction"]')?.textContent).toBe(
      'Zufriedenheit mit dem Netzwerk: keine Antwort.',
    );
    expect(region.querySelector('[data-report="survey-named"]')).toBeNull();
    expect(region.textContent).toContain(
      'Mit einem Rücklauf von 100 % sind die Kennzahlen der Befragung belastbar (ab 80 %).',
    );
  });
});
