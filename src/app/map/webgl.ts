let answer: boolean | undefined;

/**
 * Whether this browser draws WebGL, which the interactive map needs (sigma draws with it). Not
 * every office computer does: without graphics acceleration (many virtual desktops) current
 * browsers offer no WebGL at all. Asked once; the trial context is given back at once.
 */
export function canDrawWebGL(): boolean {
  if (answer === undefined) {
    try {
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      answer = context !== null;
      context?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      answer = false;
    }
  }
  return answer;
}
