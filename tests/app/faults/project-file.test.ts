import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { useNetworkStore } from '../../../src/app/store/store';
import { PROJECT_PROBLEM_CODES } from '../../../src/core/project';
import { freshBrowser, load, SAMPLE_NAME, stopAll } from '../session/fixtures';

afterEach(stopAll);

/** Ways a `.netzwerkkarte.json` arrives damaged: cut off by a full disk, edited by hand, mixed up. */
function damaged(good: string): [string, string][] {
  const document = JSON.parse(good) as Record<string, unknown> & {
    cooperations: Record<string, unknown>[];
    partners: Record<string, unknown>[];
  };
  const edited = (change: (copy: typeof document) => void) => {
    const copy = structuredClone(document);
    change(copy);
    return JSON.stringify(copy);
  };
  return [
    ['an empty file', ''],
    ['a file cut off halfway', good.slice(0, Math.floor(good.length / 2))],
    ['a partner list saved under the wrong name', 'ID;Name\r\nP01;Jugendamt\r\n'],
    ['a GEXF file', '<?xml version="1.0"?><gexf><graph/></gexf>'],
    ['a JSON array', '[]'],
    ['an intensity of 7', edited((copy) => (copy.cooperations[0]!.intensity = 7))],
    ['a partner without a name', edited((copy) => delete copy.partners[0]!.name)],
    [
      'the partners as an object',
      edited((copy) => (copy.partners = { 0: copy.partners[0] } as never)),
    ],
    ['a version from the future', edited((copy) => (copy.schemaVersion = 99))],
    ['a negative version', edited((copy) => (copy.schemaVersion = -1))],
    ['a version as text', edited((copy) => (copy.schemaVersion = '2'))],
  ];
}

async function storedTexts(browser: ReturnType<typeof freshBrowser>) {
  const storage = browser.storage();
  const listing = await storage.list();
  const texts = listing.ok
    ? await Promise.all(
        listing.value.map(async (summary) => {
          const loaded = await storage.load(summary.id);
          return loaded.ok ? JSON.stringify(loaded.value.project.network) : '';
        }),
      )
    : [];
  storage.close();
  return texts;
}

describe('opening a damaged project file', () => {
  it('refuses every damaged file with a known reason and leaves the app and the browser as they were', async () => {
    const browser = freshBrowser();
    const session = load(browser.storage());
    await session.ready;
    const good = session.projectFile('Netzwerk').text;
    const storedBefore = await storedTexts(browser);
    const before = useNetworkStore.getState();

    for (const [what, text] of damaged(good)) {
      const problems = await session.openProjectFile(text, 'kreis.netzwerkkarte.json');
      expect(problems.length, what).toBeGreaterThan(0);
      for (const problem of problems) expect(PROJECT_PROBLEM_CODES, what).toContain(problem.code);
      expect(useNetworkStore.getState(), what).toBe(before);
    }
    expect(session.view.getState().networks.map((n) => n.name)).toEqual([SAMPLE_NAME]);
    expect(await storedTexts(browser)).toEqual(storedBefore);
  });

  it('a file that tries to pollute Object.prototype opens as a plain project and pollutes nothing', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    const good = session.projectFile('Netzwerk');
    const hostile = good.text.replace(
      '{',
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},',
    );
    expect(await session.openProjectFile(hostile, good.fileName)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(useNetworkStore.getState())).toBe(Object.prototype);
  });

  it('is a real check: the undamaged file opens as a second network', async () => {
    const session = load(freshBrowser().storage());
    await session.ready;
    const good = session.projectFile('Netzwerk');
    expect(await session.openProjectFile(good.text, good.fileName)).toEqual([]);
    expect(session.view.getState().networks).toHaveLength(2);
  });
});
