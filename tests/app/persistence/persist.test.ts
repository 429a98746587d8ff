import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../../../src/app/persistence';

describe('asking the browser to keep the data', () => {
  it('reports what the browser decided', async () => {
    expect(await requestPersistentStorage({ persist: async () => true })).toBe('granted');
    expect(await requestPersistentStorage({ persist: async () => false })).toBe('denied');
  });

  it('treats a browser without the Storage API, or one that fails, calmly', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('no')) })).toBe(
      'denied',
    );
  });
});
