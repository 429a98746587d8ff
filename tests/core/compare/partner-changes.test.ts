import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../../../src/core/catalogue/default-catalogue';
import { compareNetworks } from '../../../src/core/compare';
import { createPartner, type Network } from '../../../src/core/model/types';

const catalogue = defaultCatalogue();

/** Stand 2024 of a small network, as the coordinator's list had it. */
const stand2024: Network = {
  partners: [
    createPartner({
      id: 'P1',
      name: 'Schwangerschaftsberatung Diakonie',
      sector: 'Beratung',
      type: 'Schwangerschaftsberatung',
      carrier: 'Diakonisches Werk',
      municipality: 'Auenstadt',
      socialArea: 'Mitte',
      offers: ['Beratung', 'Babysprechstunde'],
      since: 2019,
      attributes: { Telefon: '0123 456', Ansprechperson: 'Frau Abel' },
    }),
    createPartner({ id: 'P2', name: 'Kita Sonnenschein', sector: 'Jugendhilfe', type: 'Kita' }),
    createPartner({ id: 'P3', name: 'Hebamme Meier', sector: 'Gesundheit', offers: ['Kurs'] }),
  ],
  cooperations: [],
};

/** Stand 2025: the counselling service was renamed and moved; the Kita's name only gained a space. */
const stand2025: Network = {
  partners: [
    createPartner({
      id: 'P1',
      name: 'Schwangerschafts- und Familienberatung Diakonie',
      sector: 'Beratung',
      type: 'Schwangerschaftsberatung',
      carrier: 'Diakonisches Werk',
      municipality: 'Bergdorf',
      socialArea: 'Nord',
      offers: ['Babysprechstunde', 'Beratung', 'Elterncafé'],
      since: 2019,
      attributes: { Telefon: '0123 789', Ansprechperson: 'Frau Abel' },
    }),
    createPartner({ id: 'P2', name: 'Kita Sonnenschein ', sector: 'Jugendhilfe', type: 'Kita' }),
    createPartner({ id: 'P3', name: 'Hebamme Meier', sector: 'Gesundheit', offers: ['Kurs'] }),
  ],
  cooperations: [],
};

describe('partners whose details changed between two Stände', () => {
  const { changed } = compareNetworks(stand2024, stand2025, { catalogue }).partners;

  it('lists the counselling service that was renamed and moved, and nobody else', () => {
    expect(changed.map((c) => c.after.name)).toEqual([
      'Schwangerschafts- und Familienberatung Diakonie',
    ]);
    expect(changed[0]!.before).toEqual({ id: 'P1', name: 'Schwangerschaftsberatung Diakonie' });
  });

  it('names every detail that changed with its old and new value, in the order of the panel', () => {
    expect(changed[0]!.changes).toEqual([
      {
        field: 'name',
        before: 'Schwangerschaftsberatung Diakonie',
        after: 'Schwangerschafts- und Familienberatung Diakonie',
      },
      { field: 'municipality', before: 'Auenstadt', after: 'Bergdorf' },
      { field: 'socialArea', before: 'Mitte', after: 'Nord' },
      {
        field: 'offers',
        before: 'Babysprechstunde, Beratung',
        after: 'Babysprechstunde, Beratung, Elterncafé',
      },
      { field: 'attribute', attribute: 'Telefon', before: '0123 456', after: '0123 789' },
    ]);
  });

  it('sees a sector, a type and a year of joining given, changed or taken away', () => {
    const earlier: Network = {
      partners: [createPartner({ id: 'A', name: 'Frühförderstelle', sector: 'Gesundheit' })],
      cooperations: [],
    };
    const later: Network = {
      partners: [
        createPartner({
          id: 'A',
          name: 'Frühförderstelle',
          sector: 'Frühförderung',
          type: 'Interdisziplinäre Frühförderstelle',
          since: 2023,
        }),
      ],
      cooperations: [],
    };
    const { changes } = compareNetworks(earlier, later, { catalogue }).partners.changed[0]!;
    expect(changes).toEqual([
      { field: 'sector', before: 'Gesundheit', after: 'Frühförderung' },
      { field: 'type', before: '', after: 'Interdisziplinäre Frühförderstelle' },
      { field: 'since', before: '', after: '2023' },
    ]);
    const back = compareNetworks(later, earlier, { catalogue }).partners.changed[0]!;
    expect(back.changes.find((c) => c.field === 'since')).toEqual({
      field: 'since',
      before: '2023',
      after: '',
    });
  });

  it('follows a partner recognised by its name under a new ID, and ignores those who came or went', () => {
    const earlier: Network = {
      partners: [
        createPartner({ id: 'alt', name: 'Praxis Dr. Yilmaz', carrier: 'privat' }),
        createPartner({ id: 'weg', name: 'Familienzentrum West' }),
      ],
      cooperations: [],
    };
    const later: Network = {
      partners: [
        createPartner({ id: 'neu', name: 'Praxis Dr. Yilmaz', carrier: 'MVZ Auenstadt' }),
        createPartner({ id: 'dazu', name: 'Familienbüro' }),
      ],
      cooperations: [],
    };
    const { changed } = compareNetworks(earlier, later, { catalogue }).partners;
    expect(changed).toEqual([
      {
        before: { id: 'alt', name: 'Praxis Dr. Yilmaz' },
        after: { id: 'neu', name: 'Praxis Dr. Yilmaz' },
        changes: [{ field: 'carrier', before: 'privat', after: 'MVZ Auenstadt' }],
      },
    ]);
  });
});
