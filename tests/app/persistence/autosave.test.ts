import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '../../../src/app/persistence';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, the latest state, after typing stops', async () => {
    const saved: string[] = [];
    const autosave = createAutosave(async (text: string) => saved.push(text), undefined, 1000);
    autosave.schedule('K');
    await vi.advanceTimersByTimeAsync(500);
    autosave.schedule('Ki');
    await vi.advanceTimersByTimeAsync(500);
    autosave.schedule('Kita');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['Kita']);
  });

  it('flush saves a waiting state at once; cancel drops it', async () => {
    const saved: string[] = [];
    const autosave = createAutosave(async (text: string) => saved.push(text));
    autosave.schedule('vor dem Schließen');
    expect(await autosave.flush()).toBe(1);
    autosave.schedule('verworfen');
    autosave.cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['vor dem Schließen']);
    expect(await autosave.flush()).toBeUndefined();
  });

  it('never runs two saves side by side', async () => {
    let running = 0;
    let most = 0;
    const autosave = createAutosave(
      async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 300));
        running -= 1;
      },
      undefined,
      100,
    );
    autosave.schedule(1);
    await vi.advanceTimersByTimeAsync(150);
    autosave.schedule(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(most).toBe(1);
  });
});
