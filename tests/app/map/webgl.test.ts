// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** `canDrawWebGL` of a fresh module (it asks the browser once and keeps the answer). */
async function freshProbe() {
  return (await import('../../../src/app/map/webgl')).canDrawWebGL;
}

describe('canDrawWebGL', () => {
  it('is false when the browser gives no WebGL context, asked once', async () => {
    const getContext = vi
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockReturnValue(null as never);
    const canDrawWebGL = await freshProbe();
    expect(canDrawWebGL()).toBe(false);
    expect(canDrawWebGL()).toBe(false);
    expect(getContext.mock.calls.map(([kind]) => kind)).toEqual(['webgl2', 'webgl']);
  });

  it('is true with a context, which it gives back at once', async () => {
    const loseContext = vi.fn();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
      getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext } : null),
    } as never);
    const canDrawWebGL = await freshProbe();
    expect(canDrawWebGL()).toBe(true);
    expect(loseContext).toHaveBeenCalledOnce();
  });

  it('is false when asking throws', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect((await freshProbe())()).toBe(false);
  });
});
