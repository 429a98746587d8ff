/**
 * The domain model of a Frühe-Hilfen network: partners (Netzwerkpartner) and the cooperations
 * (Kooperationen) between them. Plain data only, so it crosses worker boundaries unchanged.
 */

/** Cooperation intensity, DOMAIN.md scale: 1 kennen sich … 4 verbindliche Kooperation. */
export type Intensity = 1 | 2 | 3 | 4;
export const INTENSITIES: readonly Intensity[] = [1, 2, 3, 4];

/** A partner organisation (Netzwerkpartner, Einrichtung): a node of the network. */
export interface Partner {
  /** Stable key: the ID column if the list has one, else derived from the name. */
  id: string;
  name: string;
  /** Sektor / System, e.g. "Gesundheitswesen"; empty when unknown. */
  sector: string;
  /** Einrichtungsart, e.g. "Geburtsklinik". */
  type: string;
  /** Träger: the body that runs it. */
  carrier: string;
  /** Kommune. */
  municipality: string;
  /** Sozialraum / Stadtteil. */
  socialArea: string;
  /** Angebote (offers) the partner runs. */
  offers: string[];
  /** Year since when the partner belongs to the network. */
  since: number | null;
  /** Columns the importer did not know, kept as they were (null-prototype record). */
  attributes: Record<string, string>;
}

/** A tie between two partners (Kooperation, Zusammenarbeit): an undirected edge. */
export interface Cooperation {
  source: string;
  target: string;
  /** The tie on the 1–4 scale; for a tie with a `weight`, that number rounded into 1–4. */
  intensity: Intensity;
  /**
   * The tie's own number from a weight column whose values are not on the 1–4 scale (a Gephi
   * "Weight", a Kumu "Strength" such as 0.5 or 12). Measures that read tie strength use it instead
   * of the intensity, as networkx does with `weight=`; absent for ties on the 1–4 scale.
   */
  weight?: number;
  /** A written cooperation agreement (Kooperationsvereinbarung) exists. */
  formal: boolean;
  /** Art der Zusammenarbeit, free text. */
  kind: string;
  since: number | null;
  attributes: Record<string, string>;
}

export interface Network {
  partners: Partner[];
  cooperations: Cooperation[];
}

/**
 * Made by `new`, the records of emptyRecord inherit from one empty, frozen object that has no
 * prototype itself: nothing is inherited (no "toString", no "__proto__" setter), as from
 * Object.create(null), which V8 however makes a dictionary object, about 20 times as slow to make
 * (one per partner and tie of an import).
 */
const InheritsNothing = function InheritsNothing() {} as unknown as new () => object;
InheritsNothing.prototype = Object.freeze(Object.create(null) as object);

/** A record that inherits no key, so that keys like "__proto__" or "toString" stay plain data. */
export function emptyRecord<T>(): Record<string, T> {
  return new InheritsNothing() as Record<string, T>;
}

export function createPartner(fields: Partial<Partner> & Pick<Partner, 'id' | 'name'>): Partner {
  return {
    sector: '',
    type: '',
    carrier: '',
    municipality: '',
    socialArea: '',
    offers: [],
    since: null,
    attributes: emptyRecord<string>(),
    ...fields,
  };
}

export function createCooperation(
  fields: Partial<Cooperation> & Pick<Cooperation, 'source' | 'target'>,
): Cooperation {
  return {
    intensity: 1,
    formal: false,
    kind: '',
    since: null,
    attributes: emptyRecord<string>(),
    ...fields,
  };
}

/** An offer (Angebot) a partner runs in a social area for a target group: the offers table. */
export interface Offer {
  partner: string;
  offer: string;
  socialArea: string;
  targetGroup: string;
}

/** A partner's membership in a working group or committee (Arbeitskreis, Gremium). */
export interface Membership {
  partner: string;
  committee: string;
}
