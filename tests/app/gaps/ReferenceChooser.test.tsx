// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReferenceChooser } from '../../../src/app/gaps/ReferenceChooser';
import { i18nReady } from '../../../src/app/i18n';
import { defaultReferenceFigures } from '../../../src/core/reference/default-reference-figures';

const stateFile = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/app/landeszahlen.json'),
  'utf8',
);

beforeAll(async () => {
  await i18nReady;
});

afterEach(cleanup);

async function choose(text: string, name = 'landeszahlen.json') {
  const input = screen.getByLabelText(/Eigene Vergleichszahlen laden/);
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], name)] } });
    await new Promise((settle) => setTimeout(settle, 0));
  });
}

describe('the reference figures chooser', () => {
  it("takes a state's own figures and offers the way back to the NZFH's", async () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <ReferenceChooser reference={defaultReferenceFigures()} isDefault onChange={onChange} />,
    );
    expect(screen.getByText(/^In Gebrauch: NZFH-Kommunalbefragungen 2017 und 2020/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    await choose(stateFile);
    const chosen = onChange.mock.lastCall?.[0];
    expect(chosen?.unit.de).toBe('Jugendamtsbezirke');
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<ReferenceChooser reference={chosen} isDefault={false} onChange={onChange} />);
    expect(screen.getByText(/^In Gebrauch: Netzwerkbefragung Beispielland 2023/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mitgelieferte NZFH-Zahlen verwenden' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('refuses a file with a share above 100 %, says where, and keeps the figures in use', async () => {
    const onChange = vi.fn();
    render(
      <ReferenceChooser reference={defaultReferenceFigures()} isDefault onChange={onChange} />,
    );
    await choose(stateFile.replace('"percent": 71.4', '"percent": 714'));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(
      'figures.1.percent: Der Anteil muss eine Zahl von 0 bis 100 sein (Prozent).',
    );
  });
});
