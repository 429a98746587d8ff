import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppPage } from './browser';

const app = useAppPage();

async function setUpRound(page: Page) {
  await page.getByRole('button', { name: 'Befragung', exact: true }).click();
  await page.getByRole('button', { name: 'Befragung anlegen', exact: true }).click();
  await page.getByRole('button', { name: 'Fragebögen herunterladen (ZIP)' }).waitFor();
  return `Befragung ${new Date().getFullYear()}`;
}

/** The page count and the size of the first page of a PDF as Chromium writes it. */
function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text)!;
  return {
    pages: text.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0,
    width: Number(box[1]),
    height: Number(box[2]),
  };
}

describe('the paper form', () => {
  it('shows one partner’s form with the round, the partner, the others by sector, boxes and the key, and prints only that, in landscape', async () => {
    const { page } = app;
    const round = await setUpRound(page);
    const chooser = page.getByLabel('Fragebogen auf Papier für');
    const asked = await chooser.locator('option').allTextContents();
    expect(asked[0]).toBe('alle 45 gefragten Partner (jeder auf neuer Seite)');
    const partner = asked[4]!;
    await chooser.selectOption({ label: partner });
    await page.getByRole('button', { name: 'Zum Ausdrucken anzeigen' }).click();

    const form = page.locator('.survey-paper-form');
    await expect.poll(() => form.count()).toBe(1);
    expect(await form.locator('.survey-paper-title').textContent()).toBe(
      `Netzwerkbefragung: ${round}`,
    );
    expect(await form.locator('.survey-paper-for').first().textContent()).toBe(
      `Fragebogen für: ${partner}`,
    );
    // Every other partner once, in runs of one sector; the partner itself is not asked about.
    const rows = await form.locator('.survey-paper-grid tbody th[scope="row"]').allTextContents();
    expect(rows).toHaveLength(44);
    expect(rows).not.toContain(partner);
    const sectors = await form.locator('.survey-paper-sector th').allTextContents();
    expect(new Set(sectors).size).toBe(sectors.length);
    expect(sectors).toContain('Gesundheitswesen');
    // Nine questions: contact and intensity 0–4, six of trust and value 1–4 → 34 boxes a row.
    expect(await form.locator('.survey-paper-grid tbody tr').nth(1).locator('.box').count()).toBe(
      34,
    );
    expect(await form.locator('.survey-paper-item').allTextContents()).toEqual([
      'Kontakt',
      'Intensität der Zusammenarbeit',
      'Vertrauen: zuverlässig',
      'Vertrauen: offen für Austausch',
      'Vertrauen: gemeinsame Ziele',
      'Wert: Einfluss',
      'Wert: Ressourcen',
      'Wert: Engagement',
    ]);
    const key = (await form.locator('[data-paper="key"]').textContent())!;
    expect(key).toContain('Kontakt: 0 = nie · 1 = jährlich');
    expect(key).toContain('4 = verbindliche Kooperation');
    expect(key).toContain('1 = gar nicht · 2 = ein wenig · 3 = ziemlich · 4 = sehr');
    expect(key).toContain('Zufriedenheit mit dem Netzwerk: 1 = sehr unzufrieden');
    // The questions about the partner itself: each contribution ja / nein, lines, satisfaction.
    const own = form.locator('.survey-paper-own');
    expect(await own.locator('.survey-paper-checklist tr').count()).toBe(12);
    expect(await own.locator('.survey-paper-checklist tr').first().textContent()).toBe(
      'Fachwissen ja nein',
    );
    expect(await own.locator('.survey-paper-line').count()).toBeGreaterThan(0);
    expect(await own.locator('.survey-paper-scale').textContent()).toContain('5 – sehr zufrieden');

    // Printed, only the form shows: the round's set-up, the answers and the buttons do not.
    await page.emulateMedia({ media: 'print' });
    expect(await form.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Antworten einlesen' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Schließen' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const printed = pdfPages(pdf);
    // A4 landscape: 297 × 210 mm in points.
    expect(Math.round(printed.width)).toBe(842);
    expect(Math.round(printed.height)).toBe(595);
    // The grid of 44 partners takes pages of its own, the own questions another.
    expect(printed.pages).toBeGreaterThanOrEqual(3);
    expect(printed.pages).toBeLessThanOrEqual(6);

    // All partners: one form each, each from a new page.
    await page.getByRole('button', { name: 'Schließen' }).click();
    expect(await form.count()).toBe(0);
    await chooser.selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Zum Ausdrucken anzeigen' }).click();
    await expect.poll(() => form.count()).toBe(45);
    expect(
      await form.evaluateAll((forms) =>
        forms.slice(1).every((f) => getComputedStyle(f).breakBefore === 'page'),
      ),
    ).toBe(true);
  });
});

/** Types a phone answer into the entry mask and takes it over. */
async function typePhoneAnswer(page: Page) {
  await page.getByText('Antworten von Hand eingeben (Telefon, Papier)').click();
  const respondent = page.getByLabel('Wer hat geantwortet?');
  const names = await respondent.locator('option').allTextContents();
  const who = names[1]!;
  const about = names[2]!;
  await respondent.selectOption({ label: who });
  await page
    .getByLabel(`Intensität der Zusammenarbeit: ${about}`, { exact: true })
    .selectOption({ label: '3 – regelmäßige, fallübergreifende Zusammenarbeit' });
  await page.getByLabel('Beitrag zum Netzwerk: Fachwissen').selectOption({ label: 'ja' });
  await page.getByLabel('Beitrag zum Netzwerk: Räume').selectOption({ label: 'nein' });
  await page.getByLabel('Fehlende Partner').fill('Frauenhaus Nordstadt\n\nHebammenpraxis Süd');
  await page
    .getByLabel('Zufriedenheit mit dem Netzwerk')
    .selectOption({ label: '4 – eher zufrieden' });
  await page.getByRole('button', { name: 'Eingabe prüfen' }).click();
  await page.getByRole('button', { name: 'Übernehmen (1 Antwort)' }).click();
  return { who, about };
}

async function ownAnswersShown(page: Page) {
  await page.getByRole('button', { name: 'Befragung', exact: true }).click();
  await page.getByRole('heading', { name: 'Übernommene Antworten (1)' }).waitFor();
  const rate = page.locator('[data-survey="response-rate"]');
  await expect.poll(() => rate.textContent(), { timeout: 20_000 }).toContain('1 von 45');
  const own = page.locator('[data-survey="own"]');
  expect(await own.locator('[data-survey="own-scale"]').textContent()).toBe(
    'Zufriedenheit mit dem Netzwerk: im Mittel 4,0 von 5 (n = 1: eine Antwort).',
  );
  const fachwissen = own.getByRole('row', { name: /^Fachwissen/ });
  expect(await fachwissen.locator('td').allTextContents()).toEqual(['1', '0']);
  const rooms = own.getByRole('row', { name: /^Räume/ });
  expect(await rooms.locator('td').allTextContents()).toEqual(['0', '1']);
  expect(
    await page
      .getByRole('button', { name: '„Frauenhaus Nordstadt“ als Partner hinzufügen' })
      .count(),
  ).toBe(1);
}

describe('a phone answer is never lost', () => {
  it('typed in with the partner’s own answers and reloaded at once, it is there with its summary', async () => {
    const { page } = app;
    page.on('dialog', (dialog) => void dialog.accept());
    await setUpRound(page);
    await typePhoneAnswer(page);
    // At once: no waiting for the save.
    await page.reload();
    await page.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
    await ownAnswersShown(page);
  });

  it('the page closed right after the answer was taken over: a new page has it', async () => {
    const { page } = app;
    await setUpRound(page);
    await typePhoneAnswer(page);
    const url = page.url();
    await page.waitForTimeout(100);
    await page.close({ runBeforeUnload: false });
    const next = await app.context.newPage();
    app.page = next;
    await next.goto(url);
    await next.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
    await ownAnswersShown(next);
    // One click adds a name given as missing, as an edit that undo takes back.
    await next
      .getByRole('button', { name: '„Frauenhaus Nordstadt“ als Partner hinzufügen' })
      .click();
    await next.getByRole('cell', { name: 'schon im Netzwerk' }).first().waitFor();
    expect(
      await next.locator('[data-analysis="done"] [data-figure="partners"] dd').textContent(),
    ).toBe('46');
  });
});

describe('survey changes in the undo bar', () => {
  it('names what it undoes, takes the answer back and redoes it; the undone state is what a reload shows', async () => {
    const { page } = app;
    const round = await setUpRound(page);
    const undo = page.getByRole('button', { name: 'Rückgängig', exact: true });
    const redo = page.getByRole('button', { name: 'Wiederholen', exact: true });
    expect(await undo.getAttribute('title')).toContain(`Rückgängig: Befragung „${round}“ angelegt`);
    const { who } = await typePhoneAnswer(page);
    await page.getByRole('heading', { name: 'Übernommene Antworten (1)' }).waitFor();
    expect(await undo.getAttribute('title')).toContain(
      `Rückgängig: 1 Antwort in die Befragung übernommen (${who})`,
    );
    await undo.click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Übernommene Antworten (1)' }).count())
      .toBe(0);
    expect(await page.locator('[data-survey="response-rate"]').count()).toBe(0);
    expect(await redo.getAttribute('title')).toContain(
      `Wiederholen: 1 Antwort in die Befragung übernommen (${who})`,
    );
    await redo.click();
    await page.getByRole('heading', { name: 'Übernommene Antworten (1)' }).waitFor();
    // Undone again and reloaded at once: the round is there, the answer is not.
    await undo.click();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await page.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
    await page.getByRole('button', { name: 'Befragung', exact: true }).click();
    await page.getByRole('heading', { name: round }).waitFor();
    expect(await page.getByRole('heading', { name: /^Übernommene Antworten/ }).count()).toBe(0);
  });
});
