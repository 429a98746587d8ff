import type { EditProblem } from '../../core/edit';
import type { Partner } from '../../core/model/types';
import { readYear } from './year';

/** The partner fields a form shows, each as the text in its input. */
export const PARTNER_TEXT_FIELDS = [
  'sector',
  'type',
  'carrier',
  'municipality',
  'socialArea',
] as const;

export interface PartnerValues {
  name: string;
  id: string;
  sector: string;
  type: string;
  carrier: string;
  municipality: string;
  socialArea: string;
  /** Offers separated by commas, as a list is typed. */
  offers: string;
  since: string;
}

export const EMPTY_PARTNER_VALUES: PartnerValues = {
  name: '',
  id: '',
  sector: '',
  type: '',
  carrier: '',
  municipality: '',
  socialArea: '',
  offers: '',
  since: '',
};

export function partnerValues(partner: Partner): PartnerValues {
  return {
    name: partner.name,
    id: partner.id,
    sector: partner.sector,
    type: partner.type,
    carrier: partner.carrier,
    municipality: partner.municipality,
    socialArea: partner.socialArea,
    offers: partner.offers.join(', '),
    since: partner.since === null ? '' : String(partner.since),
  };
}

/** The form's text as partner fields for `addPartner`/`updatePartner`, or why it cannot be. */
export function partnerFields(
  values: PartnerValues,
): { fields: Omit<Partner, 'attributes'> } | { problem: EditProblem } {
  const since = readYear(values.since);
  if ('problem' in since) return since;
  const offers = values.offers
    .split(',')
    .map((offer) => offer.trim())
    .filter((offer) => offer !== '');
  const text = Object.fromEntries(
    PARTNER_TEXT_FIELDS.map((field) => [field, values[field].trim()]),
  ) as Pick<Partner, (typeof PARTNER_TEXT_FIELDS)[number]>;
  return { fields: { ...text, name: values.name, id: values.id, offers, since: since.year } };
}
