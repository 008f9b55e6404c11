import { describe, expect, it } from 'vitest';
import { Plan } from '../contract/plan';
import { DecisionInput, RegisterImport } from '../contract/register';
import { StaffPut } from '../contract/staff';
import { brvt2023 } from './brvt-2023';
import { dongnai2020 } from './dongnai-2020';
import { BRVT_YEARS, brvtStaff } from './people-brvt';
import { dongnaiPeople } from './people-dongnai';
import { registerRows } from './register';
import { brvtRegister } from './register-brvt';

const demos = [
  { plan: brvt2023, staff: brvtStaff, register: brvtRegister, years: [...BRVT_YEARS] },
  { plan: dongnai2020, ...dongnaiPeople },
];

describe('the demo staff lists and register', () => {
  it('are bodies the API accepts: each list a StaffPut, the register an import of rows and valid decisions', () => {
    for (const { staff, register } of demos) {
      for (const l of staff)
        expect(StaffPut.safeParse({ staff: l.staff }).success, `${l.unit} ${l.year}`).toBe(true);
      for (const d of register) expect(DecisionInput.safeParse(d).success, d.number).toBe(true);
      expect(RegisterImport.safeParse({ rows: registerRows(register) }).success).toBe(true);
    }
  });

  it('have a few dozen people per unit, each known by a staff id unique in its list, for every year', () => {
    for (const { plan, staff, years } of demos) {
      const units = new Set((plan.units ?? []).map((u) => u.code));
      expect(new Set(staff.map((l) => l.year))).toEqual(new Set(years));
      for (const l of staff) {
        expect(units.has(l.unit), l.unit).toBe(true);
        expect(l.staff.length, `${l.unit} ${l.year}`).toBeGreaterThanOrEqual(20);
        expect(new Set(l.staff.map((m) => m.staffId)).size).toBe(l.staff.length);
      }
    }
  });

  it('name in every decision people who are on their unit’s list of that year, in units of the plan', () => {
    for (const { plan, staff, register } of demos) {
      const units = new Set((plan.units ?? []).map((u) => u.code));
      const on = new Set(staff.flatMap((l) => l.staff.map((m) => `${l.year}/${l.unit}/${m.staffId}`)));
      for (const d of register)
        for (const r of d.recipients) {
          expect(units.has(r.unit), `${d.number} ${r.unit}`).toBe(true);
          // Multi-year forms (a Huân chương, a Bằng khen of the Prime Minister) name the person of their last year.
          if (r.staffId && d.period.from === d.period.to)
            expect(on.has(`${d.period.to}/${r.unit}/${r.staffId}`), `${d.number} ${r.staffId}`).toBe(true);
        }
    }
  });

  it('cover three earlier years of decisions, numbered and dated as the issuing level writes them', () => {
    for (const { plan, register } of demos) {
      const year = Plan.parse(plan).campaign.year;
      const earlier = new Set(register.map((d) => d.period.to).filter((y) => y < year));
      expect([...earlier].filter((y) => y >= year - 3).sort()).toEqual([year - 3, year - 2, year - 1]);
      for (const d of register) {
        expect(d.number, d.number).toMatch(/^\d+\/QĐ-[A-ZĐa-z0-9]+$/);
        expect(d.date >= `${d.period.to}-01-01`, d.number).toBe(true);
      }
      const levels = new Set(register.map((d) => d.issuerLevel));
      expect([...levels]).toEqual(expect.arrayContaining(['unit', 'department', 'province']));
    }
  });

  it('give every award of both plans an identity and a category', () => {
    for (const { plan } of demos)
      for (const a of Plan.parse(plan).awards) {
        expect(a.identity, a.code).toBeDefined();
        expect(a.category, a.code).toBeDefined();
      }
  });

  it('give every rule of issue 14 a source; unconfirmed figures say so', () => {
    const kinds = ['prerequisite', 'history', 'members', 'limit', 'ballot'];
    for (const { plan } of demos) {
      const rules = Plan.parse(plan).rules.filter((r) => kinds.includes(r.kind) || r.kind === 'ratio');
      expect(new Set(rules.map((r) => r.kind))).toEqual(new Set([...kinds, 'ratio']));
      for (const r of rules)
        expect(r.source, r.kind).toMatch(/Điều \d+|giả định của dữ liệu mẫu|Nghị định số \d+\/\d+/);
    }
  });
});
