/**
 * What every paper is generated from (decision 0038): one snapshot, and the meeting held on it when there is
 * one — never live data. Builders fill it (from-snapshot.ts, and from a stored meeting); the generators read
 * only this.
 */
import {
  type AwardCategory,
  AwardLevel,
  type NomineeKind,
  type Sex,
  type VoteBase,
} from '../../../../shared/contract/enums';
import type { Council } from '../../../../shared/contract/plan';

export interface PaperCampaign {
  code: string;
  title: string;
  year: number;
  /** The issuing body ("Sở Y tế tỉnh Bà Rịa-Vũng Tàu"). */
  authority: string;
  /** The body above it, top left of the heading ("UBND TỈNH BÀ RỊA - VŨNG TÀU"), when the plan names it. */
  superior?: string;
  place: string;
  /** The campaign's basis ("Kế hoạch số 247/KH-UBND …"), a ground of the Tờ trình and the Quyết định. */
  basis?: string;
  /** "Nơi nhận" as the plan lists them. */
  recipients: readonly string[];
}

export interface PaperBallot {
  issued: number;
  returned: number;
  valid: number;
  inFavour: number;
  /** Votes in favour as a share of the base, in hundredths of a percent (8333 = 83,33 %). */
  share: number;
  /** The plan's threshold: `percent` % of `of`, with the rule's `source`. */
  threshold: { percent: number; of: VoteBase; source?: string };
}

export interface PaperOutcome {
  proposed: boolean;
  /** Why (Vietnamese), e.g. the share below the threshold. */
  reason?: string;
}

export interface PaperNominee {
  /** The nomination's id. */
  id: string;
  kind: NomineeKind;
  /** The person's name, or the collective's. */
  name: string;
  position?: string;
  /** The name of the unit the person works in, or of the collective. */
  unit: string;
  birthYear?: number;
  sex?: Sex;
  summary?: string;
  /** The secret ballot on this nomination, when its title needed one. */
  ballot?: PaperBallot;
  /** The meeting's decision; absent when the paper comes from a snapshot alone (then within quota = proposed). */
  outcome?: PaperOutcome;
}

export interface PaperProposal {
  award: string;
  /** The title's or form's name ("Chiến sĩ thi đua cơ sở"). */
  title: string;
  level?: AwardLevel;
  /** Who confers it, as the plan writes it ("Chủ tịch UBND tỉnh …"). */
  levelText?: string;
  category?: AwardCategory;
  nominees: PaperNominee[];
}

export interface PaperPerson {
  name: string;
  position?: string;
}

export interface PaperMeeting {
  id: string;
  /** The meeting's day (YYYY-MM-DD) and, when recorded, its time ("14 giờ 00"). */
  date: string;
  time?: string;
  place: string;
  chair: string;
  secretary: string;
  tellers: readonly string[];
  /** Members of the council (its size is the base of "share of all members"). */
  size: number;
  present: readonly PaperPerson[];
  absent: readonly (PaperPerson & { writtenOpinion: boolean })[];
}

export interface PaperData {
  campaign: PaperCampaign;
  council?: Council;
  /** The department's symbol in document numbers ("SYT"). */
  symbol: string;
  snapshot: { id: string; sha256: string; createdAt: string; planVersion?: number };
  /** Further grounds ("Căn cứ …;") from the plan: the rules' sources the papers rest on. */
  grounds: readonly string[];
  /** Per award, in the plan's order; only awards with at least one nominee. */
  proposals: readonly PaperProposal[];
  meeting?: PaperMeeting;
}

/** Whether a nominee is proposed: the meeting's decision, or (from a snapshot alone) within quota. */
export const isProposed = (n: PaperNominee): boolean => n.outcome?.proposed ?? true;

/** The proposals with only their proposed nominees, awards left empty dropped. */
export function proposedOnly(data: PaperData): PaperProposal[] {
  return data.proposals
    .map((p) => ({ ...p, nominees: p.nominees.filter(isProposed) }))
    .filter((p) => p.nominees.length > 0);
}

/**
 * The proposals sent to the higher level (Tờ trình, draft Quyết định): those of awards conferred at the
 * province or above, and those whose level the plan does not say (the secretariat strikes them by hand).
 * The department's own titles and forms are decided by the Giám đốc Sở and stay in the lists.
 */
export function upwardOnly(data: PaperData): PaperProposal[] {
  const province = AwardLevel.options.indexOf('province');
  return proposedOnly(data).filter((p) => !p.level || AwardLevel.options.indexOf(p.level) >= province);
}

/** Collectives and individuals of a list of nominees. */
export function byKind(nominees: readonly PaperNominee[]) {
  return {
    collectives: nominees.filter((n) => n.kind === 'collective'),
    individuals: nominees.filter((n) => n.kind === 'individual'),
  };
}
