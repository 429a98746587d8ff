// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MapStyleControls } from '../../../src/app/map/MapStyleControls';
import { i18nReady } from '../../../src/app/i18n';
import { DEFAULT_MAP_STYLE } from '../../../src/app/store/state';

beforeAll(async () => {
  await i18nReady;
});
afterEach(cleanup);

const withMissingTypes = { ...DEFAULT_MAP_STYLE, missingTypes: true };
const show = (missingTypes: number | null, style = withMissingTypes) =>
  render(<MapStyleControls style={style} onChange={() => undefined} missingTypes={missingTypes} />);

describe('the hollow circles for missing partner types', () => {
  it('says they are being worked out, then how many the map shows', () => {
    const { rerender } = show(null);
    expect(screen.getByRole('status').textContent).toBe(
      'Fehlende Einrichtungsarten werden ermittelt …',
    );
    rerender(
      <MapStyleControls style={withMissingTypes} onChange={() => undefined} missingTypes={3} />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Fehlende Einrichtungsarten auf der Karte: 3',
    );
  });

  it('says so when no type of the catalogue is missing, so the box does not seem to do nothing', () => {
    show(0);
    expect(screen.getByRole('status').textContent).toBe(
      'Keine Einrichtungsart des Katalogs fehlt.',
    );
  });

  it('says nothing while they are not asked for', () => {
    show(null, DEFAULT_MAP_STYLE);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
