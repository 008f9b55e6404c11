/** Inputs and outputs of the quota pass (contract: "Nominations and quotas", `GET …/quotas`). */
import type { NominationStatus, NomineeKind, QuotaScope } from '../contract/enums';
import type { QuotaRow } from '../contract/nominations';
import type { Plan } from '../contract/plan';
import type { DecisionInput } from '../contract/register';
import type { StaffList } from '../contract/staff';

export type { NominationStatus, NomineeKind, QuotaRow, QuotaScope };

/** A nomination as stored by the Worker: the request fields plus its id and filing time. */
export interface StoredNomination {
  id: string;
  award: string;
  movement?: string | null;
  programme?: string | null;
  group?: string | null;
  nominee: {
    kind: NomineeKind;
    unit: string;
    name?: string | null;
    staffId?: string | null;
    birthDate?: string | null;
    position?: string | null;
  };
  priority?: number | null;
  /** ISO date-time of the first filing; a correction (PATCH) keeps it. */
  filedAt: string;
  /** Tie-breaker for equal `filedAt`, e.g. the database rowid. */
  seq?: number;
}

/** A unit's place in one group, as the ranking computes it. */
export interface Standing {
  group: string;
  unit: string;
  /** 1-based rank; null when the unit is not ranked (did not submit). */
  rank: number | null;
  /** Label of its classification band in the group's template; null when none. */
  classification: string | null;
  /** Whether it reached the group's vote threshold in the latest round. */
  voted: boolean;
}

/** What a unit registered at the start of the year (đăng ký thi đua). */
export interface RegistrationData {
  unit: string;
  awards: string[];
  individuals: { name: string; staffId?: string | null; awards: string[] }[];
}

/**
 * The facts about people and earlier years the rules of issue 14 read: the staff lists of the campaign's year
 * and of earlier years (per unit and year), and the register of awards (every decision, any year).
 */
export interface PeopleFacts {
  /** The campaign's year. */
  year: number;
  staff: readonly StaffList[];
  register: readonly DecisionInput[];
}

export interface QuotaInput {
  plan: Plan;
  nominations: StoredNomination[];
  standings: Standing[];
  registrations: RegistrationData[];
  /** Absent = no staff list and an empty register (rules that need them then fail with their reason). */
  people?: PeopleFacts;
}

export interface Evaluated {
  id: string;
  status: NominationStatus;
  /** Vietnamese, naming the rule, the limit and the count. */
  reasons: string[];
  /**
   * The usage rows (`QuotaRow.rule`) this nomination is counted in: for `within_quota` every limit it takes a
   * place in (`used`), for `over_quota` the limits that kept it out (`over`), for `ineligible` none.
   */
  ruleIds: string[];
}

export interface QuotaResult {
  /** One per input nomination, in input order. */
  items: Evaluated[];
  rules: QuotaRow[];
}
