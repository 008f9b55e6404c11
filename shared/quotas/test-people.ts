/**
 * Test fixture of issue 14 (used by the quota tests only): staff members, staff lists and register decisions
 * with short builders, and a plan with identities and categories on the fixture's awards.
 */
import type { AwardLevel } from '../contract/enums';
import type { PlanInput, Rule } from '../contract/plan';
import type { DecisionInput } from '../contract/register';
import { type StaffList, StaffMember } from '../contract/staff';
import { evaluateQuotas } from './evaluate';
import { parsePlan, planInput } from './test-plan';
import type { QuotaResult, StoredNomination } from './types';

export const YEAR = 2023;

/** A staff member with the given facts (defaults: rated good, started long ago, nothing else). */
export function member(staffId: string, fields: Partial<StaffMember> = {}): StaffMember {
  return StaffMember.parse({
    staffId,
    name: `Người ${staffId}`,
    startDate: '2010-01-01',
    rating: 'good',
    ...fields,
  });
}

export function staffList(unit: string, staff: StaffMember[], year = YEAR): StaffList {
  return { unit, year, staff, updatedAt: null, updatedBy: null };
}

/** A decision awarding `title` at `level` for `from`–`to` to people of a unit (or the unit itself). */
export function decision(
  title: string,
  level: AwardLevel,
  period: number | [number, number],
  recipients: { unit: string; staffId?: string; name?: string; birthDate?: string }[],
  extra: Partial<DecisionInput> = {},
): DecisionInput {
  const [from, to] = typeof period === 'number' ? [period, period] : period;
  return {
    number: `${from}${title}/QĐ`,
    date: `${to + 1}-01-15`,
    issuerLevel: level,
    authority: 'Giám đốc',
    award: { title, level },
    category: 'title',
    awardName: title,
    period: { from, to },
    recipients: recipients.map((r) => ({ kind: r.staffId || r.name ? 'individual' : 'collective', ...r })),
    ...extra,
  };
}

/** The fixture plan with identities and categories on its awards, and only the given rules. */
export function peoplePlan(rules: PlanInput['rules'] = []): PlanInput {
  const p = planInput();
  const ids: Record<string, [string, AwardLevel, 'title' | 'form']> = {
    'CO-THI-DUA': ['CO-THI-DUA', 'province', 'title'],
    'BANG-KHEN': ['BANG-KHEN', 'province', 'form'],
    'GIAY-KHEN': ['GIAY-KHEN', 'department', 'form'],
    LDTT: ['LDTT', 'unit', 'title'],
    CSTDCS: ['CSTDCS', 'unit', 'title'],
    'TAP-THE-LDXS': ['TT-LDXS', 'department', 'title'],
  };
  p.awards = (p.awards ?? []).map((a) => {
    const id = ids[a.code];
    return id ? { ...a, identity: { title: id[0], level: id[1] }, category: id[2] } : a;
  });
  p.rules = rules;
  return p;
}

export interface PeopleRun {
  rules?: Rule[] | PlanInput['rules'];
  plan?: PlanInput;
  staff?: StaffList[];
  register?: DecisionInput[];
}

/** Evaluates with people facts; `status(id)` and `reasons(id)` read the result. */
export function runPeople(nominations: StoredNomination[], opts: PeopleRun = {}) {
  const plan = parsePlan(opts.plan ?? peoplePlan(opts.rules as PlanInput['rules']));
  const result: QuotaResult = evaluateQuotas({
    plan,
    nominations,
    standings: [],
    registrations: [],
    people: { year: YEAR, staff: opts.staff ?? [], register: opts.register ?? [] },
  });
  const byId = new Map(result.items.map((i) => [i.id, i]));
  const item = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
  return {
    ...result,
    item,
    status: (id: string) => item(id).status,
    reasons: (id: string) => item(id).reasons.join(' | '),
    row: (rule: string) => result.rules.find((r) => r.rule === rule),
  };
}
