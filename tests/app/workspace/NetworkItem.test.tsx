// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { i18nReady } from '../../../src/app/i18n';
import type { Session } from '../../../src/app/session/session';
import { NetworkItem } from '../../../src/app/workspace/NetworkItem';

beforeAll(async () => {
  await i18nReady;
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('de');
});

const stateOffice = {
  id: 'nrw',
  name: 'Alle Netzwerke NRW',
  created: '2026-11-02T09:00:00.000Z',
  changed: '2026-11-20T14:30:00.000Z',
  version: 3,
  deleted: null,
  partners: 12_345,
  cooperations: 49_380,
};

describe('a stored network in the list', () => {
  it('gives its size as numbers are written in the UI language', async () => {
    const item = () =>
      render(
        <ul>
          <NetworkItem session={{} as Session} network={stateOffice} isOpen={false} />
        </ul>,
      );
    item();
    expect(screen.getByRole('listitem').textContent).toContain(
      '12.345 Partner, 49.380 Kooperationen',
    );
    cleanup();
    await i18next.changeLanguage('en');
    item();
    expect(screen.getByRole('listitem').textContent).toContain('12,345 partners');
  });
});

describe('renaming a stored network', () => {
  it('refuses the name of another network, offers a free one, and renames with it', async () => {
    const renamed: [string, string][] = [];
    const session = {
      rename: async (id: string, name: string) => void renamed.push([id, name]),
    } as unknown as Session;
    render(
      <ul>
        <NetworkItem
          session={session}
          network={stateOffice}
          isOpen
          otherNames={['Frühe Hilfen Kreis Kleve']}
        />
      </ul>,
    );
    fireEvent.click(screen.getByRole('button', { name: '„Alle Netzwerke NRW“ umbenennen' }));
    const field = screen.getByLabelText('Neuer Name');
    fireEvent.change(field, { target: { value: 'frühe hilfen kreis kleve' } });
    fireEvent.click(screen.getByRole('button', { name: 'Namen übernehmen' }));
    expect(renamed).toEqual([]);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('listitem').textContent).toContain(
      'Ein anderes Netzwerk in diesem Browser heißt schon „frühe hilfen kreis kleve“.',
    );
    fireEvent.click(
      screen.getByRole('button', { name: '„frühe hilfen kreis kleve (2)“ verwenden' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Namen übernehmen' }));
    expect(renamed).toEqual([['nrw', 'frühe hilfen kreis kleve (2)']]);
  });

  it('tells two networks stored earlier under one name apart by the day each was made', () => {
    render(
      <ul>
        <NetworkItem
          session={{} as Session}
          network={stateOffice}
          isOpen={false}
          otherNames={['Alle Netzwerke NRW']}
        />
      </ul>,
    );
    expect(screen.getByRole('listitem').textContent).toContain('angelegt am 02.11.2026');
  });
});
