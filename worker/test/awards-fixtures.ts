/**
 * Fixtures of the rankings, votes, nominations and snapshot tests: a plan with three open groups (tie-breaks
 * and a vote rule on G1), a 10-individual movement, a movement that takes no collectives, a share rule.
 */
import type { PlanInput } from '../../shared/contract/plan';
import { call, FUTURE, fullEntries, issue, sheetPath, smallPlan, uid } from './helpers';

export function awardsPlan(s = uid()) {
  const base = smallPlan(s);
  const u = (n: number) => `U${n}-${s}`;
  const plan: PlanInput = {
    ...base.plan,
    units: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ code: u(n), name: `Đơn vị ${n} ${s}`, womenShare: 0.5 })),
    awards: [
      { code: 'CO', name: 'Cờ thi đua', nominee: 'collective' },
      { code: 'BK', name: 'Bằng khen', nominee: 'any' },
      { code: 'LDTT', name: 'Lao động tiên tiến', nominee: 'individual' },
    ],
    templates: [
      { ...base.plan.templates![0]!, tieBreak: [{ by: 'section', section: 'I' }, { by: 'votes' }] },
    ],
    groups: [
      {
        code: 'G1',
        kind: 'khoi',
        name: 'Khối một',
        template: 'TPL',
        lead: u(1),
        members: [u(1), u(2), u(3), u(5)],
        deadline: FUTURE,
        vote: { percent: 50, of: 'members' },
      },
      {
        code: 'G2',
        kind: 'cum',
        name: 'Cụm hai',
        template: 'TPL',
        lead: u(4),
        members: [u(4), u(6)],
        deadline: FUTURE,
      },
      {
        code: 'G3',
        kind: 'cum',
        name: 'Cụm ba',
        template: 'TPL',
        lead: u(7),
        members: [u(7)],
        deadline: FUTURE,
      },
    ],
    movements: [
      { code: 'M1', name: 'Phong trào một', responsibleUnit: u(4), quota: { individual: 10 } },
      {
        code: 'M2',
        name: 'Phong trào hai',
        responsibleUnit: u(4),
        quota: { collective: null, individual: 3 },
      },
    ],
    rules: [
      { kind: 'share', award: 'CO', scope: 'group', percent: 25, min: 1 },
      { kind: 'eligibility', award: 'CO', maxRank: 1, voted: true },
    ],
  };
  return { s, plan, code: `C-${s}`, u };
}

/** Creates the campaign (as admin). */
export async function seedAwards(s = uid()) {
  const p = awardsPlan(s);
  const r = await call('POST', '/plans', { body: p.plan });
  if (r.status !== 201) throw new Error(`seedAwards: ${r.status} ${JSON.stringify(r.body)}`);
  return p;
}

/** Writes and submits a unit's sheet with its own token; `over` replaces some self scores. */
export async function submitSheet(
  code: string,
  group: string,
  unit: string,
  over: Record<string, number> = {},
  token?: string,
) {
  const t = token ?? (await issue('unit', unit));
  const entries = fullEntries.map((e) => (e.criterion in over ? { ...e, self: over[e.criterion]! } : e));
  const r = await call('PUT', sheetPath(code, group, unit), {
    token: t,
    body: { revision: 0, entries, submit: true },
  });
  if (r.status !== 200) throw new Error(`submitSheet: ${r.status} ${JSON.stringify(r.body)}`);
  return t;
}
