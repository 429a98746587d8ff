import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useAppPage } from './browser';
import { answer, readForm } from './survey-forms';

const app = useAppPage();

describe('Netzwerkbefragung', () => {
  it('a round on the sample: forms out, two filled in by hand come back, response rate and disagreement, kept as a Stand', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Befragung', exact: true }).click();
    const year = new Date().getFullYear();
    await expect
      .poll(() => page.getByLabel('Name der Befragung').inputValue())
      .toBe(`Befragung ${year}`);
    await page.getByRole('button', { name: 'Befragung anlegen', exact: true }).click();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Fragebögen herunterladen (ZIP)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Befragung ${year}.zip`);
    const forms = unzipSync(new Uint8Array(await readFile(await download.path())));
    const names = Object.keys(forms);
    expect(names).toHaveLength(45);

    const first = readForm(forms[names[0]!]!);
    const other = first.rows[0]!.name;
    const secondName = names.find((name) => readForm(forms[name]!).owner === other)!;
    const second = readForm(forms[secondName]!);
    const filled = [
      { name: names[0]!, bytes: answer(first, other, '4 – verbindliche Kooperation') },
      {
        name: secondName,
        bytes: answer(second, first.owner, '2 – punktuelle, fallbezogene Zusammenarbeit'),
      },
    ];
    await page
      .getByLabel('Zurückgeschickte Fragebögen auswählen (.xlsx, mehrere möglich)')
      .setInputFiles(
        filled.map(({ name, bytes }) => ({
          name,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from(bytes),
        })),
      );
    const pending = page.locator('.survey-pending tbody tr');
    await expect.poll(() => pending.count(), { timeout: 20_000 }).toBe(2);
    expect(await pending.nth(0).locator('td').first().textContent()).toBe(first.owner);
    expect(await pending.nth(1).locator('td').first().textContent()).toBe(other);
    // Nothing counts before "Übernehmen".
    expect(await page.locator('[data-survey="response-rate"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Übernehmen (2 Antworten)' }).click();

    const rate = page.locator('[data-survey="response-rate"]');
    await expect.poll(() => rate.textContent(), { timeout: 20_000 }).toContain('2 von 45');
    expect(await rate.textContent()).toContain('Rücklaufquote 4 %');
    const disagreement = (await page
      .locator('[data-survey="disagreements"] td')
      .first()
      .textContent())!;
    expect(disagreement).toContain(`${first.owner} sagt „verbindliche Kooperation“`);
    expect(disagreement).toContain(`${other} sagt „punktuelle, fallbezogene Zusammenarbeit“`);
    // What missing answers do, in one sentence as in the report.
    expect(await page.locator('.survey-warnings').textContent()).toMatch(
      /^Nur 4 % der gefragten Partner haben geantwortet\. Unsicher sind deshalb die Zentralisierung, .* und der Wert\.$/,
    );

    await page.getByRole('button', { name: 'Als Stand übernehmen' }).click();
    await page.getByText(`Stand „Befragung ${year}“ festgehalten.`, { exact: false }).waitFor();
    // The Stände are listed in the comparison's view.
    await page.getByRole('button', { name: 'Vergleich', exact: true }).click();
    await expect
      .poll(() => page.locator('.compare-stands li').first().textContent({ timeout: 10_000 }))
      .toContain(`Befragung ${year}`);

    // The round and its answers are kept with the network: a reload shows them again.
    await expect
      .poll(() => page.locator('.save-status').getAttribute('data-save'), { timeout: 10_000 })
      .toBe('saved');
    await page.reload();
    await page.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
    await page.getByRole('button', { name: 'Befragung', exact: true }).click();
    await page.getByRole('heading', { name: 'Übernommene Antworten (2)' }).waitFor();
    await expect.poll(() => rate.textContent(), { timeout: 20_000 }).toContain('2 von 45');

    // The Netzwerkbericht has the section, computed in the worker, and prints it.
    await page.getByRole('button', { name: 'Bericht & Export', exact: true }).click();
    const section = page.locator('#report-survey');
    await section.waitFor({ timeout: 30_000 });
    expect(await section.locator('h2').textContent()).toBe('Netzwerkbefragung');
    const reportRate = 'Rücklaufquote 4 %: 2 von 45 gefragten Partnern haben geantwortet.';
    expect(await section.locator('[data-report="response-rate"]').textContent()).toBe(reportRate);
    expect(await section.locator('[data-report="disagreements"] td').nth(1).textContent()).toBe(
      `${first.owner} sagt „verbindliche Kooperation“, ${other} sagt „punktuelle, fallbezogene Zusammenarbeit“.`,
    );
    await expect
      .poll(
        () => page.getByRole('button', { name: 'Bericht drucken / als PDF speichern' }).isEnabled(),
        { timeout: 30_000 },
      )
      .toBe(true);
    // In print, the section is part of the printed page (not hidden by the print stylesheet).
    await page.emulateMedia({ media: 'print' });
    expect(await section.isVisible()).toBe(true);
    expect(await section.locator('[data-report="response-rate"]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
