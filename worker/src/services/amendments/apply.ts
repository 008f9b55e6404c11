/**
 * An amendment's changes applied to a plan document (decision 0027), pure: the amended plan, checked like a
 * new one (`validatePlan`), and what the normalised tables must do, found by comparing the two plans (so
 * changes that cancel out write nothing). Problems name the change (`/changes/{i}/…`) or the plan's field.
 */
import type { PlanChange } from '../../../../shared/contract/amendments';
import type { Plan } from '../../../../shared/contract/plan';
import { validatePlan } from '../../../../shared/plan';
import { type Problem, pointer } from '../../../../shared/problems';
import type { Effects } from '../../db/amendments';
import type { UnitRow } from '../../db/units';
import { wmsg } from '../../messages';
import { completeUnit, unitConflicts } from '../units/facts';

export type Applied = { ok: true; plan: Plan; effects: Effects } | { ok: false; problems: Problem[] };

/** `known`: the global rows of the units the changes add (what their facts are checked against). */
export function applyChanges(
  before: Plan,
  changes: readonly PlanChange[],
  known: readonly UnitRow[],
): Applied {
  const plan = structuredClone(before);
  const problems: Problem[] = [];
  const byCode = new Map(known.map((k) => [k.code, k]));
  const fail = (i: number, at: PropertyKey[], code: string, message: string): Problem[] => [
    { path: pointer(['changes', i, ...at]), code, message },
  ];
  const noGroup = (i: number, code: string) =>
    fail(i, ['group'], 'unknown_group', wmsg.unknownGroup(plan.campaign.code, code));
  const groupOf = (code: string) => plan.groups.find((x) => x.code === code);

  const applyOne = (ch: PlanChange, i: number): Problem[] => {
    switch (ch.kind) {
      case 'movementQuota': {
        const m = plan.movements.find((x) => x.code === ch.movement);
        if (!m) return fail(i, ['movement'], 'unknown_movement', wmsg.unknownMovement(ch.movement));
        m.quota = ch.quota;
        if (ch.quotaText !== undefined) m.quotaText = ch.quotaText;
        return [];
      }
      case 'addUnit': {
        if (plan.units.some((u) => u.code === ch.unit.code))
          return fail(i, ['unit', 'code'], 'already_listed', wmsg.alreadyListed(ch.unit.code));
        const conflicts = unitConflicts(ch.unit, byCode.get(ch.unit.code), ['changes', i, 'unit']);
        if (conflicts.length) return conflicts;
        plan.units.push(completeUnit(ch.unit, byCode.get(ch.unit.code)));
        return [];
      }
      case 'addMember': {
        const g = groupOf(ch.group);
        if (!g) return noGroup(i, ch.group);
        if (!plan.units.some((u) => u.code === ch.unit))
          return fail(i, ['unit'], 'unknown_unit', wmsg.unitNotListed(ch.unit));
        if (g.members.includes(ch.unit))
          return fail(i, ['unit'], 'duplicate_member', wmsg.alreadyMember(ch.unit, ch.group));
        g.members.push(ch.unit);
        return [];
      }
      case 'removeMember': {
        const g = groupOf(ch.group);
        if (!g) return noGroup(i, ch.group);
        if (!g.members.includes(ch.unit))
          return fail(i, ['unit'], 'not_member', wmsg.notMember(ch.unit, ch.group));
        g.members = g.members.filter((m) => m !== ch.unit);
        return [];
      }
      case 'setLead': {
        const g = groupOf(ch.group);
        if (!g) return noGroup(i, ch.group);
        g.lead = ch.lead;
        return [];
      }
      case 'addMilestone':
        plan.milestones.push(ch.milestone);
        return [];
      case 'replaceTemplate': {
        const at = plan.templates.findIndex((t) => t.code === ch.template.code);
        if (at < 0)
          return fail(
            i,
            ['template', 'code'],
            'unknown_template',
            wmsg.unknownTemplateToReplace(ch.template.code),
          );
        plan.templates[at] = ch.template;
        return [];
      }
    }
  };
  changes.forEach((ch, i) => {
    problems.push(...applyOne(ch, i));
  });
  if (problems.length) return { ok: false, problems };
  // Checked like a new plan: the schema (defaults filled in) and every cross-reference.
  const checked = validatePlan(plan);
  if (!checked.ok) return checked;
  return { ok: true, plan: checked.plan, effects: effectsOf(before, checked.plan) };
}

/** The normalised rows that differ between the two plans (units and milestones are only ever added). */
export function effectsOf(before: Plan, after: Plan): Effects {
  const listed = new Set(before.units.map((u) => u.code));
  const groupsBefore = new Map(before.groups.map((g) => [g.code, g]));
  const templatesBefore = new Map(before.templates.map((t) => [t.code, JSON.stringify(t)]));
  const effects: Effects = { addedUnits: [], removedMembers: [], addedMembers: [], leads: [], templates: [] };
  after.units.forEach((unit, position) => {
    if (!listed.has(unit.code)) effects.addedUnits.push({ unit, position });
  });
  for (const g of after.groups) {
    const old = groupsBefore.get(g.code);
    if (!old) continue;
    for (const unit of old.members)
      if (!g.members.includes(unit)) effects.removedMembers.push({ group: g.code, unit });
    for (const unit of g.members)
      if (!old.members.includes(unit)) effects.addedMembers.push({ group: g.code, unit });
    if (g.lead !== old.lead) effects.leads.push({ group: g.code, lead: g.lead });
  }
  for (const t of after.templates)
    if (templatesBefore.get(t.code) !== JSON.stringify(t)) effects.templates.push(t);
  return effects;
}
