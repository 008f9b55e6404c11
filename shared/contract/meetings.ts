/**
 * The council's meeting (phiên họp Hội đồng Thi đua – Khen thưởng; issue 15, decision 0039). The secretariat
 * opens a meeting on a frozen snapshot; its agenda is the snapshot's nominations within quota, one proposal
 * each (id = the nomination's id). A proposal whose award has a ballot rule is decided by the recorded secret
 * ballot; the others by the meeting as a list. Closed, it is read-only (reopening is an audited correction);
 * the approved proposals are then submitted to the higher level and, once a decision comes back, awarded and
 * written into the register of awards (shared/contract/register.ts).
 *
 * - `POST /campaigns/{c}/meetings` (secretariat) — `MeetingOpen` → 201 `MeetingView`.
 * - `GET  /campaigns/{c}/meetings` (secretariat, council) — `MeetingList`.
 * - `GET  /campaigns/{c}/meetings/{id}` (secretariat, council) — `MeetingView`.
 * - `PUT  …/meetings/{id}/ballots` (council, secretariat) — `BallotsPut` → 200 `MeetingView`.
 * - `PUT  …/meetings/{id}/list` (secretariat) — `ListPut` → 200 `MeetingView`.
 * - `POST …/meetings/{id}/close` (secretariat) — `{}` → 200 `MeetingView` (409 while a proposal is pending).
 * - `POST …/meetings/{id}/reopen` (secretariat) — `MeetingReopen` → 200 `MeetingView` (audited correction).
 * - `POST …/meetings/{id}/submit` (secretariat) — `MeetingSubmit` → 200 `MeetingView` (closed meetings only).
 * - `POST …/meetings/{id}/decisions` (secretariat) — `MeetingDecision` → 201 `MeetingView` (submitted
 *   proposals only; one register decision per award among the items).
 *
 * A closed meeting answers 409 to ballots and list; every write is one D1 batch with its guards in SQL.
 */
import * as z from 'zod';
import { AwardLevel, VoteBase } from './enums';
import { code, DateOrDateTime, instant, int, LIST_MAX, reason, shortText, text } from './fields';
import { Nominee } from './nominations';

/** A council member as the meeting records them: present, or absent with or without a written opinion. */
export const Attendee = z.object({
  name: shortText,
  position: shortText.optional(),
  present: z.boolean(),
  /** Absent members who sent their opinion in writing (ý kiến bằng văn bản). */
  writtenOpinion: z.boolean().optional(),
});

/** `POST …/meetings`. `councilSize` defaults to the number of the plan's council members. */
export const MeetingOpen = z.object({
  /** The frozen snapshot's id (`GET …/snapshots`). */
  snapshot: code,
  heldAt: DateOrDateTime,
  place: text,
  chair: shortText,
  secretary: shortText,
  /** Ban kiểm phiếu: the tellers, head first. */
  tellers: z.array(shortText).min(1).max(LIST_MAX.few),
  agenda: z.array(text).max(LIST_MAX.few).optional(),
  councilSize: z.number().int().min(1).max(LIST_MAX.few).optional(),
  attendance: z.array(Attendee).min(1).max(LIST_MAX.few),
});

/** One ballot's figures (phiếu phát ra, thu về, hợp lệ, đồng ý). */
export const BallotFigures = z.object({
  issued: z.number().int().min(0).max(LIST_MAX.few),
  returned: z.number().int().min(0).max(LIST_MAX.few),
  valid: z.number().int().min(0).max(LIST_MAX.few),
  inFavour: z.number().int().min(0).max(LIST_MAX.few),
});

export const BallotResult = BallotFigures.extend({ nomination: code });

/**
 * `PUT …/meetings/{id}/ballots`: the results of the proposals named (others keep theirs). Checked by
 * `ballotProblems` (shared/meetings.ts): valid ≤ returned ≤ issued ≤ councilSize, inFavour ≤ valid, each a
 * proposal of this meeting whose award has a ballot rule, named once.
 */
export const BallotsPut = z.object({ results: z.array(BallotResult).min(1).max(LIST_MAX.many) });

/** `PUT …/meetings/{id}/list`: the meeting's decision on proposals without a ballot rule. */
export const ListItem = z.object({
  nomination: code,
  propose: z.boolean(),
  /** Required (visible text) when not proposed. */
  reason: reason.optional(),
});
export const ListPut = z.object({ items: z.array(ListItem).min(1).max(LIST_MAX.many) });

/** `POST …/meetings/{id}/reopen`. */
export const MeetingReopen = z.object({ reason });

/** `POST …/meetings/{id}/submit`: the Tờ trình to the higher level. */
export const MeetingSubmit = z.object({ documentNo: shortText.optional(), date: z.iso.date() });

/** `POST …/meetings/{id}/decisions`: a decision came back, awarding these proposals (nomination ids). */
export const MeetingDecision = z.object({
  number: shortText,
  date: z.iso.date(),
  issuerLevel: AwardLevel,
  authority: text,
  items: z.array(code).min(1).max(LIST_MAX.many),
});

/** Where a proposal stands: awaiting the meeting, decided, then sent up and awarded. */
export const ProposalState = z.enum(['pending', 'proposed', 'not_proposed', 'submitted', 'awarded']);

/** The ballot rule that applies to a proposal and the votes it needs (⌈percent × base / 100⌉). */
export const ProposalBallot = z.object({
  percent: z.number(),
  of: VoteBase,
  source: z.string().nullable(),
  /** councilSize or the members present, as `of` says. */
  base: int,
  required: int,
});

export const Proposal = z.object({
  /** The nomination's id. */
  id: z.string(),
  award: z.string(),
  awardName: z.string(),
  movement: z.string().nullable(),
  nominee: Nominee,
  summary: z.string().nullable(),
  /** null: decided by the meeting as a list. */
  ballot: ProposalBallot.nullable(),
  result: BallotFigures.nullable(),
  /** inFavour / base in percent, rounded to 2 decimals, for reading only (the outcome compares integers). */
  share: z.number().nullable(),
  state: ProposalState,
  /** Vietnamese: why not proposed (the figures and the rule's source), or the list's reason. */
  reason: z.string().nullable(),
  /** The register decision that awarded it. */
  decision: z.object({ id: z.string(), number: z.string(), date: z.string() }).nullable(),
});

export const MeetingStatus = z.enum(['open', 'closed']);

const Stamp = z.object({ at: instant, by: z.string() });

export const MeetingHead = z.object({
  id: z.string(),
  campaign: z.string(),
  snapshot: z.string(),
  snapshotSha256: z.string(),
  heldAt: z.string(),
  place: z.string(),
  chair: z.string(),
  secretary: z.string(),
  tellers: z.array(z.string()),
  agenda: z.array(z.string()),
  councilSize: int,
  /** Members present (attendance). */
  present: int,
  attendance: z.array(Attendee),
  status: MeetingStatus,
  openedAt: instant,
  openedBy: z.string(),
  closed: Stamp.nullable(),
  /** Every reopening, oldest first. */
  reopenings: z.array(Stamp.extend({ reason: z.string() })),
  submitted: Stamp.extend({ documentNo: z.string().nullable(), date: z.string() }).nullable(),
  /** Counts per state, for lists. */
  counts: z.record(ProposalState, int),
});

/** One meeting with its proposals in the snapshot's order. */
export const MeetingView = MeetingHead.extend({ proposals: z.array(Proposal) });

/** `GET …/meetings`, oldest first. */
export const MeetingList = z.object({ meetings: z.array(MeetingHead) });

export type Attendee = z.output<typeof Attendee>;
export type MeetingOpen = z.output<typeof MeetingOpen>;
export type BallotFigures = z.output<typeof BallotFigures>;
export type BallotResult = z.output<typeof BallotResult>;
export type BallotsPut = z.output<typeof BallotsPut>;
export type ListItem = z.output<typeof ListItem>;
export type ListPut = z.output<typeof ListPut>;
export type MeetingReopen = z.output<typeof MeetingReopen>;
export type MeetingSubmit = z.output<typeof MeetingSubmit>;
export type MeetingDecision = z.output<typeof MeetingDecision>;
export type ProposalState = z.output<typeof ProposalState>;
export type ProposalBallot = z.output<typeof ProposalBallot>;
export type Proposal = z.output<typeof Proposal>;
export type MeetingStatus = z.output<typeof MeetingStatus>;
export type MeetingHead = z.output<typeof MeetingHead>;
export type MeetingView = z.output<typeof MeetingView>;
export type MeetingList = z.output<typeof MeetingList>;
