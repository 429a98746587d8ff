import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppPage } from './browser';
import { inkShare } from './pixels';

const app = useAppPage();
let page: Page;

beforeEach(() => {
  page = app.page;
});

const view = (name: string) => page.getByRole('button', { name, exact: true }).click();

async function axeViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('the analysis a steering group can act on', () => {
  it('explains every measure and ranks the coordinator first as bridge builder', async () => {
    await view('Analyse');
    await page.getByRole('heading', { name: 'Maße je Partner' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    for (const phrase of ['Brückenbauer', 'Nähe', 'Einfluss', 'Schlüsselstellen', 'E-I-Index'])
      expect(text).toContain(phrase);
    await page
      .getByRole('button', { name: /Brückenbauer/ })
      .first()
      .click();
    const firstRow = page
      .locator('table')
      .filter({ hasText: 'Brückenbauer' })
      .locator('tbody tr')
      .first();
    const descending = (await firstRow.textContent()) ?? '';
    if (!descending.includes('Netzwerkkoordination'))
      await page
        .getByRole('button', { name: /Brückenbauer/ })
        .first()
        .click();
    expect(await firstRow.textContent()).toContain(
      'Jugendamt Beispielkreis – Netzwerkkoordination Frühe Hilfen',
    );
  });

  it('sizes and colours the map by any measure and highlights the key points', async () => {
    await page.getByLabel('Punktgröße nach').selectOption('betweenness');
    await page.getByLabel('Farbe nach').selectOption('community');
    await expect.poll(() => page.locator('.legend').textContent()).toContain('Gruppe 1');
    await page.getByLabel(/Schlüsselstellen und einzige Verbindungen/).check();
    await expect.poll(() => page.locator('.legend').textContent()).toContain('Rot:');
    expect(await inkShare(page, '.map-canvas')).toBeGreaterThan(0.01);
  });
});

describe('gaps and doubled structures', () => {
  it('walks from a missing-sector finding to the partners on the map', async () => {
    await view('Lücken');
    await page.getByRole('heading', { name: 'Was fehlt?' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Frauenärztliche Praxis');
    expect(text).toContain('Familiengericht');
    expect(text).toContain('Agentur für Arbeit');
    // A finding's own button ("Auf der Karte zeigen: …"), not the key-figure tile's.
    await page
      .getByRole('button', { name: /^Auf der Karte zeigen: / })
      .first()
      .click();
    await page.locator('.map-highlight').waitFor();
    expect(await page.locator('.map-highlight').textContent()).toMatch(/\d+ Partner hervorgehoben/);
    expect(await inkShare(page, '.map-canvas')).toBeGreaterThan(0.005);
  });

  it('checks the network against a catalogue the user loads instead of the default one', async () => {
    await view('Lücken');
    await page.getByRole('heading', { name: 'Was fehlt?' }).waitFor();
    await page
      .getByLabel(/Eigenen Katalog laden/)
      .setInputFiles(resolve(import.meta.dirname, '../fixtures/app/landeskatalog.csv'));
    await expect
      .poll(() => page.locator('.catalogue-chooser').textContent())
      .toContain('„landeskatalog“');
    await expect.poll(() => page.locator('main').textContent()).toContain('Hebammenzentrum');
    expect(await page.locator('.gaps-view').textContent()).not.toContain('Frauenärztliche Praxis');
    await page.getByRole('button', { name: 'Standardkatalog verwenden' }).click();
    await expect
      .poll(() => page.locator('.gaps-view').textContent())
      .toContain('Frauenärztliche Praxis');
  });

  it("sets the network beside the NZFH's figures, and beside a state's own when loaded", async () => {
    await view('Lücken');
    const nzfh = page.getByRole('table', { name: /^NZFH-Kommunalbefragungen 2017 und 2020/ });
    await nzfh.waitFor();
    expect(
      await nzfh.getByRole('row').filter({ hasText: 'Allgemeiner Sozialdienst' }).textContent(),
    ).toBe('Allgemeiner Sozialdienst85,0 %2017ja');
    await page
      .getByLabel(/Eigene Vergleichszahlen laden/)
      .setInputFiles(resolve(import.meta.dirname, '../fixtures/app/landeszahlen.json'));
    await page
      .getByRole('heading', { name: 'Wie andere Jugendamtsbezirke aufgestellt sind' })
      .waitFor();
    expect(await page.locator('.reference-chooser').textContent()).toContain(
      'Netzwerkbefragung Beispielland 2023',
    );
    await page.getByRole('button', { name: 'Mitgelieferte NZFH-Zahlen verwenden' }).click();
    await nzfh.waitFor();
  });

  it('lists the partners entered twice but not two different counselling services', async () => {
    await view('Doppelstrukturen');
    await page.getByText('Caritas-Verband f. d. Beispielkreis e. V.').first().waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Evangelische Familienbildungsstaette Auenstadt');
    expect(text).toContain('Elterncafé');
    expect(text).toContain('AK Kinderschutz');
    const pairs = await page.locator('.gaps-view').first().textContent();
    expect(pairs).not.toMatch(/donum vitae[^]*Diakonischen Werks[^]*Zusammenführen/);
  });
});

describe('the map a coordinator works in', () => {
  it('draws missing partner types as hollow circles in their sector', async () => {
    await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 20_000 });
    await page.getByLabel('Fehlende Einrichtungsarten als leere Kreise zeigen').check();
    // Worked out in the worker: the panel says when they are on the map.
    const status = page.locator('.map-style [role="status"]');
    await expect
      .poll(() => status.textContent())
      .toMatch(/^Fehlende Einrichtungsarten auf der Karte: \d+$/);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Karte als SVG' }).click(),
    ]);
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).toContain('fehlt: Familiengericht');
    expect(svg).toContain('fehlt: Frauenärztliche Praxis');
    expect(svg).not.toContain('fehlt: Geburtsklinik');
  });

  it('filters by sector and says how much is hidden', async () => {
    await page
      .locator('.filters')
      .getByLabel('Sektor', { exact: true })
      .selectOption('Gesundheitswesen');
    await expect
      .poll(() => page.locator('.filter-status').textContent())
      .toContain('Ausgeblendet: 34 Partner');
    await view('Tabelle');
    await expect.poll(() => page.locator('.partner-table tbody tr').count()).toBe(11);
  });

  it('shows the Kooperationsmatrix ordered by sector, filtered like the map', async () => {
    await view('Matrix');
    const rows = page.locator('th.matrix-row-name');
    await expect.poll(() => rows.count()).toBe(45);
    await page
      .locator('.filters')
      .getByLabel('Sektor', { exact: true })
      .selectOption('Gesundheitswesen');
    await expect.poll(() => rows.count()).toBe(11);
  });

  it('sets a field for several ticked partners at once, as one undoable change', async () => {
    await view('Tabelle');
    await page.getByRole('checkbox', { name: '„Kita Sonnenschein“ auswählen' }).check();
    await page.getByRole('checkbox', { name: '„Kita Sonnenblume“ auswählen' }).check();
    const form = page.getByRole('form', { name: '2 Partner ausgewählt' });
    await form.getByLabel('Feld').selectOption('socialArea');
    await form.getByLabel('Neuer Wert').fill('Neustadt-West');
    await form.getByRole('button', { name: 'Für alle setzen' }).click();
    await page.getByRole('button', { name: 'Kita Sonnenschein', exact: true }).click();
    await expect
      .poll(() => page.locator('.partner-panel').textContent())
      .toContain('Neustadt-West');
    await page.getByRole('button', { name: /^Rückgängig/ }).click();
    await expect
      .poll(() => page.locator('.partner-panel').textContent())
      .toContain('Auenstadt-Süd');
  });

  it('draws ties lost since a Stand as dashed lines on the map', async () => {
    await page.getByRole('button', { name: 'Anordnung fortsetzen' }).waitFor({ timeout: 20_000 });
    await view('Vergleich');
    await page.getByRole('button', { name: 'Stand festhalten' }).click();
    await view('Karte');
    await page.getByLabel('Partner suchen').fill('Ehrenamtliche Familienpaten');
    await page.getByRole('button', { name: 'Ehrenamtliche Familienpaten Lindenau' }).click();
    await page
      .getByRole('button', { name: 'Kooperation mit „Familienpatenschaften Auenstadt“ entfernen' })
      .click();
    await page.getByRole('button', { name: 'Ja, entfernen' }).click();
    await view('Vergleich');
    await page
      .getByRole('button', { name: /mit aktuellem Netzwerk vergleichen/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Auf der Karte zeigen', exact: true }).click();
    await expect.poll(() => page.locator('.comparison-overlay line').count()).toBe(1);
    expect(await page.locator('.comparison-overlay').getAttribute('aria-label')).toContain(
      '1 weggefallene',
    );
  });

  it('shows the map in full screen and back', async () => {
    await page.getByRole('button', { name: 'Vollbild' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.getByRole('button', { name: 'Vollbild' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  });

  it('arranges partners in sector slices and back', async () => {
    await page.getByRole('button', { name: 'Nach Sektoren' }).click();
    await expect.poll(() => page.locator('.sector-overlay text').count()).toBe(8);
    expect(await page.locator('.sector-overlay').textContent()).toContain('Gesundheitswesen');
    expect(await inkShare(page, '.map-canvas')).toBeGreaterThan(0.01);
    await page.getByRole('button', { name: 'Nach Zusammenarbeit' }).click();
    await expect.poll(() => page.locator('.sector-overlay').count()).toBe(0);
  });

  it('switches to English with English numbers, keeping the view', async () => {
    await view('Tabelle');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('button', { name: 'Table', exact: true }).waitFor();
    expect(
      await page.locator('[data-analysis="done"] [data-figure="density"] dd').textContent(),
    ).toBe('0.095');
    await expect.poll(() => page.locator('.partner-table tbody tr').count()).toBe(45);
  });
});

describe('accessibility', () => {
  it('the main views have no WCAG 2.1 AA violations (axe)', async () => {
    // The comparison with a Stand shown, its tables and lists included.
    await view('Vergleich');
    await page.getByRole('button', { name: 'Stand festhalten' }).click();
    await page
      .getByRole('button', { name: /mit aktuellem Netzwerk vergleichen/ })
      .first()
      .click();
    await page.getByRole('region', { name: 'Geänderte Angaben' }).waitFor();
    const found: string[] = [];
    for (const name of [
      'Karte',
      'Tabelle',
      'Matrix',
      'Analyse',
      'Lücken',
      'Doppelstrukturen',
      'Vergleich',
      'Befragung',
      'Bericht & Export',
    ]) {
      await view(name);
      await page.waitForTimeout(300);
      found.push(...(await axeViolations()).map((v) => `${name}: ${v}`));
    }
    await page.getByRole('button', { name: 'Kurze Einführung' }).click();
    await page.getByRole('dialog', { name: 'Willkommen bei der Netzwerkkarte' }).waitFor();
    found.push(...(await axeViolations()).map((v) => `Einführung: ${v}`));
    await page.keyboard.press('Escape');
    expect(found).toEqual([]);
  });

  it('the accessibility statement keeps the contact the municipality entered, and is axe-clean', async () => {
    await page.getByRole('button', { name: 'Erklärung zur Barrierefreiheit' }).click();
    const statement = page.getByRole('dialog', { name: 'Erklärung zur Barrierefreiheit' });
    await statement.getByText('hat hier noch keine Kontaktmöglichkeit eingetragen').waitFor();
    await statement
      .getByLabel('Kontakt für Rückmeldungen zur Barrierefreiheit')
      .fill('barrierefreiheit@kreis-musterstadt.example\nTelefon 02151 123-456');
    await statement.getByLabel('Name der Stelle').fill('Kreis Musterstadt, Jugendamt');
    await statement.getByRole('button', { name: 'Angaben speichern' }).click();
    await statement.getByText('Die Angaben sind gespeichert.').waitFor();

    await page.reload();
    await page.locator('[data-analysis="done"] [data-figure="partners"] dd').waitFor();
    await page.getByRole('button', { name: 'Erklärung zur Barrierefreiheit' }).click();
    await statement.getByText('Kreis Musterstadt, Jugendamt ist bemüht').waitFor();
    expect(await statement.getByRole('link').getAttribute('href')).toBe(
      'mailto:barrierefreiheit@kreis-musterstadt.example',
    );
    expect(await statement.textContent()).toContain('Telefon 02151 123-456');
    expect(await statement.textContent()).not.toContain('noch keine Kontaktmöglichkeit');
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => statement.isVisible()).toBe(false);
  });

  it('every control can be reached with the keyboard', async () => {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused.length).toBeGreaterThan(0);
    await view('Tabelle');
    await page.getByRole('button', { name: 'Sortieren nach Name' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
  });
});
