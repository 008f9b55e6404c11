/**
 * Synthetic campaigns for the benchmarks: a 120-criterion template (100 standard criteria in ten sections,
 * ten bonus, ten deduction), units and groups of chosen sizes, movements with quotas and one rule of each
 * kind, deterministic scores on each criterion's step, and nominations. Everything is a pure function of its
 * arguments, so a run can recompute what it wrote and compare it with what it reads back. Used by scripts/bench.
 */
import type { NominationInput } from '../contract/nominations';
import type { PlanInput } from '../contract/plan';
import type { SheetPutEntry } from '../contract/sheets';
import type { Template } from '../contract/template';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export const TEMPLATE: Template = {
  code: 'TC120',
  title: 'Bảng chấm điểm thi đua 120 tiêu chí',
  sections: [
    ...ROMAN.map((r, s) => ({
      code: r,
      title: `Mục ${r}: nhiệm vụ chuyên môn ${s + 1}`,
      kind: 'standard' as const,
      criteria: Array.from({ length: 10 }, (_, k) => ({
        code: `${s + 1}.${k + 1}`,
        title: `Tiêu chí ${s + 1}.${k + 1}: hoàn thành chỉ tiêu được giao`,
        max: 1,
        step: 0.25,
      })),
    })),
    {
      code: 'B',
      title: 'Điểm thưởng',
      kind: 'bonus' as const,
      cap: 5,
      criteria: Array.from({ length: 10 }, (_, k) => ({
        code: `B.${k + 1}`,
        title: `Thưởng ${k + 1}: sáng kiến được công nhận`,
        max: 1,
        step: 0.5,
      })),
    },
    {
      code: 'T',
      title: 'Điểm trừ',
      kind: 'deduction' as const,
      cap: 5,
      criteria: Array.from({ length: 10 }, (_, k) => ({
        code: `T.${k + 1}`,
        title: `Trừ ${k + 1}: chậm báo cáo`,
        max: 1,
        step: 0.5,
      })),
    },
  ],
  classification: [
    { label: 'Xuất sắc', min: 90, noZero: true },
    { label: 'Tốt', min: 80 },
    { label: 'Khá', min: 65 },
    { label: 'Trung bình', min: 0 },
  ],
  tieBreak: [{ by: 'section', section: 'I' }, { by: 'deductions' }],
};

/** The title of the bench's ranking table. */
export const BENCH_TITLE = 'Thử tải';

export const CRITERIA = TEMPLATE.sections.flatMap((s) => s.criteria.map((c) => ({ ...c, kind: s.kind })));

/** A size of campaign: its code, unit-code prefix and group sizes (first the named ones, then the rest). */
export interface Shape {
  campaign: string;
  prefix: string;
  units: number;
  groups: number[];
}

/** Splits `rest` units over `count` groups as evenly as possible. */
const even = (rest: number, count: number) =>
  Array.from({ length: count }, (_, i) => Math.floor(rest / count) + (i < rest % count ? 1 : 0));

/** A province: 40 groups over 2,000 units — one of 1,000, one of 100, one of 10, 37 sharing the other 890. */
export const PROVINCE: Shape = {
  campaign: 'BENCH-TINH',
  prefix: 'T',
  units: 2000,
  groups: [1000, 100, 10, ...even(890, 37)],
};
/** A small sector: 200 units in 10 groups of 20. */
export const SECTOR: Shape = { campaign: 'BENCH-NGANH', prefix: 'N', units: 200, groups: even(200, 10) };
/** A large ministry: 20,000 units — 1,000, 100, 10, then groups of about 50. */
export const MINISTRY: Shape = {
  campaign: 'BENCH-BO',
  prefix: 'B',
  units: 20000,
  groups: [1000, 100, 10, ...even(18890, 378)],
};

export const unitCode = (s: Shape, i: number) => `${s.prefix}${String(i).padStart(5, '0')}`;
export const groupCode = (i: number) => `G${String(i).padStart(3, '0')}`;

/** The members of each group, in order. */
export function membersOf(s: Shape): { group: string; units: string[] }[] {
  let next = 0;
  return s.groups.map((size, g) => {
    const units = Array.from({ length: size }, (_, k) => unitCode(s, next + k));
    next += size;
    return { group: groupCode(g), units };
  });
}

export const AWARDS = [
  { code: 'CO-THI-DUA', name: 'Cờ thi đua', nominee: 'collective' as const },
  { code: 'BANG-KHEN', name: 'Bằng khen', nominee: 'any' as const },
  { code: 'LDTT', name: 'Lao động tiên tiến', nominee: 'individual' as const },
  { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', nominee: 'individual' as const },
];
export const MOVEMENTS = ['PT1', 'PT2', 'PT3', 'PT4', 'PT5'];

/** The plan document of a shape (deadline a year ahead, so every sheet is writable). */
export function planOf(s: Shape, code = s.campaign): PlanInput {
  const deadline = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  return {
    campaign: { code, year: 2025, title: `Kế hoạch thi đua năm thử tải ${code}` },
    units: Array.from({ length: s.units }, (_, i) => ({
      code: unitCode(s, i),
      name: `Đơn vị thử tải số ${i + 1}`,
      kind: 'health_centre' as const,
      womenShare: (i % 10) / 10,
    })),
    awards: AWARDS,
    templates: [TEMPLATE],
    groups: membersOf(s).map(({ group, units }, g) => ({
      code: group,
      kind: 'khoi' as const,
      name: `Khối thi đua số ${g + 1}`,
      template: TEMPLATE.code,
      lead: units[0]!,
      members: units,
      deadline,
    })),
    movements: MOVEMENTS.map((m, i) => ({
      code: m,
      name: `Phong trào thi đua ${i + 1}`,
      quota: i === 4 ? undefined : { collective: 20 * (i + 1), individual: 200 * (i + 1) },
    })),
    rules: [
      { kind: 'share', award: 'CO-THI-DUA', percent: 20 },
      { kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 15 },
      { kind: 'eligibility', award: 'BANG-KHEN', maxRank: 10 },
    ],
  };
}

/** Unit code → its group code. */
export const groupsByUnit = (s: Shape) =>
  new Map(membersOf(s).flatMap(({ group, units }) => units.map((u) => [u, group] as const)));

/** A deterministic spread in [0, n) for (unit, criterion). */
const spread = (u: number, k: number, n: number) => (((u + 1) * 2654435761 + (k + 7) * 40503) >>> 0) % n;

/** The self score of unit number `u` on criterion number `k`: a multiple of the step, at most the maximum. */
export function scoreOf(u: number, k: number): number {
  const c = CRITERIA[k]!;
  const steps = Math.round(c.max / c.step!);
  if (c.kind === 'standard') return c.step! * Math.max(0, steps - spread(u, k, 3)); // mostly full marks
  return c.step! * spread(u, k, 2);
}

/** A whole sheet's PUT entries (every criterion, with evidence on the standard ones). */
export function entriesOf(u: number): SheetPutEntry[] {
  return CRITERIA.map((c, k) => ({
    criterion: c.code,
    self: scoreOf(u, k),
    ...(c.kind === 'standard' ? { evidence: `Báo cáo số ${u + 1}/BC-${c.code}` } : {}),
  }));
}

/** Nomination number `i` of a campaign of shape `s`: mostly individuals under a movement, some collectives. */
export function nominationOf(s: Shape, groupOf: Map<string, string>, i: number): NominationInput {
  const unitIndex = i % s.units;
  const movement = MOVEMENTS[i % MOVEMENTS.length]!;
  if (i % 20 === 0) {
    const group = groupOf.get(unitCode(s, unitIndex))!;
    return {
      award: i % 40 === 0 ? 'CO-THI-DUA' : 'BANG-KHEN',
      movement,
      group,
      nominee: { kind: 'collective', unit: unitCode(s, unitIndex) },
    };
  }
  return {
    award: i % 7 === 0 ? 'CSTDCS' : 'LDTT',
    movement,
    nominee: {
      kind: 'individual',
      unit: unitCode(s, unitIndex),
      name: `Nguyễn Văn Thử ${i}`,
      staffId: `NV${i}`,
    },
    ...(i % 11 === 0 ? { priority: 1 + (i % 3) } : {}),
  };
}
