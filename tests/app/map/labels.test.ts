import { describe, expect, it } from 'vitest';
import { createLabelPlacer } from '../../../src/app/map/labels';

/** A canvas stand-in: every character 7 px wide, and a record of what was written where. */
function fakeContext() {
  const written: string[] = [];
  const context = {
    font: '',
    fillStyle: '',
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillText: (text: string) => written.push(text),
  };
  return { context: context as unknown as CanvasRenderingContext2D, written };
}

type Settings = Parameters<ReturnType<typeof createLabelPlacer>['draw']>[2];
const settings = {
  labelSize: 13,
  labelWeight: '500',
  labelFont: 'sans-serif',
  labelColor: { color: '#000' },
} as unknown as Settings;

const dot = (label: string, x: number, y: number, size = 5, forceLabel = false) => ({
  label,
  x,
  y,
  size,
  color: '#0072B2',
  forceLabel,
});

describe('names on the live map', () => {
  it('are placed at the end of a frame, bigger dots first, leaving out names that would cover others', () => {
    const { context, written } = fakeContext();
    const placer = createLabelPlacer();
    placer.attach(context);
    placer.reset();
    placer.draw(context, dot('Familienhebammen-Team', 140, 104, 6), settings);
    placer.draw(context, dot('Jugendamt – Netzwerkkoordination', 100, 100, 16), settings);
    placer.draw(context, dot('Geburtsklinik', 140, 140), settings);
    expect(written).toEqual([]);
    placer.flush();
    expect(written).toEqual(['Jugendamt – Netzwerkkoordination', 'Geburtsklinik']);
  });

  it('put the partner in focus and its neighbours before bigger dots', () => {
    const { context, written } = fakeContext();
    const placer = createLabelPlacer();
    placer.attach(context);
    placer.draw(context, dot('Jugendamt', 100, 100, 16), settings);
    placer.draw(context, dot('Hebamme', 104, 102, 4, true), settings);
    placer.flush();
    expect(written).toEqual(['Hebamme']);
  });

  it('start afresh with every frame', () => {
    const { context, written } = fakeContext();
    const placer = createLabelPlacer();
    placer.attach(context);
    for (let frame = 0; frame < 2; frame++) {
      placer.reset();
      placer.draw(context, dot('Familienzentrum', 100, 100), settings);
      placer.flush();
    }
    expect(written).toEqual(['Familienzentrum', 'Familienzentrum']);
  });
});

describe('names on another canvas (the PNG export)', () => {
  it('are drawn as they come, still never over each other, and not for faded partners', () => {
    const live = fakeContext();
    const other = fakeContext();
    const placer = createLabelPlacer();
    placer.attach(live.context);
    placer.draw(other.context, dot('Jugendamt Beispielkreis', 100, 100), settings);
    placer.draw(other.context, dot('Schwangerschaftsberatung', 140, 104), settings);
    placer.draw(other.context, dot('', 300, 300), settings);
    placer.draw(other.context, dot('Kita', 500, 100), settings);
    expect(other.written).toEqual(['Jugendamt Beispielkreis', 'Kita']);
    expect(live.written).toEqual([]);
  });
});
