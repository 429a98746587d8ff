import { describe, expect, it } from 'vitest';
import {
  forgetSetting,
  readSetting,
  type SettingsStorage,
} from '../../../src/app/persistence/local-settings';
import { memoryStorage } from '../import/helpers';

/** Storage as a browser in private mode or with cookies blocked may give it: every call refused. */
const refusing: SettingsStorage = {
  getItem: () => {
    throw new DOMException('refused', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('refused', 'SecurityError');
  },
};

describe('what earlier versions kept in localStorage', () => {
  it('a text kept under a key is read, and gone once forgotten', () => {
    const storage = memoryStorage();
    expect(readSetting('netzwerkkarte.test', storage)).toBeNull();
    storage.setItem('netzwerkkarte.test', 'Kreis Viersen');
    expect(readSetting('netzwerkkarte.test', storage)).toBe('Kreis Viersen');
    forgetSetting('netzwerkkarte.test', storage);
    expect(readSetting('netzwerkkarte.test', storage)).toBeNull();
  });

  it('reading says so when the browser refuses; forgetting never does', () => {
    expect(() => readSetting('netzwerkkarte.test', refusing)).toThrow('refused');
    expect(() => forgetSetting('netzwerkkarte.test', refusing)).not.toThrow();
    expect(() => forgetSetting('netzwerkkarte.test')).not.toThrow();
  });
});
