import { describe, expect, it } from 'vitest';
import { problem } from '../../../src/core/model/problems';
import { createPartner } from '../../../src/core/model/types';
import {
  applyEdit,
  applyImport,
  applyMergedImport,
  chooseReferenceFigures,
  correctType,
  currentNetwork,
  emptyState,
  pinPartners,
  redoChange,
  rememberPositions,
  replaceNetwork,
  selectPartner,
  undoChange,
  type ImportedNetwork,
} from '../../../src/app/store/state';
import { addPartner, removePartner } from '../../../src/core/edit';
import { changeLabel } from '../../../src/app/history';
import { projectFromState } from '../../../src/app/session/project';
import { defaultReferenceFigures } from '../../../src/core/reference/default-reference-figures';

const jugendamt = createPartner({ id: 'P1', name: 'Jugendamt' });
const loaded = applyImport(
  {
    network: { partners: [jugendamt], cooperations: [] },
    offers: [],
    memberships: [],
    problems: [],
    fatal: false,
  },
  'partner.csv',
)(emptyState);

describe('the network state', () => {
  it('replaces the network with a usable import and counts a new revision', () => {
    expect(currentNetwork(loaded).partners).toEqual([jugendamt]);
    expect(loaded.revision).toBe(1);
  });

  it('keeps the current network untouched when an import is fatal', () => {
    const failed: ImportedNetwork = {
      network: { partners: [], cooperations: [] },
      offers: [],
      memberships: [],
      problems: [problem('empty-file', 'leer.csv', null)],
      fatal: true,
    };
    const after = applyImport(failed, 'leer.csv')(loaded);
    expect(currentNetwork(after)).toBe(currentNetwork(loaded));
    expect(after.revision).toBe(1);
    expect(after.name).toBe('partner.csv');
    expect(after).toBe(loaded);
  });

  it('selects only partners that exist', () => {
    expect(selectPartner('P1')(loaded).selectedPartner).toBe('P1');
    expect(selectPartner('P9')(loaded).selectedPartner).toBeNull();
  });

  it('takes an edit as a step that undo takes back and redo brings again', () => {
    const added = applyEdit(
      addPartner(currentNetwork(loaded), { name: 'Geburtsklinik' }),
      changeLabel('add-partner', { name: 'Geburtsklinik' }),
    )(loaded);
    expect(currentNetwork(added).partners.map((p) => p.name)).toEqual([
      'Jugendamt',
      'Geburtsklinik',
    ]);
    expect(added.revision).toBe(2);
    expect(added.generation).toBe(1);
    const undone = undoChange()(added);
    expect(currentNetwork(undone).partners.map((p) => p.name)).toEqual(['Jugendamt']);
    expect(currentNetwork(redoChange()(undone)).partners).toHaveLength(2);
  });

  it('keeps the network when an edit is refused; the edit says why', () => {
    const edit = addPartner(currentNetwork(loaded), { name: '' });
    expect('problems' in edit && edit.problems.map((p) => p.code)).toEqual(['empty-name']);
    const refused = applyEdit(edit, changeLabel('add-partner'))(loaded);
    expect(refused).toBe(loaded);
  });

  it('clears the selection when the selected partner is removed', () => {
    const selected = selectPartner('P1')(loaded);
    const removed = applyEdit(
      removePartner(currentNetwork(selected), 'P1'),
      changeLabel('remove-partner', { name: 'Jugendamt' }),
    )(selected);
    expect(removed.selectedPartner).toBeNull();
  });

  it('adds an import to the current network as one undoable step, keeping offers', () => {
    const withOffer = {
      ...loaded,
      offers: [{ partner: 'P1', offer: 'Elterncafé', socialArea: 'Nord', targetGroup: 'Eltern' }],
    };
    const incoming: ImportedNetwork = {
      network: {
        partners: [jugendamt, createPartner({ id: 'P2', name: 'Kita' })],
        cooperations: [],
      },
      offers: [{ partner: 'P2', offer: 'Krabbelgruppe', socialArea: 'Süd', targetGroup: 'Eltern' }],
      memberships: [],
      problems: [],
      fatal: false,
    };
    const merged = applyMergedImport(incoming, 'kita.csv')(withOffer);
    expect(currentNetwork(merged).partners).toHaveLength(2);
    expect(merged.offers.map((o) => o.offer)).toEqual(['Elterncafé', 'Krabbelgruppe']);
    expect(merged.generation).toBe(withOffer.generation);
    const undone = undoChange()(merged);
    expect(currentNetwork(undone).partners).toHaveLength(1);
    expect(undone.offers.map((o) => o.offer)).toEqual(['Elterncafé']);
    expect(redoChange()(undone).offers.map((o) => o.offer)).toEqual([
      'Elterncafé',
      'Krabbelgruppe',
    ]);
  });
});

describe('replacing the network with an import ("Netzwerk ersetzen")', () => {
  const kita = createPartner({ id: 'P2', name: 'Kita Regenbogen' });
  const thisYear: ImportedNetwork = {
    network: { partners: [jugendamt, kita], cooperations: [] },
    offers: [{ partner: 'P2', offer: 'Krabbelgruppe', socialArea: 'Süd', targetGroup: 'Eltern' }],
    memberships: [{ partner: 'P2', committee: 'AK Frühe Hilfen' }],
    problems: [],
    fatal: false,
  };
  const lastYear = {
    ...loaded,
    name: 'Frühe Hilfen Bonn',
    offers: [{ partner: 'P1', offer: 'Elterncafé', socialArea: 'Nord', targetGroup: 'Eltern' }],
    corrections: new Map([['P1', 'jugendamt']]),
    positions: new Map([['P1', { x: 3, y: 4, pinned: true }]]),
  };

  it('keeps the same network: its generation, corrections and the places of partners that come again', () => {
    const replaced = replaceNetwork(thisYear, 'Frühe Hilfen Bonn')(lastYear);
    expect(currentNetwork(replaced).partners.map((p) => p.name)).toEqual([
      'Jugendamt',
      'Kita Regenbogen',
    ]);
    expect(replaced.offers.map((o) => o.offer)).toEqual(['Krabbelgruppe']);
    expect(replaced.memberships).toEqual(thisYear.memberships);
    // The same generation: the session saves it into the same stored network, with its Stände.
    expect(replaced.generation).toBe(lastYear.generation);
    expect(replaced.revision).toBe(lastYear.revision + 1);
    expect(replaced.corrections.get('P1')).toBe('jugendamt');
    expect(replaced.positions.get('P1')).toEqual({ x: 3, y: 4, pinned: true });
    expect(replaced.name).toBe('Frühe Hilfen Bonn');
  });

  it('is one step undo takes back, name and lists included, and redo brings again', () => {
    const replaced = replaceNetwork(thisYear, 'Frühe Hilfen Bonn 2025')(lastYear);
    expect(replaced.name).toBe('Frühe Hilfen Bonn 2025');
    const undone = undoChange()(replaced);
    expect(currentNetwork(undone).partners.map((p) => p.name)).toEqual(['Jugendamt']);
    expect(undone.offers.map((o) => o.offer)).toEqual(['Elterncafé']);
    expect(undone.memberships).toEqual([]);
    expect(undone.name).toBe('Frühe Hilfen Bonn');
    const redone = redoChange()(undone);
    expect(redone.name).toBe('Frühe Hilfen Bonn 2025');
    expect(redone.offers.map((o) => o.offer)).toEqual(['Krabbelgruppe']);
    expect(currentNetwork(redone).partners).toHaveLength(2);
  });

  it("makes the sample the coordinator's own network, and leaves it alone when the import failed", () => {
    const sample = { ...lastYear, isSample: true };
    expect(replaceNetwork(thisYear, 'Frühe Hilfen Bonn')(sample).isSample).toBe(false);
    const failed = { ...thisYear, fatal: true };
    expect(replaceNetwork(failed, 'anders')(sample)).toBe(sample);
  });
});

describe('the map layout at rest', () => {
  const places = new Map([['P1', { x: 1, y: 2, pinned: false }]]);

  it('is known for the revision it came to rest in, and not after a change of the network', () => {
    expect(loaded.settledRevision).toBeNull();
    const rested = rememberPositions(places, true)(loaded);
    expect(rested.settledRevision).toBe(loaded.revision);
    // Pinning a partner keeps the layout at rest.
    expect(pinPartners(['P1'], true)(rested).settledRevision).toBe(loaded.revision);
    // Left while it ran: the next map runs it on.
    expect(rememberPositions(places, false)(rested).settledRevision).toBeNull();
    const edited = applyEdit(
      addPartner(currentNetwork(rested), { name: 'Geburtsklinik' }),
      changeLabel('add-partner', { name: 'Geburtsklinik' }),
    )(rested);
    expect(edited.settledRevision === edited.revision).toBe(false);
    expect(undoChange()(edited).settledRevision === undoChange()(edited).revision).toBe(false);
  });
});

describe('pinned partners', () => {
  const placed = rememberPositions(
    new Map([
      ['P1', { x: 10, y: -4, pinned: false }],
      ['P2', { x: 3, y: 8, pinned: true }],
    ]),
    true,
  )(loaded);

  it('pins a placed partner and lets a pinned one go, keeping its place', () => {
    const pinned = pinPartners(['P1'], true)(placed);
    expect(pinned.positions.get('P1')).toEqual({ x: 10, y: -4, pinned: true });
    const released = pinPartners(['P2'], false)(pinned);
    expect(released.positions.get('P2')).toEqual({ x: 3, y: 8, pinned: false });
    expect(placed.positions.get('P1')?.pinned).toBe(false);
  });

  it('changes nothing for partners the map has not placed or that are pinned already', () => {
    expect(pinPartners(['P9'], true)(placed)).toBe(placed);
    expect(pinPartners(['P2'], true)(placed)).toBe(placed);
  });

  it('are kept in the project with their places', () => {
    const project = projectFromState(pinPartners(['P1'], true)(placed), null, '2026-11-22');
    expect(project.positions.get('P1')).toEqual({ x: 10, y: -4, pinned: true });
    expect(project.positions.get('P2')).toEqual({ x: 3, y: 8, pinned: true });
  });
});

describe("a state's own reference figures", () => {
  const own = { ...defaultReferenceFigures(), id: 'lks-beispielland' };

  it('stay chosen for the next network, like the catalogue, and leave the type corrections alone', () => {
    const corrected = correctType('P1', 'jugendamt-asd')(loaded);
    const chosen = chooseReferenceFigures(own)(corrected);
    expect(chosen.corrections.get('P1')).toBe('jugendamt-asd');
    const next = applyImport(
      {
        network: { partners: [], cooperations: [] },
        offers: [],
        memberships: [],
        problems: [],
        fatal: false,
      },
      'Nachbarkreis',
    )(chosen);
    expect(next.referenceFigures?.id).toBe('lks-beispielland');
    expect(chooseReferenceFigures(null)(next).referenceFigures).toBeNull();
  });
});
