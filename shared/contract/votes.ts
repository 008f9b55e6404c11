/** Votes (bình xét, contract: "Rankings, votes, …"): the result of a secret ballot, and the recorded rounds. */
import * as z from 'zod';
import { code, instant, int, LIST_MAX, reason } from './fields';

/**
 * `PUT …/votes/{round}`: the result of one secret ballot; `members`, when sent, is the group's member count.
 * A round already recorded is replaced only with `correction` (its own audited action, `vote.correct`).
 */
export const VotePut = z.object({
  members: z.number().int().min(1).optional(),
  present: z.number().int().min(0),
  candidates: z
    .array(
      z.object({
        unit: code,
        votes: z.number().int().min(0),
      }),
    )
    .max(LIST_MAX.many),
  correction: z.object({ reason }).optional(),
});

/** One recorded round, with the threshold under the group's rule and who reached it. */
export const VoteRound = z.object({
  round: int,
  members: int,
  present: int,
  threshold: int.nullable(),
  base: int,
  candidates: z.array(
    z.object({ unit: z.string(), votes: int, voteShare: z.number(), reached: z.boolean() }),
  ),
  recordedAt: instant.nullable(),
  recordedBy: z.string(),
  /** The last correction of this round (the audit log keeps every one); null when it was never corrected. */
  correction: z.object({ reason: z.string(), at: instant, by: z.string() }).nullable().optional(),
});

/** `GET …/votes`. */
export const VoteRounds = z.object({ rounds: z.array(VoteRound) });

export type VotePut = z.output<typeof VotePut>;
export type VoteRound = z.output<typeof VoteRound>;
export type VoteRounds = z.output<typeof VoteRounds>;
