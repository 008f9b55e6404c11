/** Inputs and outputs of the quota pass (contract: "Nominations and quotas", `GET …/quotas`). */
import type { Plan } from '../plan';

export type NomineeKind = 'collective' | 'individual';

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

export interface QuotaInput {
  plan: Plan;
  nominations: StoredNomination[];
  standings: Standing[];
  registrations: RegistrationData[];
}

export type NominationStatus = 'within_quota' | 'over_quota' | 'ineligible';

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

export type QuotaScope = 'movement' | 'programme' | 'group' | 'unit';

/** One row of `GET /campaigns/{campaign}/quotas`. */
export interface QuotaRow {
  /** Stable id: `movement:2.4:individual`, `movement:2.1:CT-LAO:collective`, `share:CO-THI-DUA:KHOI-BV`, `ratio:CSTDCS:BV-BR`. */
  rule: string;
  label: string;
  scope: QuotaScope;
  /** null = no limit; 0 for a nominee kind the movement does not take (`quota: null`). */
  limit: number | null;
  /** Nominations within this limit. */
  used: number;
  /** Nominations this limit kept out. */
  over: number;
}

export interface QuotaResult {
  /** One per input nomination, in input order. */
  items: Evaluated[];
  rules: QuotaRow[];
}
