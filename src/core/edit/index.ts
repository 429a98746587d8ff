/**
 * Edits of a network by hand: each takes the network and returns `{ network }` (a new network; the
 * old one is untouched) or `{ problems }` under the importer's rules.
 */
export { addPartner, removePartner, updatePartner, type PartnerInput } from './partners';
export {
  addCooperation,
  removeCooperation,
  updateCooperation,
  type CooperationChanges,
  type CooperationInput,
} from './cooperations';
export { BULK_FIELDS, setPartnerField, type BulkField } from './bulk';
export {
  EDIT_PROBLEM_CODES,
  type EditProblem,
  type EditProblemCode,
  type EditResult,
} from './problems';
