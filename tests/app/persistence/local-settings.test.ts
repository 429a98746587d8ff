import { describe, expect, it } from 'vitest';
import {
  forgetSetting,
  readSetting,
  writeSetting,
  type SettingsStorage,
} from '../../../src/app/persistence/local-settings';
import { memoryStorage } from '../import/helpers';

/** Storage as a browser in private mode or with cookies blocked may give it: every call refused. */
const refusing: SettingsStorage = {
  getItem: () => {
    throw new DOMException('refused', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('refused', 'SecurityError');
  },
};

describe('small settings kept in the browser', () => {
  it('a text written under a key is read back, and gone once forgotten', () => {
    const storage = memoryStorage();
    expect(readSetting('netzwerkkarte.test', storage)).toBeNull();
    writeSetting('netzwerkkarte.test', 'Kreis Viersen', storage);
    expect(readSetting('netzwerkkarte.test', storage)).toBe('Kreis Viersen');
    forgetSetting('netzwerkkarte.test', storage);
    expect(readSetting('netzwerkkarte.test', storage)).toBeNull();
  });

  it('reading and writing say so when the browser refuses; forgetting never does', () => {
    expect(() => readSetting('netzwerkkarte.test', refusing)).toThrow('refused');
    expect(() => writeSetting('netzwerkkarte.test', 'x', refusing)).toThrow('full');
    expect(() => forgetSetting('netzwerkkarte.test', refusing)).not.toThrow();
    expect(() => forgetSetting('netzwerkkarte.test')).not.toThrow();
  });
});
