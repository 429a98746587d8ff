// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportDocument } from '../../../src/app/report/ReportDocument';
import type { ReportData } from '../../../src/app/report/types';
import { cliTranslator } from '../../../src/cli/i18n';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { buildFullReport } from '../../../src/core/report/full-report';
import { keyFigures } from '../../../src/core/report/key-figures';
import { compareWithReference } from '../../../src/core/reference/compare-with-reference';
import { defaultReferenceFigures } from '../../../src/core/reference/default-reference-figures';

const HOSTILE = '<img src=x onerror=alert(1)>';
const catalogue = defaultCatalogue();

/**
 * The youth office with a midwife, a clinic and a Kita around it; the clinic's name is hostile;
 * the Frauenhaus works with no one. By hand: across youth welfare and health care two ties, the
 * youth office alone on its side; single ties — midwife, clinic, Kita; key point — the youth
 * office (its loss leaves three partners alone); isolated — the Frauenhaus.
 */
const network: Network = {
  partners: [
    createPartner({
      id: 'ja',
      name: 'Jugendamt',
      sector: 'Kinder- und Jugendhilfe',
      type: 'Jugendamt',
    }),
    createPartner({
      id: 'heb',
      name: 'Hebamme Storch',
      sector: 'Gesundheitswesen',
      type: 'Hebamme',
    }),
    createPartner({ id: 'kl', name: HOSTILE, sector: 'Gesundheitswesen', type: 'Geburtsklinik' }),
    createPartner({
      id: 'kita',
      name: 'Kita Sonnenschein',
      sector: 'Kinder- und Jugendhilfe',
      type: 'Kita',
    }),
    createPartner({
      id: 'fh',
      name: 'Frauenhaus Lindenau',
      sector: 'Schutz und Justiz',
      type: 'Frauenhaus',
    }),
  ],
  cooperations: [
    createCooperation({ source: 'ja', target: 'heb', intensity: 3 }),
    createCooperation({ source: 'ja', target: 'kl', intensity: 2 }),
    createCooperation({ source: 'ja', target: 'kita', intensity: 2 }),
  ],
};
const full = buildFullReport({ network }, [], () => '', { catalogue });

function data(overrides: Partial<ReportData> = {}): ReportData {
  return {
    title: 'Netzwerkbericht',
    networkName: 'Musterstadt',
    date: '2025-11-04',
    language: 'de',
    catalogue: full.catalogue,
    report: full,
    gaps: full.gaps,
    keyPointLosses: full.keyPointLosses,
    doubles: full.doubles,
    ...overrides,
  };
}

/** A statement's sentence, without the link after it. */
function sentence(li: Element): string {
  const paragraph = li.querySelector('p')!.cloneNode(true) as Element;
  paragraph.querySelector('a')?.remove();
  return (paragraph.textContent ?? '').trim();
}

function statements(container: HTMLElement) {
  return [...container.querySelectorAll('#report-summary li')].map((li) => ({
    kind: li.getAttribute('data-finding'),
    text: sentence(li),
    number: li.querySelector('strong.count')?.textContent ?? null,
    link: li.querySelector('a')?.getAttribute('href') ?? null,
  }));
}

describe('the report\'s first page, "Das Wichtigste in Kürze"', () => {
  afterEach(cleanup);

  it('comes first, one sentence a finding, the law first, in plain German with its number', () => {
    const { container } = render(<ReportDocument {...data()} t={cliTranslator('de')} />);
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings[0]).toBe('Das Wichtigste in Kürze');
    const found = statements(container);
    expect(found.map((s) => s.kind)).toEqual([
      'missing-by-law',
      'missing-recommended',
      'youth-health',
      'single-tie',
      'key-points',
      'isolated',
      'doubles',
      'no-previous-stand',
      'key-partner-loss',
    ]);
    const text = (kind: string) => found.find((s) => s.kind === kind)!;
    expect(text('missing-by-law').text).toBe(
      'Es fehlen 19 Partnergruppen, die das Gesetz (§ 3 KKG) vorsieht: Fachdienst Kinderschutz, Familienbildungsstätte, Mehrgenerationenhaus und 16 weitere.',
    );
    expect(text('missing-by-law').number).toBe('19');
    expect(text('youth-health').text).toBe(
      `3 Partner tragen die Verbindung zwischen Kinder- und Jugendhilfe und Gesundheitswesen mit 2 Kooperationen. Kinder- und Jugendhilfe: Jugendamt. Gesundheitswesen: Hebamme Storch und ${HOSTILE}. Auf einer Seite hängt sie an einem einzigen Partner (Jugendamt): Fällt er weg, sind die beiden Bereiche getrennt.`,
    );
    expect(text('youth-health').number).toBe('3');
    expect(text('single-tie').text).toBe(
      `3 Partner hängen an einer einzigen Kooperation: Hebamme Storch, Kita Sonnenschein und ${HOSTILE}.`,
    );
    expect(text('key-points').text).toBe(
      `1 Partner ist eine Schlüsselstelle, ohne die das Netzwerk in Teile zerfiele: Jugendamt. 3 Partner sind nur über Schlüsselstellen mit dem Netzwerk verbunden: Hebamme Storch, ${HOSTILE} und Kita Sonnenschein.`,
    );
    expect(text('isolated').text).toBe(
      '1 Partner arbeitet mit niemandem im Netzwerk zusammen: Frauenhaus Lindenau.',
    );
    expect(text('isolated').number).toBe('1');
    expect(text('doubles').text).toBe('Es gibt keine Hinweise auf Doppelstrukturen.');
    expect(text('doubles').number).toBeNull();
    expect(text('no-previous-stand').link).toBeNull();
    expect(text('key-partner-loss').text).toBe(
      'Fiele Jugendamt weg, verlören 3 Partner die Verbindung zum übrigen Netzwerk. Kinder- und Jugendhilfe und Gesundheitswesen arbeiteten nicht mehr zusammen. Kinder- und Jugendhilfe hätte keine Kooperation mehr mit einem anderen Sektor. Gesundheitswesen hätte keine Kooperation mehr mit einem anderen Sektor.',
    );
  });

  it('sets the national figure beside a missing group that has one', () => {
    const reference = compareWithReference(
      defaultReferenceFigures(),
      catalogue,
      full.gaps.missingTypes,
    );
    const { container } = render(
      <ReportDocument {...data({ reference })} t={cliTranslator('de')} />,
    );
    expect(statements(container)[0]?.text).toContain(
      'Familienbildungsstätte – in 60,8 % der Kommunen (NZFH 2020), Mehrgenerationenhaus',
    );
  });

  it('leads from every statement to a part of the report that is there', () => {
    const { container } = render(<ReportDocument {...data()} t={cliTranslator('de')} />);
    for (const { kind, link } of statements(container)) {
      if (kind === 'no-previous-stand') continue;
      expect(link, kind!).toMatch(/^#report-/);
      expect(container.querySelector(link!), `${kind} → ${link}`).not.toBeNull();
    }
  });

  it("writes a partner's name as text, never as markup", () => {
    const { container } = render(<ReportDocument {...data()} t={cliTranslator('de')} />);
    expect(container.querySelector('#report-summary img')).toBeNull();
    expect(container.querySelector('#report-summary')?.textContent).toContain(HOSTILE);
  });

  it('says so where nothing applies, and tells what changed since the last Stand', () => {
    const ring: Network = {
      partners: network.partners.slice(0, 4),
      cooperations: [
        createCooperation({ source: 'ja', target: 'heb', intensity: 3 }),
        createCooperation({ source: 'heb', target: 'kl', intensity: 2 }),
        createCooperation({ source: 'kl', target: 'kita', intensity: 2 }),
        createCooperation({ source: 'kita', target: 'ja', intensity: 2 }),
      ],
    };
    const now = buildFullReport({ network: ring }, [], () => '', { catalogue });
    const { container } = render(
      <ReportDocument
        {...data({
          report: now,
          gaps: now.gaps,
          keyPointLosses: now.keyPointLosses,
          doubles: now.doubles,
          comparison: {
            date: '2024-03-01',
            figures: keyFigures(full),
            partners: { added: [], gone: [{ id: 'fh', name: 'Frauenhaus Lindenau' }] },
          },
        })}
        t={cliTranslator('de')}
      />,
    );
    const found = Object.fromEntries(statements(container).map((s) => [s.kind, s.text]));
    expect(found['single-tie']).toBe('Kein Partner hängt an einer einzigen Kooperation.');
    expect(found['isolated']).toBe('Jeder Partner hat mindestens eine Kooperation.');
    expect(found['key-points']).toBe(
      'Kein Partner hält das Netzwerk allein zusammen: Fällt einer weg, bleiben alle anderen miteinander verbunden.',
    );
    expect(found['key-partner-loss']).toBe(
      'Der Wegfall eines einzelnen Partners ließe niemanden ohne Verbindung zurück.',
    );
    expect(found['changes']).toBe(
      'Seit dem letzten Stand vom 1. März 2024: 1 Partner nicht mehr dabei (Frauenhaus Lindenau); jetzt 4 Partner (vorher 5), 4 Kooperationen (vorher 3) und 0 Partner ohne Kooperation (vorher 1).',
    );
    // The details: the comparison lists who went.
    expect(container.querySelector('#report-comparison')?.textContent).toContain(
      'Nicht mehr im Netzwerk',
    );
  });

  it('speaks English with the English texts, singular and plural alike', () => {
    const { container } = render(
      <ReportDocument {...data({ language: 'en' })} t={cliTranslator('en')} />,
    );
    const found = Object.fromEntries(statements(container).map((s) => [s.kind, s.text]));
    expect(container.querySelector('h2')?.textContent).toBe('Key findings at a glance');
    expect(found['isolated']).toBe(
      '1 partner works with no one in the network: Frauenhaus Lindenau.',
    );
    expect(found['single-tie']).toMatch(/^3 partners hang on a single cooperation: /);
  });
});
