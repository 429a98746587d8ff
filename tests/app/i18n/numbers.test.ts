import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18next, i18nReady } from '../../../src/app/i18n';

beforeAll(async () => {
  await i18nReady;
});

afterEach(async () => {
  await i18next.changeLanguage('de');
});

describe('counts in running text', () => {
  it('are written with German thousands separators, and English ones after the switch', async () => {
    await i18next.changeLanguage('de');
    expect(i18next.t('filters.hidden', { partners: 12_345, cooperations: 67_890 })).toBe(
      'Ausgeblendet: 12.345 Partner, 67.890 Kooperationen.',
    );
    expect(i18next.t('map.building', { count: 50_000 })).toContain('50.000 Partnern');
    await i18next.changeLanguage('en');
    expect(i18next.t('map.building', { count: 50_000 })).toContain('50,000 partners');
  });
});
