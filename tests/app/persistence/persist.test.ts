import { describe, expect, it, vi } from 'vitest';
import { currentPersistence, requestPersistentStorage } from '../../../src/app/persistence';

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

describe('what the browser promised already', () => {
  it('is read without asking anything', async () => {
    const persist = vi.fn(async () => true);
    expect(await currentPersistence({ persist, persisted: async () => true })).toBe('granted');
    expect(await currentPersistence({ persist, persisted: async () => false })).toBeNull();
    expect(persist).not.toHaveBeenCalled();
  });

  it('is "unsupported" without the Storage API, and nothing yet when reading it fails', async () => {
    expect(await currentPersistence(undefined)).toBe('unsupported');
    expect(await currentPersistence({})).toBe('unsupported');
    const persist = async () => true;
    expect(await currentPersistence({ persist })).toBeNull();
    expect(
      await currentPersistence({ persist, persisted: () => Promise.reject(new Error('no')) }),
    ).toBeNull();
  });
});
