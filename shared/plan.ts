/**
 * Checks of the plan document (contract: "The plan document") beyond its schema (shared/contract/plan.ts):
 * `validatePlan` lists every problem of a document with its JSON Pointer — structural ones from zod, then the
 * cross-references zod cannot see (unknown codes, duplicates, a lead that is not a member, …); the rules on
 * people and the order of awards in ./plan-rules.ts.
 */
import type { z } from 'zod';
import type { SectionKind } from './contract/enums';
import { Plan } from './contract/plan';
import type { Criterion, Template } from './contract/template';
import { msg } from './messages';
import { fieldMessages } from './messages/fields';
import type { Thing } from './messages/words';
import { type Add, checkDependencyCycles, checkPeopleRules } from './plan-rules';
import { toHundredths } from './points';
import { type Problem, pointer } from './problems';

/** Turns zod issues into problems with JSON Pointers, in Vietnamese (zod's `vi` locale). */
export function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = pointer([...prefix, ...issue.path]);
    // A text-policy refusal names its field (the path is known only here, once zod has placed the issue).
    const params = issue.code === 'custom' ? issue.params : undefined;
    const why = params?.textPolicy;
    return {
      path,
      code: typeof why === 'string' ? String(params?.problem) : issue.code,
      message: typeof why === 'string' ? fieldMessages.inField(path, why) : issue.message,
    };
  });
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; problems: Problem[] };

/**
 * Parses and checks a plan document. Returns every problem found, each with its path, never only the first.
 * Cross-reference checks run only when the structure is sound, since they need it.
 */
export function validatePlan(input: unknown): PlanResult {
  const parsed = Plan.safeParse(input);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = checkPlan(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, plan: parsed.data };
}

/** The checks a schema cannot express: references, uniqueness, arithmetic of maxima and steps, ranges. */
export function checkPlan(plan: Plan): Problem[] {
  const problems: Problem[] = [];
  const add = (path: readonly PropertyKey[], code: string, message: string, criterion?: string) =>
    problems.push({ path: pointer(path), code, message, ...(criterion ? { criterion } : {}) });

  const unique = <T extends { code: string }>(
    list: readonly T[],
    at: string,
    what: Thing,
    groupKind?: (item: T) => string,
  ) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.code))
        add([at, i, 'code'], 'duplicate_code', msg.duplicateCode(what, item.code, groupKind?.(item)));
      seen.add(item.code);
    });
    return seen;
  };
  const units = unique(plan.units, 'units', 'unit');
  const awards = unique(plan.awards, 'awards', 'award');
  const templates = unique(plan.templates, 'templates', 'template');
  const groups = unique(plan.groups, 'groups', 'group', (g) => g.kind);
  unique(plan.movements, 'movements', 'movement');
  unique(plan.milestones, 'milestones', 'milestone');

  plan.templates.forEach((t, ti) => {
    checkTemplate(t, ['templates', ti], add);
  });

  plan.groups.forEach((g, gi) => {
    const at = ['groups', gi];
    if (!templates.has(g.template))
      add([...at, 'template'], 'unknown_template', msg.unknownRef('template', g.template));
    const members = new Set<string>();
    g.members.forEach((m, mi) => {
      if (!units.has(m)) add([...at, 'members', mi], 'unknown_unit', msg.unknownRef('unit', m));
      if (members.has(m)) add([...at, 'members', mi], 'duplicate_member', msg.duplicateMember(m));
      members.add(m);
    });
    if (!members.has(g.lead)) add([...at, 'lead'], 'lead_not_member', msg.leadNotMember(g.lead, g.code));
    g.deputies?.forEach((d, di) => {
      if (!members.has(d)) add([...at, 'deputies', di], 'deputy_not_member', msg.leadNotMember(d, g.code));
    });
    if (g.vote && (g.vote.percent <= 0 || g.vote.percent > 100))
      add([...at, 'vote', 'percent'], 'percent_range', msg.percentRange(g.vote.percent));
  });

  plan.movements.forEach((m, mi) => {
    const at = ['movements', mi];
    if (m.responsibleUnit && !units.has(m.responsibleUnit))
      add([...at, 'responsibleUnit'], 'unknown_unit', msg.unknownRef('unit', m.responsibleUnit));
    for (const kind of ['collective', 'individual'] as const) {
      const q = m.quota?.[kind];
      if (typeof q === 'number' && q < 0) add([...at, 'quota', kind], 'negative', msg.negative(q));
    }
    unique(m.programmes, `movements/${mi}/programmes`, 'programme');
    m.awards?.forEach((a, ai) => {
      if (!awards.has(a)) add([...at, 'awards', ai], 'unknown_award', msg.unknownRef('award', a));
    });
  });

  const bandsOf = new Map(plan.templates.map((t) => [t.code, new Set(t.classification.map((b) => b.label))]));
  plan.rules.forEach((r, ri) => {
    const at = ['rules', ri];
    if ('award' in r && !awards.has(r.award))
      add([...at, 'award'], 'unknown_award', msg.unknownRef('award', r.award));
    if (r.kind === 'share' || r.kind === 'ratio') {
      if (r.percent < 0 || r.percent > 100)
        add([...at, 'percent'], 'percent_range', msg.percentRange(r.percent));
    }
    if (r.kind === 'share') {
      if (r.min !== undefined && r.min < 0) add([...at, 'min'], 'negative', msg.negative(r.min));
      r.groups?.forEach((g, gi) => {
        if (!groups.has(g)) add([...at, 'groups', gi], 'unknown_group', msg.unknownRef('group', g));
      });
    }
    if (r.kind === 'ratio' && !awards.has(r.of))
      add([...at, 'of'], 'unknown_award', msg.unknownRef('award', r.of));
    if (r.kind === 'eligibility') {
      if (r.maxRank !== undefined && r.maxRank < 1)
        add([...at, 'maxRank'], 'rank_range', msg.rankRange(r.maxRank));
      if (r.minClass !== undefined && ![...bandsOf.values()].some((b) => b.has(r.minClass!)))
        add([...at, 'minClass'], 'unknown_class', msg.unknownRef('band', r.minClass));
    }
  });
  checkPeopleRules(plan, add);
  checkDependencyCycles(plan, add);

  return problems;
}

function checkTemplate(t: Template, at: readonly PropertyKey[], add: Add): void {
  const sections = new Set<string>();
  const criteria = new Set<string>();
  let standardMax = 0;
  t.sections.forEach((s, si) => {
    const sAt = [...at, 'sections', si];
    if (sections.has(s.code)) add([...sAt, 'code'], 'duplicate_code', msg.duplicateCode('section', s.code));
    sections.add(s.code);
    if (s.cap !== undefined) {
      if (s.cap < 0) add([...sAt, 'cap'], 'negative', msg.negative(s.cap));
      else if (toHundredths(s.cap) === null) add([...sAt, 'cap'], 'precision', msg.precision(s.cap));
    } else if (s.kind !== 'standard') {
      add([...sAt, 'cap'], 'cap_required', msg.capRequired(s.code));
    }
    s.criteria.forEach((c, ci) => {
      const cAt = [...sAt, 'criteria', ci];
      if (criteria.has(c.code))
        add([...cAt, 'code'], 'duplicate_code', msg.duplicateCode('criterion', c.code), c.code);
      criteria.add(c.code);
      const max = toHundredths(c.max);
      if (c.max <= 0) add([...cAt, 'max'], 'not_positive', msg.maxPositive(c.code), c.code);
      else if (max === null) add([...cAt, 'max'], 'precision', msg.precision(c.max), c.code);
      else if (s.kind === 'standard') standardMax += max;
      if (c.step !== undefined) {
        const step = toHundredths(c.step);
        if (c.step <= 0 || step === null || step === 0)
          add([...cAt, 'step'], 'step_invalid', msg.stepInvalid(c.step), c.code);
        else if (max !== null && max % step !== 0)
          add([...cAt, 'step'], 'step_not_divisor', msg.stepNotDivisor(c.step, c.max), c.code);
      }
    });
  });
  if (!t.sections.some((s) => s.kind === 'standard'))
    add([...at, 'sections'], 'no_standard', msg.noStandard(t.code));
  else if (standardMax <= 0) add([...at, 'sections'], 'no_standard', msg.noStandard(t.code));

  const labels = new Set<string>();
  t.classification.forEach((b, bi) => {
    if (labels.has(b.label))
      add([...at, 'classification', bi, 'label'], 'duplicate_code', msg.duplicateCode('band', b.label));
    labels.add(b.label);
    if (b.min < 0) add([...at, 'classification', bi, 'min'], 'negative', msg.negative(b.min));
    else if (toHundredths(b.min) === null)
      add([...at, 'classification', bi, 'min'], 'precision', msg.precision(b.min));
  });
  t.tieBreak.forEach((tb, i) => {
    if (tb.by === 'section' && !sections.has(tb.section))
      add([...at, 'tieBreak', i, 'section'], 'unknown_section', msg.unknownRef('section', tb.section));
  });
}

/** Looks up a template's criteria in order, with the kind of the section each belongs to. */
export function criteriaOf(template: Template): Array<Criterion & { section: string; kind: SectionKind }> {
  return template.sections.flatMap((s) => s.criteria.map((c) => ({ ...c, section: s.code, kind: s.kind })));
}
