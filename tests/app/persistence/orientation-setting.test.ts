import { describe, expect, it } from 'vitest';
import {
  ORIENTATION_SETTING,
  orientationDue,
  rememberOrientation,
  type OrientationStorage,
} from '../../../src/app/persistence/orientation-setting';
import type { StorageError } from '../../../src/app/persistence/errors';

/** Settings as the stored networks keep them, or a browser that refuses with `refusal`. */
function settings(refusal: StorageError | null = null) {
  const kept = new Map<string, string>();
  const storage: OrientationStorage = {
    readSetting: async (name) =>
      refusal ? { ok: false, error: refusal } : { ok: true, value: kept.get(name) ?? null },
    writeSetting: async (name, text) => {
      if (refusal) return { ok: false, error: refusal };
      if (text === null) kept.delete(name);
      else kept.set(name, text);
      return { ok: true, value: undefined };
    },
  };
  return { storage, kept };
}

describe('the orientation of a first visit', () => {
  it('is due on a first visit, and no longer once shown; only its own setting is written', async () => {
    const { storage, kept } = settings();
    expect(await orientationDue(storage)).toBe(true);
    await rememberOrientation(storage);
    expect(await orientationDue(storage)).toBe(false);
    expect([...kept.keys()]).toEqual([ORIENTATION_SETTING]);
  });

  it('is not due while the stored networks wait for their password: someone has been here', async () => {
    expect(await orientationDue(settings({ code: 'locked' }).storage)).toBe(false);
  });

  it('is due in a browser that keeps nothing, where it cannot be remembered', async () => {
    const { storage } = settings({ code: 'unavailable' });
    await rememberOrientation(storage);
    expect(await orientationDue(storage)).toBe(true);
  });
});
