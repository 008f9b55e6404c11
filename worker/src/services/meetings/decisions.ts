/**
 * `POST …/meetings/{id}/decisions` (secretariat): a decision came back from the higher level. Its items are
 * submitted proposals of one award (a decision awards one title or form, as the register stores it); they
 * become "awarded" and the decision is written into the register of awards with its recipients, naming the
 * campaign and the meeting. One batch: the guard (every item still submitted), the register rows, the
 * proposals, the audit row. A number and date already in the register is 409.
 */

import { MeetingDecision } from '../../../../shared/contract/meetings';
import type { Recipient } from '../../../../shared/contract/register';
import type { Actor } from '../../access/actor';
import { isSecretariat } from '../../access/actor';
import * as audit from '../../db/audit';
import * as meetings from '../../db/meetings';
import { insertStatements } from '../../db/register';
import type { Problem } from '../../errors';
import { conflict, forbidden, invalid } from '../../errors';
import { wmsg } from '../../messages';
import { parseWith } from '../../validation';
import { currentView, meetingOr404, planOf, runBatch } from './read';
import { isDuplicateDecision } from './register';
import type { ProposalData } from './view';

interface Key {
  campaign: string;
  id: string;
}

export async function postDecision(
  db: D1Database,
  actor: Actor,
  key: Key,
  raw: () => Promise<unknown>,
  now: number,
) {
  await meetingOr404(db, key.campaign, key.id);
  if (!isSecretariat(actor)) throw forbidden(wmsg.onlySecretariat);
  const body = parseWith(MeetingDecision, await raw());
  const [rows, plan] = await Promise.all([meetings.proposals(db, key.id), planOf(db, key.campaign)]);
  const byId = new Map(rows.map((r) => [r.nomination, r]));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const first = byId.get(body.items[0] ?? '');
  body.items.forEach((item, i) => {
    const p = byId.get(item);
    const at = `/items/${i}`;
    if (!p) problems.push({ path: at, code: 'unknown_proposal', message: wmsg.meetingUnknownProposal(item) });
    else if (seen.has(item))
      problems.push({ path: at, code: 'duplicate_proposal', message: wmsg.meetingDuplicateProposal(item) });
    else if (first && p.award !== first.award)
      problems.push({ path: at, code: 'one_award', message: wmsg.meetingOneAward(first.award, p.award) });
    seen.add(item);
  });
  const award = plan.awards.find((a) => a.code === first?.award);
  if (problems.length === 0 && (!award?.identity || !award.category))
    problems.push({
      path: '/items',
      code: 'no_identity',
      message: wmsg.meetingAwardNoIdentity(first?.award ?? ''),
    });
  if (problems.length > 0 || !award?.identity || !award.category) throw invalid(problems);
  const notSubmitted = body.items.find((i) => byId.get(i)?.state !== 'submitted');
  if (notSubmitted) throw conflict(wmsg.meetingNotSubmitted(notSubmitted));
  const recipients: Recipient[] = body.items.map((i) => {
    const n = (JSON.parse(byId.get(i)!.data) as ProposalData).nominee;
    return {
      kind: n.kind,
      unit: n.unit,
      ...(n.staffId === undefined ? {} : { staffId: n.staffId }),
      ...(n.name === undefined ? {} : { name: n.name }),
      ...(n.birthDate === undefined ? {} : { birthDate: n.birthDate }),
    };
  });
  const id = `D-${crypto.randomUUID()}`;
  const year = plan.campaign.year;
  const decision = {
    ...{ number: body.number, date: body.date, issuerLevel: body.issuerLevel, authority: body.authority },
    ...{
      award: award.identity,
      category: award.category,
      awardName: award.name,
      period: { from: year, to: year },
    },
    recipients,
  };
  try {
    await runBatch(db, key.id, [
      meetings.proposalsGuard(db, key.id, body.items, 'submitted'),
      ...insertStatements(db, [{ id, decision, campaign: key.campaign, meeting: key.id }], now, actor.label),
      meetings.award(db, key.id, body.items, { id, number: body.number, date: body.date }),
      audit.record(db, {
        at: now,
        actor,
        action: 'meeting.decision',
        target: key.id,
        campaign: key.campaign,
        detail: { decision: id, number: body.number, date: body.date, items: body.items },
      }),
    ]);
  } catch (error) {
    if (isDuplicateDecision(error)) throw conflict(wmsg.meetingDuplicateDecision(body.number, body.date));
    throw error;
  }
  return currentView(db, key.campaign, key.id);
}
