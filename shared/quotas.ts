/**
 * Quota evaluation (contract: "Nominations and quotas"; domain: "Quota rules"): one pure pass over all
 * nominations of a campaign that the Worker runs on every read and after every write. The parts live in
 * `./quotas/`: identity of nominees, eligibility, limits and the pass itself.
 */
export { evaluateQuotas } from './quotas/evaluate';
export { foldName, type PersonFacts, type PersonKey, personKey, samePerson } from './quotas/identity';
export { percentOf } from './quotas/limits';
export type {
  Evaluated,
  NominationStatus,
  NomineeKind,
  QuotaInput,
  QuotaResult,
  QuotaRow,
  QuotaScope,
  RegistrationData,
  Standing,
  StoredNomination,
} from './quotas/types';
