import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  changesBetween,
  clashesOf,
  noChanges,
  withoutClashes,
  type ProjectContent,
} from '../../../src/app/persistence';
import { removePartner, updatePartner, addCooperation } from '../../../src/core/edit';
import type { Network } from '../../../src/core/model/types';
import { beispielkreis } from './helpers';

const base: ProjectContent = beispielkreis();

function edit(network: Network, result: ReturnType<typeof updatePartner>): Network {
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  void network;
  return result.network;
}

const renamed = (content: ProjectContent, id: string, name: string): ProjectContent => ({
  ...content,
  network: edit(content.network, updatePartner(content.network, id, { name })),
});

describe('what changed between two states of a network', () => {
  it('names only the partner renamed, and nothing for the layout moving unpinned partners', () => {
    const moved = {
      ...renamed(base, 'JA', 'Jugendamt Auenstadt'),
      positions: new Map([
        ['__proto__', { x: 10, y: -5, pinned: true }],
        ['JA', { x: 1, y: 2, pinned: false }],
      ]),
    };
    const changes = changesBetween(base, moved);
    expect([...changes.partners.keys()]).toEqual(['JA']);
    expect(changes.cooperations.size).toBe(0);
    expect(changes.pins.size).toBe(0);
    expect(noChanges(changesBetween(base, { ...base, positions: new Map(base.positions) }))).toBe(
      true,
    );
  });

  it('counts pinning, moving a pinned partner and letting it go as changes', () => {
    const letGo = new Map([['__proto__', { x: 10, y: -5, pinned: false }]]);
    expect(changesBetween(base, { ...base, positions: letGo }).pins.get('__proto__')).toEqual({
      x: 10,
      y: -5,
      pinned: false,
    });
    const moved = new Map([['__proto__', { x: 11, y: -5, pinned: true }]]);
    expect(changesBetween(base, { ...base, positions: moved }).pins.size).toBe(1);
  });
});

describe('changes of two tabs laid over each other', () => {
  it('different partners: no clash, and both edits are in the result', () => {
    const mine = changesBetween(base, renamed(base, 'JA', 'Jugendamt Auenstadt'));
    const theirsContent = renamed(base, '__proto__', 'Hebammenpraxis Nord');
    const theirs = changesBetween(base, theirsContent);
    expect(clashesOf(mine, theirs)).toEqual([]);
    const merged = applyChanges(theirsContent, mine);
    expect(merged.network.partners.map((p) => p.name)).toEqual([
      'Jugendamt Auenstadt',
      'Hebammenpraxis Nord',
    ]);
    expect(merged.network.cooperations).toEqual(base.network.cooperations);
  });

  it('the same partner changed the same way is no clash; changed differently it is', () => {
    const a = changesBetween(base, renamed(base, 'JA', 'Jugendamt Auenstadt'));
    const same = changesBetween(base, renamed(base, 'JA', 'Jugendamt Auenstadt'));
    const other = changesBetween(base, renamed(base, 'JA', 'Kreisjugendamt'));
    expect(clashesOf(a, same)).toEqual([]);
    expect(clashesOf(a, other)).toEqual([{ kind: 'partner', key: 'JA' }]);
    expect(withoutClashes(a, clashesOf(a, other)).partners.size).toBe(0);
  });

  it('a tie to a partner the other tab removed clashes, and never stays without its partner', () => {
    const withKita = {
      ...base,
      network: {
        partners: [...base.network.partners, { ...base.network.partners[0]!, id: 'K1' }],
        cooperations: base.network.cooperations,
      },
    };
    const mineContent = {
      ...withKita,
      network: edit(
        withKita.network,
        addCooperation(withKita.network, { source: 'K1', target: '__proto__', intensity: 2 }),
      ),
    };
    const theirsContent = {
      ...withKita,
      network: edit(withKita.network, removePartner(withKita.network, '__proto__')),
    };
    const mine = changesBetween(withKita, mineContent);
    const theirs = changesBetween(withKita, theirsContent);
    const clashes = clashesOf(mine, theirs);
    expect(clashes.map((c) => c.kind).sort()).toEqual(['cooperation', 'partner']);
    const theirsWin = applyChanges(mineContent, theirs);
    expect(theirsWin.network.partners.map((p) => p.id)).toEqual(['JA', 'K1']);
    expect(theirsWin.network.cooperations).toEqual([]);
    const mineWin = applyChanges(mineContent, withoutClashes(theirs, clashes));
    expect(mineWin.network.cooperations.map((c) => [c.source, c.target])).toEqual([
      ['JA', '__proto__'],
      ['K1', '__proto__'],
    ]);
  });
});

describe('the settings (where the survey is kept) change like the rest', () => {
  const withSettings: ProjectContent = { ...base, settings: new Map([['theme', 'hell']]) };
  const surveyed = (text: string): ProjectContent => ({
    ...withSettings,
    settings: new Map([...withSettings.settings!, ['survey', text]]),
  });

  it('names the setting set, changed or removed, and lays it over another state', () => {
    const changes = changesBetween(withSettings, surveyed('{"round":1}'));
    expect([...changes.settings!]).toEqual([['survey', '{"round":1}']]);
    expect(noChanges(changes)).toBe(false);
    expect(applyChanges(withSettings, changes).settings).toEqual(surveyed('{"round":1}').settings);
    const removed = changesBetween(surveyed('{"round":1}'), withSettings);
    expect([...removed.settings!]).toEqual([['survey', null]]);
    expect(applyChanges(surveyed('{"round":1}'), removed).settings).toEqual(withSettings.settings);
    expect(
      noChanges(
        changesBetween(withSettings, { ...withSettings, settings: new Map([['theme', 'hell']]) }),
      ),
    ).toBe(true);
  });

  it('a content without settings (another tab’s view of the lists) neither names nor loses them', () => {
    const bare: ProjectContent = { ...base };
    delete bare.settings;
    expect(changesBetween(bare, surveyed('{}')).settings).toBeUndefined();
    const changes = changesBetween(withSettings, surveyed('{"round":2}'));
    expect(applyChanges(bare, changes).settings).toBeUndefined();
  });

  it('clashes where both sides changed the same setting differently, and not where they agree', () => {
    const mine = changesBetween(withSettings, surveyed('{"round":"mine"}'));
    const theirs = changesBetween(withSettings, surveyed('{"round":"theirs"}'));
    const clashes = clashesOf(mine, theirs);
    expect(clashes).toEqual([{ kind: 'setting', key: 'survey' }]);
    expect(withoutClashes(mine, clashes).settings?.size).toBe(0);
    expect(clashesOf(mine, changesBetween(withSettings, surveyed('{"round":"mine"}')))).toEqual([]);
  });
});
