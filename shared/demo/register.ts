/**
 * The register of the demo (sổ theo dõi khen thưởng), generated from the staff lists of earlier years as the
 * department would have decided them: each unit's Lao động tiên tiến (its head; the Sở's own departments,
 * the Director), the Director's Chiến sĩ thi đua cơ sở (at most 15 % of a unit's Lao động tiên tiến, those with
 * an initiative, in list order) and Giấy khen, the province's Tập thể lao động xuất sắc, Bằng khen and Cờ thi
 * đua, the Director's Tập thể lao động tiên tiến. The campaign's own year has only the units' Lao động tiên
 * tiến (decided before the Sở's deadline). A plan's file adds the decisions its demo cases need.
 */
import type { AwardCategory, AwardLevel } from '../contract/enums';
import type { PlanInput } from '../contract/plan';
import type { DecisionInput, Recipient, RegisterRow } from '../contract/register';
import type { StaffList, StaffMember } from '../contract/staff';
import { dd, symbolOf } from './names';
import { qualifiesLdtt } from './people';

type UnitInput = NonNullable<PlanInput['units']>[number];

export interface RegisterOptions {
  units: readonly UnitInput[];
  staff: readonly StaffList[];
  /** Earlier years, decided in full. */
  years: readonly number[];
  /** The campaign's year: only the units' Lao động tiên tiến. */
  current: number;
  /** "Bà Rịa - Vũng Tàu". */
  province: string;
  /** The Director's symbol in numbers ("SYT"). */
  symbol?: string;
}

const person = (unit: string, m: StaffMember): Recipient => ({
  kind: 'individual',
  unit,
  staffId: m.staffId,
  name: m.name,
  ...(m.birthDate ? { birthDate: m.birthDate } : {}),
});
const collective = (unit: string): Recipient => ({ kind: 'collective', unit });

interface Made {
  number: string;
  date: string;
  issuerLevel: AwardLevel;
  authority: string;
  title: string;
  level: AwardLevel;
  category: AwardCategory;
  awardName: string;
  year: number;
  recipients: Recipient[];
}

export const decision = (d: Made): DecisionInput => ({
  number: d.number,
  date: d.date,
  issuerLevel: d.issuerLevel,
  authority: d.authority,
  award: { title: d.title, level: d.level },
  category: d.category,
  awardName: d.awardName,
  period: { from: d.year, to: d.year },
  recipients: d.recipients,
});

const WARNING_OR_ABOVE = new Set(['warning', 'salary_cut', 'demotion', 'removal', 'dismissal']);

/** Every decision of the generated register, oldest first. */
export function generatedRegister(o: RegisterOptions): DecisionInput[] {
  const symbol = o.symbol ?? 'SYT';
  const director = 'Giám đốc Sở Y tế';
  const chair = `Chủ tịch UBND tỉnh ${o.province}`;
  const nameOf = new Map(o.units.map((u) => [u.code, u.name]));
  const lists = (year: number) => o.staff.filter((l) => l.year === year);
  const out: DecisionInput[] = [];

  const ldttOf = (year: number) => {
    const holders = new Map<string, StaffMember[]>();
    lists(year).forEach((l, k) => {
      const office = o.units.find((u) => u.code === l.unit)?.kind === 'office';
      const list = l.staff.filter((m) => qualifiesLdtt(m, year));
      holders.set(l.unit, list);
      if (list.length === 0) return;
      out.push(
        decision({
          number: office ? `${300 + k}/QĐ-${symbol}` : `${40 + k}/QĐ-${symbolOf(l.unit)}`,
          date: `${year}-12-${dd(4 + (k % 8))}`,
          issuerLevel: office ? 'department' : 'unit',
          authority: office ? director : `Giám đốc ${nameOf.get(l.unit) ?? l.unit}`,
          title: 'LDTT',
          level: 'unit',
          category: 'title',
          awardName: 'Lao động tiên tiến',
          year,
          recipients: list.map((m) => person(l.unit, m)),
        }),
      );
    });
    return holders;
  };

  for (const year of o.years) {
    const ldtt = ldttOf(year);
    const cstdcs = new Map<string, StaffMember[]>();
    for (const [unit, list] of ldtt) {
      const cap = Math.floor((list.length * 15) / 100);
      cstdcs.set(unit, list.filter((m) => m.initiatives.length > 0).slice(0, cap));
    }
    const individuals = (map: Map<string, StaffMember[]>) =>
      [...map].flatMap(([unit, list]) => list.map((m) => person(unit, m)));
    const by = (n: number, month: number, day: number, nextYear = false) => ({
      number: `${n}/QĐ-${symbol}`,
      date: `${nextYear ? year + 1 : year}-${dd(month)}-${dd(day)}`,
      issuerLevel: 'department' as const,
      authority: director,
      year,
    });
    out.push(
      decision({
        ...by(520 + (year % 10), 12, 26),
        title: 'CSTDCS',
        level: 'unit',
        category: 'title',
        awardName: 'Chiến sĩ thi đua cơ sở',
        recipients: individuals(cstdcs),
      }),
    );
    const giayKhen = new Map(
      [...ldtt].map(([u, list]) => [u, list.filter((m) => m.rating === 'excellent').slice(0, 2)]),
    );
    out.push(
      decision({
        ...by(560 + (year % 10), 12, 27),
        title: 'GIAY-KHEN',
        level: 'department',
        category: 'form',
        awardName: 'Giấy khen của Giám đốc Sở Y tế',
        recipients: individuals(giayKhen),
      }),
    );

    // Collectives: shares of Lao động tiên tiến among the unit's list, its discipline, its CSTĐCS.
    const units = lists(year).map((l) => {
      const share = (100 * (ldtt.get(l.unit)?.length ?? 0)) / Math.max(1, l.staff.length);
      const clean = !l.staff.some((m) => m.discipline.some((d) => WARNING_OR_ABOVE.has(d.form)));
      const allDone = l.staff.every((m) => m.rating !== 'incomplete');
      return { unit: l.unit, share, clean, allDone, cstdcs: (cstdcs.get(l.unit)?.length ?? 0) > 0 };
    });
    const tt = units.filter((u) => u.share > 50 && u.clean);
    out.push(
      decision({
        ...by(600 + (year % 10), 12, 28),
        title: 'TT-LDTT',
        level: 'department',
        category: 'title',
        awardName: 'Tập thể lao động tiên tiến',
        recipients: tt.map((u) => collective(u.unit)),
      }),
    );
    const province = (n: number, day: number) => ({
      number: `${n}/QĐ-UBND`,
      date: `${year + 1}-01-${dd(day)}`,
      issuerLevel: 'province' as const,
      authority: chair,
      year,
    });
    const xs = tt.filter((u) => u.share >= 70 && u.allDone && u.cstdcs);
    out.push(
      decision({
        ...province(150 + (year % 10) * 3, 18),
        title: 'TT-LDXS',
        level: 'province',
        category: 'title',
        awardName: 'Tập thể lao động xuất sắc',
        recipients: xs.map((u) => collective(u.unit)),
      }),
    );
    const best = xs.slice(year % 3, (year % 3) + 2);
    if (best.length > 0)
      out.push(
        decision({
          ...province(151 + (year % 10) * 3, 20),
          title: 'BANG-KHEN',
          level: 'province',
          category: 'form',
          awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
          recipients: best.map((u) => collective(u.unit)),
        }),
      );
  }
  ldttOf(o.current);
  return out.filter((d) => d.recipients.length > 0);
}

/** The register as import rows (one per recipient), as the secretariat's sheet holds it. */
export function registerRows(decisions: readonly DecisionInput[]): RegisterRow[] {
  return decisions.flatMap(({ recipients, ...d }) => recipients.map((r) => ({ ...d, ...r })));
}
