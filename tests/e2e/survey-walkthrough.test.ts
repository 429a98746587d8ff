import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useAppPage } from './browser';
import { fillForm, readForm, type Form } from './survey-forms';

const app = useAppPage();

/** A coordinator's partner list and nothing else: 16 partners in four sectors, no cooperations. */
const SECTORS = [
  'Kinder- und Jugendhilfe',
  'Gesundheitswesen',
  'Beratung',
  'Soziale Sicherung / Arbeit',
];
const partners = Array.from({ length: 16 }, (_, i) => ({
  id: `P${String(i + 1).padStart(2, '0')}`,
  name: `Einrichtung ${String(i + 1).padStart(2, '0')}`,
  sector: SECTORS[i % 4]!,
}));
const nameOf = (i: number) => partners[i - 1]!.name;
const csv = `ID;Name;Sektor\r\n${partners.map((p) => `${p.id};${p.name};${p.sector}`).join('\r\n')}\r\n`;

const INTENSITY = {
  2: '2 – punktuelle, fallbezogene Zusammenarbeit',
  3: '3 – regelmäßige, fallübergreifende Zusammenarbeit',
} as const;

async function setUpRound(page: Page, name: string): Promise<Map<string, Form>> {
  await page.getByLabel('Name der Befragung').fill(name);
  await page.getByRole('button', { name: 'Befragung anlegen', exact: true }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Fragebögen herunterladen (ZIP)' }).click(),
  ]);
  const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
  const forms = new Map<string, Form>();
  for (const bytes of Object.values(zip)) {
    const form = readForm(bytes);
    forms.set(form.owner, form);
  }
  return forms;
}

describe('the Netzwerkbefragung as a new user tries it', () => {
  it('a partner list, a round, 12 of 16 forms back (one of last year, one on paper typed in): map, response, disagreements, trust and value by sector, report — nothing leaves the browser', async () => {
    const { page } = app;
    // Only a partner list: imported as a network of its own.
    await page.getByRole('button', { name: 'Daten importieren' }).click();
    await page
      .getByRole('dialog', { name: 'Daten importieren' })
      .getByLabel('Dateien auswählen')
      .setInputFiles({
        name: 'partner.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
      });
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await page.getByRole('button', { name: 'Übernehmen', exact: true }).click();
    const figure = (name: string) =>
      page.locator(`[data-analysis="done"] [data-figure="${name}"] dd`);
    await expect.poll(() => figure('partners').textContent()).toBe('16');
    expect(await figure('cooperations').textContent()).toBe('0');

    // Last year's round, whose forms went out then, and this year's.
    await page.getByRole('button', { name: 'Befragung', exact: true }).click();
    const lastYear = await setUpRound(page, 'Befragung 2024');
    await page.getByRole('button', { name: 'Neue Befragung anlegen' }).click();
    await page.getByRole('button', { name: 'Ja, verwerfen' }).click();
    const forms = await setUpRound(page, 'Befragung 2025');
    expect(forms.size).toBe(16);

    // Ten partners fill in their workbook: each says "regelmäßig" about the next and
    // "punktuell" about the one before, and rates the next one's reliability.
    const reliable = forms.get(nameOf(1))!.columnOf('Vertrauen: zuverlässig');
    const returned = Array.from({ length: 10 }, (_, k) => {
      const i = k + 1;
      const answers: { about: string; text: string; column?: string }[] = [
        { about: nameOf(i + 1), text: INTENSITY[3] },
        { about: nameOf(i + 1), text: i % 2 === 0 ? '4 – sehr' : '3 – ziemlich', column: reliable },
      ];
      if (i > 1) answers.push({ about: nameOf(i - 1), text: INTENSITY[2] });
      return { name: `${nameOf(i)}.xlsx`, bytes: fillForm(forms.get(nameOf(i))!, answers) };
    });
    // The eleventh sends back last year's form.
    const old = lastYear.get(nameOf(11))!;
    returned.push({
      name: `${nameOf(11)} (2024).xlsx`,
      bytes: fillForm(old, [{ about: nameOf(12), text: INTENSITY[3] }]),
    });
    await page
      .getByLabel('Zurückgeschickte Fragebögen auswählen (.xlsx, mehrere möglich)')
      .setInputFiles(
        returned.map(({ name, bytes }) => ({
          name,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from(bytes),
        })),
      );
    const pending = page.locator('.survey-pending tbody tr');
    await expect.poll(() => pending.count(), { timeout: 30_000 }).toBe(11);
    const refused = pending.filter({ hasText: '(2024).xlsx' });
    expect(await refused.locator('td').first().textContent()).toBe('nicht verwendet');
    expect(await refused.textContent()).toContain('gehört zur Befragung „Befragung 2024“');

    // The twelfth answered on paper: typed in.
    await page.getByText('Antworten von Hand eingeben (Telefon, Papier)').click();
    await page.getByLabel('Wer hat geantwortet?').selectOption({ label: nameOf(12) });
    await page.getByLabel('Bezeichnung der Eingabe').fill('Papierbogen');
    await page
      .getByLabel(`Intensität der Zusammenarbeit: ${nameOf(1)}`, { exact: true })
      .selectOption({ label: '4 – verbindliche Kooperation' });
    await page
      .getByLabel('Zufriedenheit mit dem Netzwerk')
      .selectOption({ label: '5 – sehr zufrieden' });
    await page.getByRole('button', { name: 'Eingabe prüfen' }).click();
    await expect.poll(() => pending.count()).toBe(12);
    await page.getByRole('button', { name: 'Übernehmen (11 Antworten)' }).click();

    // The response rate, who has not answered, the ties seen differently.
    const rate = page.locator('[data-survey="response-rate"]');
    await expect
      .poll(() => rate.textContent(), { timeout: 30_000 })
      .toBe('Rücklaufquote 69 %: 11 von 16 gefragten Partnern haben geantwortet.');
    const missing = await page.locator('.survey-merge .survey-names li').allTextContents();
    expect(missing.sort()).toEqual([11, 13, 14, 15, 16].map(nameOf));
    const disagreements = page.locator('[data-survey="disagreements"] tbody tr');
    // Nine neighbours see their tie differently, and the first says nothing of the paper
    // answer's binding cooperation (a row left blank: no contact).
    expect(await disagreements.count()).toBe(10);
    const said = await disagreements.locator('td').allTextContents();
    expect(said).toContain(
      `${nameOf(2)} sagt „punktuelle, fallbezogene Zusammenarbeit“, ${nameOf(1)} sagt „regelmäßige, fallübergreifende Zusammenarbeit“.`,
    );
    expect(said).toContain(
      `${nameOf(1)} sagt „keine“, ${nameOf(12)} sagt „verbindliche Kooperation“.`,
    );
    // Trust by sector from the ratings given.
    const bySector = page.getByRole('table', { name: 'Vertrauen und Wert nach Sektor' });
    expect(await bySector.locator('tbody tr').count()).toBe(4);
    expect(await bySector.textContent()).toContain('des Höchstwerts');
    expect(await page.locator('[data-survey="trust"] dd').first().textContent()).toContain(
      '10 Bewertungen',
    );

    // The merged network on the map: ten ties along the chain and the one typed in.
    await page.getByRole('button', { name: 'Als Netzwerk übernehmen' }).click();
    await page.getByRole('button', { name: 'Ja, ersetzen' }).click();
    await expect.poll(() => figure('cooperations').textContent()).toBe('11');
    await page.getByRole('button', { name: 'Karte', exact: true }).click();
    await page.locator('.map-controls').waitFor();

    // The report's section.
    await page.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
    const section = page.locator('#report-survey');
    await section.waitFor({ timeout: 30_000 });
    expect(await section.locator('[data-report="response-rate"]').textContent()).toBe(
      'Rücklaufquote 69 %: 11 von 16 gefragten Partnern haben geantwortet.',
    );
    expect(
      (await section.locator('[data-report="missing"]').textContent())!.split(', ').sort(),
    ).toEqual([11, 13, 14, 15, 16].map(nameOf));
    expect(await section.textContent()).toContain('Verschiedene Angaben (10)');
    // useAppPage asserts after the test that the page made no request to anywhere else.
  });
});
