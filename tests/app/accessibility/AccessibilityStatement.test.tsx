// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AccessibilityStatement } from '../../../src/app/accessibility/AccessibilityStatement';
import {
  contactParts,
  detailsFrom,
  detailsText,
} from '../../../src/app/accessibility/statement-setting';
import { i18nReady } from '../../../src/app/i18n';
import type { Session } from '../../../src/app/session/session';
import { freshBrowser, load, stopAll, type Browser } from '../session/fixtures';

beforeAll(async () => {
  await i18nReady;
  // jsdom lacks modal dialogs; opening one as the browser would is all the dialog needs.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(async () => {
  cleanup();
  stopAll();
  await i18next.changeLanguage('de');
});

/** The app's session on this browser's storage, as after a page load. */
async function opened(browser: Browser): Promise<Session> {
  const session = load(browser.storage());
  await session.ready;
  render(<AccessibilityStatement session={session} />);
  fireEvent.click(screen.getByRole('button', { name: 'Erklärung zur Barrierefreiheit' }));
  await screen.findByRole('heading', { name: 'Stand der Vereinbarkeit mit den Anforderungen' });
  return session;
}

const statement = () => screen.getByRole('dialog', { name: 'Erklärung zur Barrierefreiheit' });

describe('the accessibility statement', () => {
  it('says honestly that the app is partially compliant, with its gaps, method and date', async () => {
    await opened(freshBrowser());
    const text = statement().textContent ?? '';
    expect(text).toContain('teilweise mit der BITV 2.0 und der Europäischen Norm EN 301 549');
    expect(text).toContain('ist für Screenreader nicht lesbar');
    expect(text).toContain('die Ansicht „Tabelle“');
    expect(text).toContain('Selbstbewertung');
    expect(text).toContain('axe-core');
    expect(text).toContain('am 7. Dezember 2026 erstellt');
    expect(text).toContain('Schlichtungsstelle nach § 16 BGG');
    expect(text).toContain('Schlichtungs- oder Durchsetzungsstellen des jeweiligen Landes');
  });

  it('has no contact of ours: without one it says that the operating body must enter it', async () => {
    await opened(freshBrowser());
    const text = statement().textContent ?? '';
    expect(text).toContain('Die Stelle, die diese Netzwerkkarte betreibt, ist bemüht');
    expect(text).toContain('hat hier noch keine Kontaktmöglichkeit eingetragen');
    expect(within(statement()).queryByRole('link')).toBeNull();
  });

  it('shows the contact the municipality filled in, also after a reload', async () => {
    const browser = freshBrowser();
    await opened(browser);
    fireEvent.change(screen.getByLabelText('Name der Stelle'), {
      target: { value: 'Kreis Musterstadt, Jugendamt' },
    });
    fireEvent.change(screen.getByLabelText('Kontakt für Rückmeldungen zur Barrierefreiheit'), {
      target: { value: 'barrierefreiheit@kreis-musterstadt.example\nTelefon 02151 123-456' },
    });
    fireEvent.change(screen.getByLabelText('Schlichtungs- oder Durchsetzungsstelle Ihres Landes'), {
      target: { value: 'Ombudsstelle für barrierefreie IT des Landes' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Angaben speichern' }));
    await screen.findByText('Die Angaben sind gespeichert.');
    const link = within(statement()).getByRole('link', {
      name: 'barrierefreiheit@kreis-musterstadt.example',
    });
    expect(link.getAttribute('href')).toBe('mailto:barrierefreiheit@kreis-musterstadt.example');

    // The page is loaded again: a new session on the same browser's storage.
    cleanup();
    stopAll();
    await opened(browser);
    const text = statement().textContent ?? '';
    expect(text).toContain('Kreis Musterstadt, Jugendamt ist bemüht');
    expect(text).toContain('Telefon 02151 123-456');
    expect(text).toContain('Ombudsstelle für barrierefreie IT des Landes');
    expect(text).not.toContain('noch keine Kontaktmöglichkeit');
    expect(
      within(statement()).getByRole('link', { name: 'barrierefreiheit@kreis-musterstadt.example' }),
    ).toBeTruthy();
    expect((screen.getByLabelText('Name der Stelle') as HTMLInputElement).value).toBe(
      'Kreis Musterstadt, Jugendamt',
    );
  });

  it('is there in English', async () => {
    await i18next.changeLanguage('en');
    const session = load(freshBrowser().storage());
    await session.ready;
    render(<AccessibilityStatement session={session} />);
    fireEvent.click(screen.getByRole('button', { name: 'Accessibility statement' }));
    await screen.findByRole('heading', { name: 'Compliance status' });
    expect(screen.getByRole('dialog').textContent).toContain('partially compliant');
  });
});

describe('the operating body’s details as kept', () => {
  it('are read back as written, and anything unreadable counts as nothing filled in', () => {
    const details = { body: ' Kreis ', contact: 'a@b.example', enforcement: '' };
    expect(detailsFrom(detailsText(details))).toEqual({ ...details, body: 'Kreis' });
    expect(detailsFrom('{"contact": 5}')).toEqual({ body: '', contact: '', enforcement: '' });
    expect(detailsFrom('kaputt')).toEqual({ body: '', contact: '', enforcement: '' });
    expect(detailsFrom(null)).toEqual({ body: '', contact: '', enforcement: '' });
  });

  it('find the e-mail addresses in a line of the contact', () => {
    expect(contactParts('E-Mail: fruehe.hilfen@kreis.example, Zimmer 2')).toEqual([
      { kind: 'text', text: 'E-Mail: ' },
      { kind: 'mail', address: 'fruehe.hilfen@kreis.example' },
      { kind: 'text', text: ', Zimmer 2' },
    ]);
    expect(contactParts('Telefon 0211 12345')).toEqual([
      { kind: 'text', text: 'Telefon 0211 12345' },
    ]);
  });
});
