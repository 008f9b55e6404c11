/** The drop-down lists of the nominations sheet: built from the plan document, and a typed value resolved. */
import type { Plan } from '../../../../shared/contract/plan';
import { nominationSheetText as T } from '../../messages/nominations';
import type { Choice, Choices } from './types';

export const dash = ' — ';

/** The drop-down lists of a plan; a unit sees its own groups and itself first. */
export function choicesOf(plan: Plan, unit: string | null): Choices {
  const label = (code: string, name: string) => `${code}${dash}${name}`;
  const groups = plan.groups.filter((g) => !unit || g.members.includes(unit));
  return {
    award: plan.awards.map((a) => ({ code: a.code, label: label(a.code, a.name) })),
    movement: plan.movements.map((m) => ({ code: m.code, label: label(m.code, m.name) })),
    programme: plan.movements.flatMap((m) =>
      m.programmes.map((p) => ({ code: p.code, label: label(p.code, p.name) })),
    ),
    group: groups.map((g) => ({ code: g.code, label: label(g.code, g.name) })),
    kind: [
      { code: 'collective', label: T.kind.collective },
      { code: 'individual', label: T.kind.individual },
    ],
    unit: [...plan.units]
      .sort((a, b) => Number(b.code === unit) - Number(a.code === unit))
      .map((u) => ({ code: u.code, label: label(u.code, u.name) })),
  };
}

export const labelOf = (list: readonly Choice[], code: string | null | undefined) =>
  code ? (list.find((c) => c.code === code)?.label ?? code) : '';

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** A typed list value: its label, its code, or "code — anything". */
export function resolveChoice(list: readonly Choice[], typed: string): Choice | null {
  const t = norm(typed);
  return (
    list.find((c) => norm(c.label) === t) ??
    list.find((c) => norm(c.code) === t) ??
    list.find((c) => t.startsWith(`${norm(c.code)}${dash.trim()}`) || t.startsWith(`${norm(c.code)} -`)) ??
    null
  );
}
