import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppPage } from './browser';

const app = useAppPage();
let page: Page;

beforeEach(() => {
  page = app.page;
});

const COORDINATOR = 'Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen';
const JOB_CENTRE = 'Jobcenter Beispielkreis';

async function axeViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The network as the app shows it: the key figure beside the map and the rows of the table. */
async function partnersShown(): Promise<{ figure: string | null; rows: number; names: string }> {
  const figure = await page
    .locator('.key-figures[data-analysis="done"] [data-figure="partners"] dd')
    .textContent();
  await page.getByRole('button', { name: /^(Tabelle|Table)$/ }).click();
  const table = page.locator('.partner-table tbody tr');
  await expect.poll(() => table.count()).toBeGreaterThan(0);
  return { figure, rows: await table.count(), names: (await table.allTextContents()).join('|') };
}

describe('"Was wäre, wenn … wegfällt?"', () => {
  it('answers in the partner panel in one step: without the coordinator the job centre is cut off, and the network stays as it is', async () => {
    await page.getByLabel('Partner suchen').fill('Netzwerkkoordination');
    await page.getByRole('button', { name: COORDINATOR }).click();
    const panel = page.locator('.partner-panel');
    await panel.getByRole('button', { name: 'Was wäre, wenn dieser Partner wegfällt?' }).click();
    const answer = panel.getByRole('region', { name: `Wenn „${COORDINATOR}“ wegfällt` });
    await answer.waitFor({ timeout: 20_000 });
    expect(await answer.textContent()).toContain(
      `1 Partner stünde ohne jede Kooperation da: ${JOB_CENTRE}`,
    );
    expect(await answer.getByRole('row', { name: new RegExp(JOB_CENTRE) }).textContent()).toContain(
      'ohne jede Kooperation',
    );
    expect(await answer.textContent()).toContain('Nur durchgerechnet');
    expect(await axeViolations()).toEqual([]);

    // Shown on the map: the coordinator and the three partners who would lose the connection.
    await answer.getByRole('button', { name: /^Auf der Karte zeigen/ }).click();
    await expect
      .poll(() => page.locator('.map-highlight').textContent())
      .toMatch(/4 Partner hervorgehoben/);

    // Nothing was taken out: 45 partners beside the map and in the table, the coordinator among them.
    const shown = await partnersShown();
    expect(shown.figure).toBe('45');
    expect(shown.rows).toBe(45);
    expect(shown.names).toContain(COORDINATOR);
    expect(shown.names).toContain(JOB_CENTRE);
  });

  it('answers in the analysis for partners chosen there, in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Analysis', exact: true }).click();
    const section = page.getByRole('region', { name: 'What if … dropped out?' });
    await section.waitFor({ timeout: 20_000 });
    await section.getByLabel('Find partners dropping out').fill('netzwerkkoordination');
    await section.getByRole('checkbox', { name: new RegExp(COORDINATOR) }).check();
    await section.getByRole('button', { name: 'What if this partner dropped out?' }).click();
    const answer = section.getByRole('region', { name: `If “${COORDINATOR}” dropped out` });
    await answer.waitFor({ timeout: 20_000 });
    const text = (await answer.textContent()) ?? '';
    expect(text).toContain(`1 partner would be left without any cooperation: ${JOB_CENTRE}`);
    expect(text).toContain(
      'Child and youth welfare and Counselling would no longer work together.',
    );
    expect(await answer.locator('[data-what-if-figure="partners"] td').allTextContents()).toEqual([
      '45',
      '44',
    ]);
    expect(await axeViolations()).toEqual([]);

    const shown = await partnersShown();
    expect(shown.figure).toBe('45');
    expect(shown.rows).toBe(45);
    expect(shown.names).toContain(COORDINATOR);
  });

  it('names in the report what the loss of each key point would cause', async () => {
    await page.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
    const section = page.locator('#report-losses');
    await section.waitFor({ timeout: 20_000 });
    const first = section.locator('tbody tr').first();
    expect(await first.locator('td').first().textContent()).toBe(COORDINATOR);
    expect(await first.textContent()).toContain(`Ohne jede Kooperation: ${JOB_CENTRE}`);
  });
});
