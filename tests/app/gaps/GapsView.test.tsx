// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { defaultReferenceFigures } from '../../../src/core/reference/default-reference-figures';
import { parseReferenceJson } from '../../../src/core/reference/parse-reference-json';
import type { NetworkAnalysis } from '../../../src/core/analysis/analyse-network';
import { GapsView } from '../../../src/app/gaps/GapsView';
import { i18next, i18nReady } from '../../../src/app/i18n';
import { computed } from '../../worker/computed';
import { useInThreadWorker } from '../../worker/in-thread-worker';
import { loadBeispielkreis, type Beispielkreis } from './sample';

const catalogue = defaultCatalogue();
const nzfhFigures = defaultReferenceFigures();
const COORDINATOR = 'Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen';
const PHYSIOTHERAPY = 'Physiotherapiepraxis Kleine Schritte';
let sample: Beispielkreis;

beforeAll(async () => {
  useInThreadWorker();
  await i18nReady;
  sample = await loadBeispielkreis();
});

afterEach(async () => {
  cleanup();
  await act(() => i18next.changeLanguage('de'));
});

async function show({
  analysis = sample.analysis as NetworkAnalysis | null,
  corrections = new Map<string, string>(),
  network = sample.network,
  reference = nzfhFigures,
} = {}) {
  const onShowPartners = vi.fn();
  const onCorrectType = vi.fn();
  render(
    <GapsView
      network={network}
      offers={sample.offers}
      analysis={analysis}
      catalogue={catalogue}
      reference={reference}
      corrections={corrections}
      onShowPartners={onShowPartners}
      onCorrectType={onCorrectType}
    />,
  );
  await computed();
  return { onShowPartners, onCorrectType };
}

const question = (name: string) => screen.getByRole('region', { name });
const columnHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent);

function openCertainMatches() {
  const details = screen
    .getByText(/^Weitere Zuordnungen anzeigen/)
    .closest('details') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

describe('the gaps view of the Beispielkreis', () => {
  it("asks the steering group's three questions and names the catalogue it compares with", async () => {
    await show();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual([
      'Was fehlt?',
      'Wie gut sind Jugendhilfe und Gesundheitswesen verbunden?',
      'Wer hängt nur an Einzelnen?',
    ]);
    expect(screen.getByText(/Referenzkatalog „kkg-nzfh“, Version 2024\.1/).textContent).toContain(
      'Quelle: § 3 Abs. 2',
    );
  });

  it('says in plain German which partner types the law expects and the sample lacks, grouped by sector', async () => {
    await show();
    const missing = question('Was fehlt?');
    const items = within(missing)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain(
      'Im Netzwerk fehlt: Frauenärztliche Praxis (§ 3 Abs. 2 KKG: Angehörige der Heilberufe)',
    );
    expect(items).toContain(
      'Im Netzwerk fehlt: Sozialpädiatrisches Zentrum (§ 3 Abs. 2 KKG: Sozialpädiatrische Zentren)',
    );
    expect(items).toContain(
      'Im Netzwerk fehlt: Agentur für Arbeit (§ 3 Abs. 2 KKG: Agenturen für Arbeit)',
    );
    expect(items).toContain(
      'Im Netzwerk fehlt: Familiengericht (§ 3 Abs. 2 KKG: Familiengerichte)',
    );
    expect(items.some((item) => item?.includes('Geburtsklinik'))).toBe(false);
    const groups = [...missing.querySelectorAll('.gaps-group-head')].map(
      (head) => head.textContent,
    );
    expect(groups[0]).toMatch(/^Gesundheitswesen/);
  });

  it('shows the partners of a sector with missing types on the map', async () => {
    const { onShowPartners } = await show();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Auf der Karte zeigen: Partner im Bereich Gesundheitswesen',
      }),
    );
    const ids = onShowPartners.mock.calls[0]?.[0] as string[];
    expect(ids).toHaveLength(11);
    expect(ids).toContain(sample.idOf(PHYSIOTHERAPY));
  });

  it('counts the ties between youth welfare and health care and names who carries them', async () => {
    const { onShowPartners } = await show();
    const link = question('Verbindung zwischen Kinder- und Jugendhilfe und Gesundheitswesen');
    expect(link.textContent).toContain(
      'Kooperationen zwischen Kinder- und Jugendhilfe und Gesundheitswesen: 12.',
    );
    expect(link.textContent).toContain(
      'Im Bereich Kinder- und Jugendhilfe tragen diese Partner die Verbindung (4)',
    );
    expect(link.textContent).toContain(
      'Im Bereich Gesundheitswesen tragen diese Partner die Verbindung (8)',
    );
    fireEvent.click(within(link).getByRole('button', { name: COORDINATOR }));
    expect(onShowPartners).toHaveBeenLastCalledWith([sample.idOf(COORDINATOR)]);
    fireEvent.click(within(link).getByRole('button', { name: /^Auf der Karte zeigen/ }));
    expect(onShowPartners.mock.lastCall?.[0]).toHaveLength(12);
  });

  it('lists sector pairs without a single cooperation', async () => {
    const { onShowPartners } = await show();
    const unconnected = question('Bereiche ohne jede Kooperation miteinander');
    expect(unconnected.textContent).toContain('Gesundheitswesen – Schutz und Justiz');
    fireEvent.click(
      within(unconnected).getByRole('button', {
        name: 'Auf der Karte zeigen: Partner der Bereiche Gesundheitswesen und Schutz und Justiz',
      }),
    );
    expect(onShowPartners.mock.lastCall?.[0]).toContain(sample.idOf('Frauenhaus Beispielkreis'));
  });

  it('names the isolated practice, the silo partners and who hangs on the coordinator alone', async () => {
    const { onShowPartners } = await show();
    const isolates = question('Partner ohne jede Kooperation');
    expect(within(isolates).getByRole('button', { name: PHYSIOTHERAPY })).toBeTruthy();
    const silo = question('Partner, die nur im eigenen Bereich zusammenarbeiten');
    expect(silo.textContent).toContain('Kita-Fachberatung Beispielkreis');
    const dependents = question('Partner, die nur an Schlüsselstellen hängen');
    expect(dependents.textContent).toContain(
      `Jobcenter Beispielkreis ist nur verbunden über: ${COORDINATOR}`,
    );
    fireEvent.click(
      within(dependents).getByRole('button', {
        name: 'Auf der Karte zeigen: Jobcenter Beispielkreis',
      }),
    );
    expect(onShowPartners).toHaveBeenLastCalledWith([
      sample.idOf('Jobcenter Beispielkreis'),
      sample.idOf(COORDINATOR),
    ]);
  });

  it('waits for the analysis before it names partners hanging on key points', async () => {
    await show({ analysis: null });
    const dependents = question('Partner, die nur an Schlüsselstellen hängen');
    expect(within(dependents).getByRole('status').textContent).toContain('Die Analyse läuft noch');
  });

  it('tables offers by social area and flags where an offer other areas have is missing', async () => {
    await show();
    const table = screen.getByRole('table', {
      name: 'Anzahl der Anbieter je Sozialraum und Angebot',
    });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    const row = (area: string) =>
      within(table).getByRole('rowheader', { name: area }).closest('tr') as HTMLTableRowElement;
    const cell = (area: string, offer: string) =>
      row(area).cells[columns.indexOf(offer)]?.textContent;
    expect(cell('Auenstadt-Mitte', 'Elternkurs')).toBe('3');
    expect(cell('Lindenau', 'Familienhebamme')).toBe('0 – fehlt');
    expect(cell('Birkenfelde', 'Willkommensbesuch')).toBe('2');
  });

  it('marks every suggestion as a suggestion, never as a fact, and says which text named the type', async () => {
    // The physiotherapy practice holds a consulting hour with the SPZ (its sector alone is no reason).
    const network = {
      ...sample.network,
      partners: sample.network.partners.map((p) =>
        p.name === PHYSIOTHERAPY ? { ...p, offers: [...p.offers, 'SPZ-Sprechstunde'] } : p,
      ),
    };
    const { onShowPartners } = await show({ network });
    const suggestions = question('Vorschläge');
    const items = within(suggestions).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.textContent).toContain('Vorschlag:');
    expect(suggestions.textContent).toContain(
      'Für die fehlende Einrichtungsart „Sozialpädiatrisches Zentrum“',
    );
    expect(suggestions.textContent).toContain(
      `${PHYSIOTHERAPY} – Vorschlag: bietet „SPZ-Sprechstunde“ an – darin steht „SPZ“`,
    );
    const [first] = within(suggestions).getAllByRole('button', {
      name: `Auf der Karte zeigen: ${PHYSIOTHERAPY}`,
    });
    fireEvent.click(first!);
    expect(onShowPartners).toHaveBeenLastCalledWith([sample.idOf(PHYSIOTHERAPY)]);
  });

  it('lists uncertain type matches first and passes a correction on', async () => {
    const { onCorrectType } = await show();
    const uncertain = screen.getByRole('table', { name: 'Unsichere Zuordnungen – bitte prüfen' });
    const rows = within(uncertain).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      PHYSIOTHERAPY,
      'Stadt Birkenfelde – Willkommensbesuche',
      'Volkshochschule Beispielkreis',
    ]);
    expect(rows[0]?.textContent).toContain('nur der Sektor ist bekannt');
    expect(rows[0]?.textContent).toContain('50 %');
    fireEvent.change(
      screen.getByRole('combobox', { name: `Einrichtungsart von ${PHYSIOTHERAPY}` }),
      {
        target: { value: 'spz' },
      },
    );
    expect(onCorrectType).toHaveBeenLastCalledWith(sample.idOf(PHYSIOTHERAPY), 'spz');
    fireEvent.click(
      screen.getByRole('button', { name: 'Bestätigen: Volkshochschule Beispielkreis ist Schule' }),
    );
    expect(onCorrectType).toHaveBeenLastCalledWith(
      sample.idOf('Volkshochschule Beispielkreis'),
      'schule',
    );
  });

  it('folds the certain matches away until they are opened', async () => {
    await show();
    expect(screen.queryByRole('table', { name: 'Sichere Zuordnungen' })).toBeNull();
    expect(screen.getByText('Weitere Zuordnungen anzeigen (42)')).toBeTruthy();
    openCertainMatches();
    const certain = screen.getByRole('table', { name: 'Sichere Zuordnungen' });
    const clinic = within(certain).getByRole('rowheader', {
      name: 'St.-Marien-Krankenhaus Auenstadt – Geburtsklinik',
    });
    expect(clinic.closest('tr')?.textContent).toContain('Einrichtungsart stimmt überein');
  });

  it("follows the coordinator's correction: the practice counted as an SPZ closes that gap", async () => {
    await show({ corrections: new Map([[sample.idOf(PHYSIOTHERAPY), 'spz']]) });
    expect(screen.queryByText(/Im Netzwerk fehlt: Sozialpädiatrisches Zentrum/)).toBeNull();
    openCertainMatches();
    const select = screen.getByRole('combobox', { name: `Einrichtungsart von ${PHYSIOTHERAPY}` });
    expect((select as HTMLSelectElement).value).toBe('spz');
    expect(select.closest('tr')?.textContent).toContain('von Ihnen zugeordnet');
  });

  it('sets each missing group beside how many municipalities have it (NZFH), and answers yes or no for every group', async () => {
    // The Familienhebammen team counted as a freelance midwife: the network has no Familienhebamme.
    const team = sample.idOf('Familienhebammen-Team Beispielkreis');
    await show({ corrections: new Map([[team, 'hebamme']]) });
    const missing = question('Einrichtungsarten, die im Netzwerk fehlen');
    const item = within(missing)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Im Netzwerk fehlt: Familienhebamme / FGKiKP'));
    expect(item?.textContent).toContain(
      'Zum Vergleich – Familienhebammen/Familien-Gesundheits- und Kinderkrankenpflegende: in 92,9 % der Kommunen im Netzwerk (NZFH 2020) – Ihr Netzwerk: nein',
    );
    const others = question('Wie andere Kommunen aufgestellt sind');
    expect(others.textContent).toContain('ein Anteil der Kommunen, nicht der Partner');
    expect(others.textContent).toContain('genau ein Netzwerk Frühe Hilfen haben');
    const table = within(others).getByRole('table', {
      name: 'NZFH-Kommunalbefragungen 2017 und 2020: Kooperationspartner in den Netzwerken Frühe Hilfen',
    });
    expect(columnHeaders(table)).toEqual([
      'Partnergruppe',
      'Anteil der Kommunen',
      'Jahr',
      'Ihr Netzwerk',
    ]);
    const row = (group: string) =>
      [...(within(table).getByRole('rowheader', { name: group }).closest('tr')?.cells ?? [])]
        .slice(1)
        .map((cell) => cell.textContent);
    expect(row('Familienhebammen/Familien-Gesundheits- und Kinderkrankenpflegende')).toEqual([
      '92,9 %',
      '2020',
      'nein',
    ]);
    expect(row('Allgemeiner Sozialdienst')).toEqual(['85,0 %', '2017', 'ja']);
    expect(within(table).getAllByRole('row')).toHaveLength(10);
    expect(others.textContent).toContain('NZFH-Kommunalbefragung 2017');
    expect(within(others).getAllByRole('link')[0]?.getAttribute('href')).toMatch(
      /^https:\/\/www\.fruehehilfen\.de\//,
    );
  });

  it("shows a state's own figures in its own words, and says where the catalogue cannot tell", async () => {
    const state = parseReferenceJson(
      readFileSync(resolve(import.meta.dirname, '../../fixtures/app/landeszahlen.json'), 'utf8'),
    ).figures!;
    await show({ reference: state });
    const others = question('Wie andere Jugendamtsbezirke aufgestellt sind');
    const table = within(others).getByRole('table', {
      name: 'Netzwerkbefragung Beispielland 2023',
    });
    expect(columnHeaders(table)).toEqual([
      'Partnergruppe',
      'Anteil der Jugendamtsbezirke',
      'Jahr',
      'Gezählt als',
      'Ihr Netzwerk',
    ]);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) =>
        [...(tr as HTMLTableRowElement).cells].map((cell) => cell.textContent).join(' | '),
      );
    expect(rows).toEqual([
      'Familienhebammen | 100,0 % | 2023 | als Partner im Netzwerk Frühe Hilfen | ja',
      'Kinderarztpraxen | 71,4 % | 2023 | als Partner im Netzwerk Frühe Hilfen | ja',
      'Kinderarztpraxen | 64,3 % | 2021 | als Partner im Netzwerk Frühe Hilfen | ja',
      'Hebammenzentren | 42,9 % | 2023 | in der Steuerungsgruppe vertreten | nicht geprüft',
    ]);
    expect(others.textContent).toContain(
      'Der Referenzkatalog in Gebrauch kennt diese Partnergruppe nicht.',
    );
    expect(within(others).queryByRole('link')).toBeNull();
  });

  it('speaks English when asked', async () => {
    await show();
    await act(() => i18next.changeLanguage('en'));
    expect(screen.getByRole('heading', { name: 'What is missing?' })).toBeTruthy();
    expect(
      screen.getByText('Missing from the network: Family court (§ 3 (2) KKG: family courts)'),
    ).toBeTruthy();
    const others = question('How other municipalities are set up');
    const table = within(others).getByRole('table');
    expect(
      within(table).getByRole('rowheader', { name: 'General social service (ASD)' }).closest('tr')
        ?.textContent,
    ).toBe('General social service (ASD)85.0%2017yes');
  });
});
