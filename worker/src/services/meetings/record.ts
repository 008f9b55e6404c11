/**
 * `PUT …/meetings/{id}/ballots` (the council; the secretariat and admin too) and `PUT …/meetings/{id}/list`
 * (secretariat): the meeting's decisions while it is open. Checked by the shared rules the pane checks with
 * (shared/meetings.ts); the outcome of a ballot is derived, never sent. A proposal decided before and decided
 * again is a correction: the audit row keeps what it replaced. One batch: the guard (still open), the update,
 * the audit row.
 */
import type { BallotFigures, ProposalBallot } from '../../../../shared/contract/meetings';
import { BallotsPut, ListPut } from '../../../../shared/contract/meetings';
import { type AgendaEntry, ballotOutcome, ballotProblems, listProblems } from '../../../../shared/meetings';
import type { Actor } from '../../access/actor';
import { isSecretariat } from '../../access/actor';
import * as audit from '../../db/audit';
import type { ProposalRow } from '../../db/meetings';
import * as meetings from '../../db/meetings';
import { conflict, forbidden, invalid } from '../../errors';
import { wmsg } from '../../messages';
import { parseWith } from '../../validation';
import { currentView, meetingOr404, runBatch } from './read';

interface Key {
  campaign: string;
  id: string;
}

const agendaOf = (rows: readonly ProposalRow[]) =>
  new Map<string, AgendaEntry>(
    rows.map((r) => [r.nomination, { award: r.award, ballot: r.ballot !== null }]),
  );

/** What a proposal held before, for the audit row of a correction. */
const before = (r: ProposalRow | undefined) =>
  r && r.state !== 'pending'
    ? {
        state: r.state,
        reason: r.reason,
        ...(r.valid === null
          ? {}
          : { issued: r.issued, returned: r.returned, valid: r.valid, inFavour: r.in_favour }),
      }
    : null;

export async function putBallots(
  db: D1Database,
  actor: Actor,
  key: Key,
  raw: () => Promise<unknown>,
  now: number,
) {
  const m = await meetingOr404(db, key.campaign, key.id);
  if (!isSecretariat(actor) && actor.role !== 'council') throw forbidden(wmsg.meetingCouncilOnly);
  const body = parseWith(BallotsPut, await raw());
  if (m.status !== 'open') throw conflict(wmsg.meetingClosed(key.id));
  const rows = await meetings.proposals(db, key.id);
  const problems = ballotProblems(body.results, agendaOf(rows), m.council_size);
  if (problems.length > 0) throw invalid(problems);
  const byId = new Map(rows.map((r) => [r.nomination, r]));
  const entries = body.results.map((r) => {
    const ballot = JSON.parse(byId.get(r.nomination)?.ballot ?? 'null') as ProposalBallot;
    const figures: BallotFigures = {
      issued: r.issued,
      returned: r.returned,
      valid: r.valid,
      inFavour: r.inFavour,
    };
    const outcome = ballotOutcome(ballot, figures);
    return {
      nomination: r.nomination,
      figures,
      state: outcome.proposed ? 'proposed' : 'not_proposed',
      reason: outcome.reason,
    };
  });
  const corrected = entries.flatMap((e) => {
    const was = before(byId.get(e.nomination));
    return was ? [{ nomination: e.nomination, before: was }] : [];
  });
  await runBatch(db, key.id, [
    meetings.stateGuard(db, key.id, 'open'),
    meetings.decide(db, key.id, entries, true, now, actor.label),
    audit.record(db, {
      at: now,
      actor,
      action: corrected.length > 0 ? 'meeting.ballots.correct' : 'meeting.ballots',
      target: key.id,
      campaign: key.campaign,
      detail: { results: entries, ...(corrected.length > 0 ? { corrected } : {}) },
    }),
  ]);
  return currentView(db, key.campaign, key.id);
}

export async function putList(
  db: D1Database,
  actor: Actor,
  key: Key,
  raw: () => Promise<unknown>,
  now: number,
) {
  const m = await meetingOr404(db, key.campaign, key.id);
  if (!isSecretariat(actor)) throw forbidden(wmsg.onlySecretariat);
  const body = parseWith(ListPut, await raw());
  if (m.status !== 'open') throw conflict(wmsg.meetingClosed(key.id));
  const rows = await meetings.proposals(db, key.id);
  const problems = listProblems(body.items, agendaOf(rows));
  if (problems.length > 0) throw invalid(problems);
  const byId = new Map(rows.map((r) => [r.nomination, r]));
  const entries = body.items.map((i) => ({
    nomination: i.nomination,
    figures: null,
    state: i.propose ? 'proposed' : 'not_proposed',
    reason: i.propose ? null : (i.reason ?? null),
  }));
  const corrected = entries.flatMap((e) => {
    const was = before(byId.get(e.nomination));
    return was ? [{ nomination: e.nomination, before: was }] : [];
  });
  await runBatch(db, key.id, [
    meetings.stateGuard(db, key.id, 'open'),
    meetings.decide(db, key.id, entries, false, now, actor.label),
    audit.record(db, {
      at: now,
      actor,
      action: corrected.length > 0 ? 'meeting.list.correct' : 'meeting.list',
      target: key.id,
      campaign: key.campaign,
      detail: { items: entries, ...(corrected.length > 0 ? { corrected } : {}) },
    }),
  ]);
  return currentView(db, key.campaign, key.id);
}
