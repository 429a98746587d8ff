import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';
import { buildFullReport } from '../../../src/core/report/full-report';
import { keyFigures } from '../../../src/core/report/key-figures';
import { findingOf, keyFindings, type KeyFinding } from '../../../src/core/report/key-findings';

const catalogue = defaultCatalogue();
const YOUTH = 'Kinder- und Jugendhilfe';
const HEALTH = 'Gesundheitswesen';

const NAMES: Record<string, string> = {
  ja: 'Jugendamt Musterstadt',
  heb: 'Hebammenpraxis Storch',
  klinik: 'Geburtsklinik St. Anna',
  kita: 'Kita Sonnenschein',
  fh: 'Frauenhaus Lindenau',
  sb: 'Schwangerenberatung donum vitae',
};

function partner(id: string, sector: string, type: string) {
  return createPartner({ id, name: NAMES[id] ?? id, sector, type });
}

function tie(source: string, target: string) {
  return createCooperation({ source, target, intensity: 2 });
}

function findingsOf(network: Network, previous?: Parameters<typeof keyFindings>[0]['previous']) {
  const full = buildFullReport({ network }, [], () => '', { catalogue });
  return keyFindings({ ...full, report: full, previous });
}

function find<K extends KeyFinding['kind']>(findings: KeyFinding[], kind: K) {
  return findingOf(findings, kind)!;
}

/**
 * A star around the youth office: the clinic and the pregnancy counselling hang on it alone, the
 * Kita hangs on the midwife, the Frauenhaus has no tie. By hand: degree 1 — clinic, counselling,
 * Kita; articulation points — ja (its loss leaves the clinic and the counselling alone) and heb
 * (its loss leaves the Kita alone); isolated — Frauenhaus.
 */
const star: Network = {
  partners: [
    partner('ja', YOUTH, 'Jugendamt'),
    partner('heb', HEALTH, 'Hebamme'),
    partner('klinik', HEALTH, 'Geburtsklinik'),
    partner('kita', YOUTH, 'Kita'),
    partner('fh', 'Schutz und Justiz', 'Frauenhaus'),
    partner('sb', 'Beratung', 'Schwangerschaftsberatung'),
  ],
  cooperations: [tie('ja', 'heb'), tie('ja', 'klinik'), tie('heb', 'kita'), tie('ja', 'sb')],
};

describe('keyFindings', () => {
  it('comes in the order a steering group decides: the law first, the what-if last', () => {
    const kinds = findingsOf(star, null).map((f) => f.kind);
    expect(kinds).toEqual([
      'missing-by-law',
      'missing-recommended',
      'youth-health',
      'single-tie',
      'key-points',
      'isolated',
      'doubles',
      'no-previous-stand',
      'key-partner-loss',
    ]);
  });

  it('counts the partner groups the law names apart from those the NZFH recommends', () => {
    const findings = findingsOf(star);
    const byLaw = find(findings, 'missing-by-law');
    const recommended = find(findings, 'missing-recommended');
    // Present: Jugendamt / ASD, Hebamme, Geburtsklinik, Frauenhaus, Schwangerschaftsberatung
    // (law); Kita (NZFH).
    expect(byLaw.types).toContain('schule');
    expect(byLaw.types).toContain('familiengericht');
    expect(byLaw.types).not.toContain('jugendamt-asd');
    expect(byLaw.types).not.toContain('hebamme');
    expect(byLaw.types).not.toContain('frauenhaus-gewaltschutz');
    expect(recommended.types).not.toContain('kita');
    const lawTypes = catalogue.sectors.flatMap((s) => s.types).filter((t) => t.basis !== 'nzfh');
    const nzfhTypes = catalogue.sectors.flatMap((s) => s.types).filter((t) => t.basis === 'nzfh');
    expect(byLaw.count).toBe(lawTypes.length - 5);
    expect(recommended.count).toBe(nzfhTypes.length - 1);
    expect(byLaw.count).toBe(byLaw.types.length);
  });

  it('names who carries the link between youth welfare and health care, and says when one partner carries a side alone', () => {
    const link = find(findingsOf(star), 'youth-health');
    // Across: ja–heb, ja–klinik, heb–kita. Youth side: ja, kita; health side: heb, klinik.
    expect(link).toMatchObject({ state: 'carried', ties: 3, count: 4 });
    expect(link.youth).toEqual(['ja', 'kita']);
    expect(link.health).toEqual(['heb', 'klinik']);

    const weak = find(
      findingsOf({ ...star, cooperations: [tie('ja', 'heb'), tie('ja', 'klinik')] }),
      'youth-health',
    );
    expect(weak).toMatchObject({ state: 'weak', ties: 2, count: 3, youth: ['ja'] });

    const none = find(
      findingsOf({ ...star, cooperations: [tie('heb', 'klinik')] }),
      'youth-health',
    );
    expect(none).toMatchObject({ state: 'unconnected', ties: 0, count: 0 });

    const oneSided = find(
      findingsOf({ partners: star.partners.filter((p) => p.sector !== HEALTH), cooperations: [] }),
      'youth-health',
    );
    expect(oneSided).toMatchObject({ state: 'side-missing', count: 0 });
  });

  it('finds who hangs on a single tie, on whom others depend, and who stands alone', () => {
    const findings = findingsOf(star);
    expect(find(findings, 'single-tie')).toEqual({
      kind: 'single-tie',
      count: 3,
      partners: ['kita', 'klinik', 'sb'],
    });
    const keyPoints = find(findings, 'key-points');
    expect(keyPoints.count).toBe(2);
    expect([...keyPoints.partners].sort()).toEqual(['heb', 'ja']);
    // Every tie of the clinic, the counselling and the Kita runs to a key point.
    expect([...keyPoints.dependents].sort()).toEqual(['kita', 'klinik', 'sb']);
    expect(find(findings, 'isolated')).toEqual({ kind: 'isolated', count: 1, partners: ['fh'] });
  });

  it('tells the loss of the key partner: the one whose loss cuts off the most', () => {
    const loss = find(findingsOf(star), 'key-partner-loss');
    // Without ja the pieces are {klinik}, {sb} and {heb, kita}: two partners left alone, the
    // largest piece stays. Without heb only the Kita would be alone.
    expect(loss.partner).toBe('ja');
    expect(loss.isolated).toBe(2);
    expect(loss.cutOff).toBe(0);
    expect(loss.count).toBe(loss.isolated + loss.cutOff);
    expect(loss.parts).toEqual({ before: 2, after: 4 });
  });

  it('says so where no single partner holds the network together', () => {
    const ring: Network = {
      partners: star.partners.slice(0, 4),
      cooperations: [
        tie('ja', 'heb'),
        tie('heb', 'klinik'),
        tie('klinik', 'kita'),
        tie('kita', 'ja'),
      ],
    };
    const findings = findingsOf(ring);
    expect(find(findings, 'single-tie').count).toBe(0);
    expect(find(findings, 'key-points')).toMatchObject({ count: 0, dependents: [] });
    expect(find(findings, 'isolated').count).toBe(0);
    expect(find(findings, 'key-partner-loss')).toMatchObject({ count: 0, partner: null });
  });

  it('counts the doubled structures by kind', () => {
    const doubled: Network = {
      partners: [
        ...star.partners,
        createPartner({
          id: 'ja2',
          name: 'Jugendamt Musterstadt',
          sector: YOUTH,
          type: 'Jugendamt',
        }),
      ],
      cooperations: star.cooperations,
    };
    const doubles = find(findingsOf(doubled), 'doubles');
    expect(doubles.partners).toBe(1);
    expect(doubles.count).toBe(doubles.partners + doubles.offers + doubles.committees);
    expect(find(findingsOf(star), 'doubles').count).toBe(0);
  });

  it('tells what changed since the last Stand: who came and went, and the figures then and now', () => {
    const before = buildFullReport(
      { network: { ...star, cooperations: star.cooperations.slice(0, 1) } },
      [],
      () => '',
      { catalogue },
    );
    const changes = find(
      findingsOf(star, {
        date: '2024-05-01',
        figures: keyFigures(before),
        partners: { added: [{ id: 'kita', name: 'Partner kita' }], gone: [] },
      }),
      'changes',
    );
    expect(changes).toMatchObject({
      count: 1,
      date: '2024-05-01',
      partners: { before: 6, after: 6 },
      cooperations: { before: 1, after: 4 },
      isolates: { before: 4, after: 1 },
    });
    // Only the figures known (a CLI's earlier analyse file of old): the change in partners.
    const figuresOnly = find(findingsOf(star, { figures: keyFigures(before) }), 'changes');
    expect(figuresOnly.count).toBe(0);
    expect(figuresOnly.added).toBeUndefined();
    // No Stand asked for (analyse): no finding about changes at all.
    expect(
      findingsOf(star).some((f) => f.kind === 'changes' || f.kind === 'no-previous-stand'),
    ).toBe(false);
  });

  it('goes into the analyse contract without a comparison', () => {
    const full = buildFullReport({ network: star }, [], () => '', { catalogue });
    expect(full.findings.map((f) => f.kind)).not.toContain('no-previous-stand');
    expect(full.findings.every((f) => Number.isInteger(f.count) && f.count >= 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(full.findings))).toEqual(full.findings);
  });
});
