/**
 * The demo campaign shows every rule of issue 14 passing and failing with its reason: the quota pass over the
 * demo's nominations, registrations, KHOI-BV's standing and the people facts (staff lists 2019–2023, register).
 */
import { describe, expect, it } from 'vitest';
import { Plan } from '../contract/plan';
import { evaluateQuotas } from '../quotas/evaluate';
import type { Evaluated, StoredNomination } from '../quotas/types';
import { brvt2023 } from './brvt-2023';
import { yearEndDemo } from './year-end';
import { BVLL_CSTDCS_PASS, brvtPeople, bvllPlaces, ldttHolders } from './year-end-people';

const demo = yearEndDemo('BV-BR', 'BV-LL');
const nominations: StoredNomination[] = demo.nominations.map((n, i) => ({
  ...n,
  id: `n${i}`,
  filedAt: `2023-12-01T08:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`,
  seq: i,
}));
const result = evaluateQuotas({
  plan: Plan.parse(brvt2023),
  nominations,
  standings: [
    { group: 'KHOI-BV', unit: 'BV-BR', rank: 1, classification: 'Xuất sắc', voted: true },
    { group: 'KHOI-BV', unit: 'BV-LL', rank: 2, classification: 'Xuất sắc', voted: false },
  ],
  registrations: Object.entries(demo.registrations).map(([unit, r]) => ({ unit, ...r })),
  people: brvtPeople(),
});

/** The results of a nominee's nominations of an award (under a movement when given), in filing order. */
function of(award: string, unit: string, n?: number, movement?: string): Evaluated[] {
  const staffId = n === undefined ? undefined : `${unit}-${String(n).padStart(3, '0')}`;
  const found = nominations.flatMap((x, i) =>
    x.award === award &&
    x.nominee.unit === unit &&
    (staffId === undefined ? x.nominee.kind === 'collective' : x.nominee.staffId === staffId) &&
    (movement === undefined || x.movement === movement)
      ? [result.items[i]!]
      : [],
  );
  expect(found.length, `${award} ${unit} ${staffId ?? ''}`).toBeGreaterThan(0);
  return found;
}
const one = (award: string, unit: string, n?: number, movement?: string) => of(award, unit, n, movement)[0]!;

/** Expects a status and, for a refusal, reasons containing every fragment. */
function expectOutcome(e: Evaluated, status: Evaluated['status'], ...fragments: string[]) {
  expect(e.status, e.reasons.join(' | ')).toBe(status);
  const text = e.reasons.join(' | ');
  for (const f of fragments) expect(text, `${e.id}: ${f}`).toContain(f);
}

describe('the demo campaign shows the rules on people and the register (issue 14)', () => {
  it('prerequisites of Lao động tiên tiến: four pass, one fails for each fact', () => {
    for (const n of [1, 2, 3, 4]) expectOutcome(one('LDTT', 'SYT-VP', n), 'within_quota');
    expectOutcome(one('LDTT', 'SYT-VP', 5), 'ineligible', 'kỷ luật', 'khiển trách', '45/QĐ-SYT');
    expectOutcome(one('LDTT', 'SYT-VP', 6), 'ineligible', '10 tháng', '02/05/2023');
    expectOutcome(one('LDTT', 'SYT-VP', 7), 'ineligible', 'Hoàn thành nhiệm vụ');
    expectOutcome(one('LDTT', 'SYT-VP', 8), 'ineligible', '40', '52');
  });

  it('prerequisites of Chiến sĩ thi đua cơ sở: Lao động tiên tiến and an initiative', () => {
    expectOutcome(one('CSTDCS', 'BV-LL', 1), 'within_quota');
    expectOutcome(one('CSTDCS', 'BV-BR', 1), 'within_quota');
    expectOutcome(one('CSTDCS', 'BV-LL', 8), 'ineligible', 'sáng kiến');
    expectOutcome(one('CSTDCS', 'BV-LL', 9), 'ineligible', 'Lao động tiên tiến');
  });

  it('the ratio counts the unit’s Lao động tiên tiến in the register, not what was filed', () => {
    const holders = ldttHolders('BV-LL');
    const places = bvllPlaces();
    expect(places).toBeGreaterThan(0);
    const filed = BVLL_CSTDCS_PASS.slice(0, places + 1).map((n) => one('CSTDCS', 'BV-LL', n));
    for (const e of filed.slice(0, places)) expectOutcome(e, 'within_quota');
    expectOutcome(filed[places]!, 'over_quota', `${holders}`, 'sổ khen thưởng');
  });

  it('history: Chiến sĩ thi đua cấp tỉnh needs three years of CSTĐCS; the Bằng khen of the Prime Minister five', () => {
    expectOutcome(one('CSTD-TINH', 'BV-LL', 2), 'within_quota');
    expectOutcome(one('CSTD-TINH', 'BV-BR', 3), 'ineligible', '2020');
    expectOutcome(one('BANG-KHEN-TTG', 'BV-LL', 3), 'within_quota');
    expectOutcome(one('BANG-KHEN-TTG', 'BV-BR', 4), 'ineligible', '2021');
    expectOutcome(one('BANG-KHEN-TTG', 'BV-LL', 5), 'ineligible', '812/QĐ-TTg');
  });

  it('members: the collective titles read the unit’s staff list', () => {
    expectOutcome(one('TAP-THE-LDTT', 'CDC-BRVT'), 'within_quota');
    expectOutcome(one('TAP-THE-LDTT', 'TT-PY'), 'ineligible', '50');
    expectOutcome(one('TAP-THE-LDTT', 'TT-KN'), 'ineligible', 'cảnh cáo');
    expectOutcome(one('TAP-THE-LDXS', 'BV-BR'), 'within_quota');
    expectOutcome(one('TAP-THE-LDXS', 'TTYT-VT'), 'ineligible', 'Chiến sĩ thi đua cơ sở');
  });

  it('limits per person per year across movements, scoped to individuals', () => {
    expectOutcome(one('GIAY-KHEN', 'BV-TT', 2, '2.5'), 'within_quota');
    expectOutcome(one('GIAY-KHEN', 'BV-TT', 2, '2.7'), 'over_quota', 'Giấy khen');
    expectOutcome(one('GIAY-KHEN', 'BV-YHCT', 2, '2.9'), 'over_quota', 'hình thức khen thưởng trong năm');
    expectOutcome(one('BANG-KHEN-TTG', 'BV-VT', 1), 'over_quota', 'Nhà nước');
    expectOutcome(one('GIAY-KHEN', 'CDC-BRVT', undefined, '2.1'), 'within_quota');
    expectOutcome(one('GIAY-KHEN', 'CDC-BRVT', undefined, '2.8'), 'within_quota');
  });

  it('keeps the cases of the demo before issue 14', () => {
    const thematic = nominations.flatMap((x, i) => (x.movement === '2.4' ? [result.items[i]!.status] : []));
    expect(thematic.filter((s) => s === 'within_quota')).toHaveLength(10);
    expect(thematic.filter((s) => s === 'over_quota')).toHaveLength(2);
    expectOutcome(one('CO-THI-DUA', 'BV-BR'), 'within_quota');
    expectOutcome(one('CO-THI-DUA', 'BV-LL'), 'ineligible');
    expectOutcome(one('TAP-THE-LDXS', 'BV-VT'), 'ineligible');
    expectOutcome(one('GIAY-KHEN', 'BV-BR', undefined, '2.6'), 'ineligible');
  });
});
