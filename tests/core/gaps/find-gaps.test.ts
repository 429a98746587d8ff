import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { BASES } from '../../../src/core/catalogue/types';
import { findGaps } from '../../../src/core/gaps/find-gaps';
import { createCooperation, createPartner, type Network } from '../../../src/core/model/types';

const partner = createPartner;
const tie = (source: string, target: string) => createCooperation({ source, target, intensity: 2 });

/** A small district: youth welfare reaches health only through the youth office and the health office. */
const network: Network = {
  partners: [
    partner({ id: 'J1', name: 'Jugendamt Kreis Beispiel', type: 'ASD', sector: 'Jugendhilfe' }),
    partner({ id: 'K1', name: 'Kita Sonnenschein', type: 'Kita', sector: 'Jugendhilfe' }),
    partner({ id: 'E1', name: 'Erziehungsberatungsstelle', type: 'EB', sector: 'Jugendhilfe' }),
    partner({
      id: 'FZ',
      name: 'Familienzentrum Nord',
      type: 'Familienzentrum',
      offers: ['Familienhebammen-Sprechstunde'],
    }),
    partner({ id: 'G1', name: 'Gesundheitsamt', type: 'Gesundheitsamt', sector: 'Gesundheit' }),
    partner({
      id: 'H1',
      name: 'Hebamme Meier',
      type: 'freiberufliche Hebamme',
      sector: 'Gesundheit',
    }),
    partner({
      id: 'S1',
      name: 'donum vitae',
      type: 'Schwangerschaftsberatung',
      sector: 'Beratung',
    }),
    partner({ id: 'X1', name: 'Verein Lindenhof', sector: 'Ehrenamt' }),
    partner({ id: 'I1', name: 'Kinderarztpraxis Dr. Yilmaz' }),
  ],
  cooperations: [
    tie('J1', 'K1'),
    tie('J1', 'E1'),
    tie('J1', 'G1'),
    tie('G1', 'H1'),
    tie('J1', 'S1'),
    tie('K1', 'FZ'),
    tie('S1', 'H1'),
    tie('X1', 'J1'),
  ],
};

const report = findGaps(network, defaultCatalogue(), { articulationPoints: ['J1'] });

describe('findGaps', () => {
  it('lists the missing types with those the law names first', () => {
    const bases = report.missingTypes.map((m) => BASES.indexOf(m.basis));
    expect(bases).toEqual([...bases].sort((a, b) => a - b));
    const ids = report.missingTypes.map((m) => m.type);
    expect(ids).toContain('geburtsklinik');
    expect(ids).toContain('familienhebamme-fgkikp');
    expect(ids).not.toContain('hebamme');
    expect(ids).not.toContain('kinderaerztliche-praxis');
    expect(report.missingTypes.find((m) => m.type === 'familiengericht')).toEqual({
      type: 'familiengericht',
      sector: 'schutz-justiz',
      basis: 'kkg-3-2',
    });
  });

  it('lists the sectors with no partner', () => {
    expect(report.missingSectors).toEqual([
      'fruehfoerderung-eingliederungshilfe',
      'soziale-sicherung-arbeit',
      'schutz-justiz',
      'bildung',
    ]);
  });

  it('shows that youth welfare reaches health through one tie, carried by the youth office and the health office', () => {
    expect(report.youthHealthLink).toEqual({
      a: 'kinder-jugendhilfe',
      b: 'gesundheitswesen',
      ties: 1,
      partnersA: ['J1'],
      partnersB: ['G1'],
    });
    expect(report.suggestions).toContainEqual({
      gap: { kind: 'weak-sector-link', a: 'kinder-jugendhilfe', b: 'gesundheitswesen' },
      partner: 'S1',
      reason: 'tied-to-both-sectors',
      via: { a: ['J1'], b: ['H1'] },
    });
  });

  it('names sector pairs without a tie and the partner who knows both sides', () => {
    expect(report.unconnectedSectorPairs).toEqual([
      { a: 'gesundheitswesen', b: 'zivilgesellschaft' },
      { a: 'beratung', b: 'zivilgesellschaft' },
    ]);
    expect(report.suggestions).toContainEqual({
      gap: { kind: 'unconnected-sector-pair', a: 'gesundheitswesen', b: 'zivilgesellschaft' },
      partner: 'J1',
      reason: 'tied-to-both-sectors',
      via: { a: ['G1'], b: ['X1'] },
    });
  });

  it('finds silos, isolates and partners that hang on the coordinator alone', () => {
    expect(report.withoutCrossSectorTie.sort()).toEqual(['E1', 'FZ', 'K1']);
    expect(report.isolates).toEqual(['I1']);
    expect(report.articulationDependents).toEqual([
      { partner: 'E1', articulationPoints: ['J1'] },
      { partner: 'X1', articulationPoints: ['J1'] },
    ]);
  });

  it('suggests partners already in the network for missing types, saying which text named which term', () => {
    expect(report.suggestions).toContainEqual({
      gap: { kind: 'missing-type', type: 'familienhebamme-fgkikp' },
      partner: 'FZ',
      reason: 'offer-names-type',
      named: { text: 'Familienhebammen-Sprechstunde', term: 'Familienhebammen' },
    });
    // Being in the type's sector is no reason: no text of the partner names the type.
    expect(
      report.suggestions.filter((s) => s.partner === 'X1' && s.gap.kind === 'missing-type'),
    ).toEqual([]);
  });

  it('suggests only on whole terms: an "Elternschule" is no school, a Schreiambulanz no children’s hospital', () => {
    const clinic: Network = {
      partners: [
        partner({
          id: 'UK',
          name: 'Universitätsklinikum – Geburtshilfe',
          type: 'Geburtsklinik',
          sector: 'Gesundheit',
          offers: ['Elternschule', 'Kreißsaalführung'],
        }),
        partner({
          id: 'SA',
          name: 'Schreiambulanz am Klinikum',
          type: 'Schreiambulanz',
          sector: 'Gesundheit',
          offers: ['Beratung für Eltern von Schreibabys'],
        }),
        partner({
          id: 'FB',
          name: 'Haus Lindenhof',
          type: 'Familienzentrum',
          offers: ['Offene Ganztagsschule'],
        }),
      ],
      cooperations: [tie('UK', 'SA'), tie('SA', 'FB')],
    };
    const { suggestions, missingTypes } = findGaps(clinic, defaultCatalogue());
    const missing = missingTypes.map((m) => m.type);
    expect(missing).toEqual(expect.arrayContaining(['schule', 'kinderklinik', 'muettergenesung']));
    const about = (type: string) =>
      suggestions.filter((s) => s.gap.type === type).map((s) => [s.partner, s.named?.term]);
    expect(about('schule')).toEqual([['FB', 'Offene Ganztagsschule']]);
    expect(about('kinderklinik')).toEqual([]);
    expect(about('muettergenesung')).toEqual([]);
    expect(about('familienbildung')).toEqual([]);
  });

  it('counts a partner in the sector its own sector names, as the map shows it, not its type’s', () => {
    const named: Network = {
      partners: [
        partner({
          id: 'F1',
          name: 'Frühförderstelle',
          type: 'Frühförderstelle',
          sector: 'Gesundheit',
        }),
        partner({ id: 'K1', name: 'Kita Am Bach', type: 'Kita', sector: 'Kultur' }),
        partner({ id: 'H1', name: 'Hebamme Meier', type: 'Hebamme' }),
      ],
      cooperations: [tie('F1', 'K1'), tie('F1', 'H1')],
    };
    const gaps = findGaps(named, defaultCatalogue());
    expect(gaps.partnerSectors).toEqual([
      { partnerId: 'F1', sectorId: 'gesundheitswesen' },
      { partnerId: 'K1', sectorId: null },
      { partnerId: 'H1', sectorId: 'gesundheitswesen' },
    ]);
    expect(gaps.missingSectors).toContain('fruehfoerderung-eingliederungshilfe');
    expect(gaps.missingSectors).toContain('kinder-jugendhilfe');
    expect(gaps.missingTypes.map((m) => m.type)).not.toContain('fruehfoerderstelle');
    expect(gaps.withoutCrossSectorTie).toEqual(['F1', 'H1']);
  });

  it("follows the coordinator's correction of a partner's type", () => {
    const corrected = findGaps(network, defaultCatalogue(), {
      corrections: new Map([['X1', 'ehrenamt-familienpatenschaften']]),
    });
    expect(corrected.missingTypes.map((m) => m.type)).not.toContain(
      'ehrenamt-familienpatenschaften',
    );
  });
});
