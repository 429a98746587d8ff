import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../../src/core/analysis/analyse-network';
import { buildGraph } from '../../../src/core/model/graph';
import { problem } from '../../../src/core/model/problems';
import { createPartner } from '../../../src/core/model/types';
import { applyAnalysis, applyImport, emptyState, selectPartner, type ImportedNetwork } from '../../../src/app/store/state';

const jugendamt = createPartner({ id: 'P1', name: 'Jugendamt' });
const loaded = applyImport(
  { network: { partners: [jugendamt], cooperations: [] }, offers: [], memberships: [], problems: [], fatal: false },
  'partner.csv',
)(emptyState);

describe('the network state', () => {
  it('replaces the network with a usable import and counts a new revision', () => {
    expect(loaded.network.partners).toEqual([jugendamt]);
    expect(loaded.revision).toBe(1);
    expect(loaded.lastImport).toMatchObject({ accepted: true, partners: 1 });
  });

  it('keeps the current network untouched when an import is fatal, but records its problems', () => {
    const failed: ImportedNetwork = {
      network: { partners: [], cooperations: [] },
      offers: [],
      memberships: [],
      problems: [problem('empty-file', 'leer.csv', null)],
      fatal: true,
    };
    const after = applyImport(failed, 'leer.csv')(loaded);
    expect(after.network).toBe(loaded.network);
    expect(after.revision).toBe(1);
    expect(after.name).toBe('partner.csv');
    expect(after.lastImport).toMatchObject({ accepted: false, problems: failed.problems });
  });

  it('selects only partners that exist', () => {
    expect(selectPartner('P1')(loaded).selectedPartner).toBe('P1');
    expect(selectPartner('P9')(loaded).selectedPartner).toBeNull();
  });

  it('drops figures computed for an older revision', () => {
    const figures = analyseNetwork(buildGraph(loaded.network));
    expect(applyAnalysis(1, figures)(loaded).analysis).toBe(figures);
    expect(applyAnalysis(0, figures)(loaded).analysis).toBeNull();
  });
});
