/**
 * The same person filed many times for one title: counted once (issue 16). Outside movements a later filing of
 * the same nominee for the same award is ineligible while the earlier stands; a ratio's base counts people.
 */
import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../contract/plan';
import { evaluateQuotas } from '../quotas';
import { nomination as nom, parsePlan, planInput } from './test-plan';
import type { StoredNomination } from './types';

function run(nominations: StoredNomination[], plan: PlanInput = planInput()) {
  const r = evaluateQuotas({ plan: parsePlan(plan), nominations, standings: [], registrations: [] });
  const item = (id: string) => r.items.find((i) => i.id === id)!;
  return { ...r, item, row: (rule: string) => r.rules.find((x) => x.rule === rule) };
}

const again =
  'Đã được đề nghị Lao động tiên tiến (hồ sơ trước): mỗi cá nhân, tập thể chỉ được đề nghị một lần cho mỗi danh hiệu';

describe('one filing per nominee per award outside movements', () => {
  it('counts the same person once, whatever invisible characters, spacing or case the later filings carry', () => {
    const r = run(
      [
        nom('a', { award: 'LDTT', nominee: { name: 'Nguyễn Văn An' } }),
        nom('b', { award: 'LDTT', nominee: { name: 'Nguy\u00ADễn Văn An' } }),
        nom('c', { award: 'LDTT', nominee: { name: 'NGUYỄN\u200B  VĂN AN' } }),
        nom('d', { award: 'LDTT', nominee: { name: 'Trần Thị Bình' } }),
      ],
      { ...planInput(), rules: [] },
    );
    expect(r.item('a').status).toBe('within_quota');
    expect(r.item('b')).toMatchObject({ status: 'ineligible', reasons: [again], ruleIds: [] });
    expect(r.item('c')).toMatchObject({ status: 'ineligible', reasons: [again] });
    expect(r.item('d').status).toBe('within_quota');
  });

  it('refuses a collective filed twice for one award, and lets the later in once the earlier is withdrawn', () => {
    const first = nom('g1', { award: 'GIAY-KHEN', nominee: { kind: 'collective', unit: 'BV-VT' } });
    const second = nom('g2', { award: 'GIAY-KHEN', nominee: { kind: 'collective', unit: 'BV-VT' } });
    const plan = { ...planInput(), rules: [] };
    const r = run([first, second], plan);
    expect(r.item('g2')).toMatchObject({
      status: 'ineligible',
      reasons: [
        'Đã được đề nghị Giấy khen (hồ sơ trước): mỗi cá nhân, tập thể chỉ được đề nghị một lần cho mỗi danh hiệu',
      ],
    });
    expect(run([second], plan).item('g2').status).toBe('within_quota');
  });

  it('keeps different awards and different people apart', () => {
    const r = run(
      [
        nom('a', { award: 'LDTT', nominee: { name: 'An', staffId: 'S1' } }),
        nom('b', { award: 'CSTDCS', nominee: { name: 'An', staffId: 'S1' } }),
        nom('c', { award: 'LDTT', nominee: { name: 'An', staffId: 'S2' } }),
      ],
      { ...planInput(), rules: [] },
    );
    expect(r.items.map((i) => i.status)).toEqual(['within_quota', 'within_quota', 'within_quota']);
  });
});

describe("a ratio's base counts people, not filings", () => {
  it('counts a person within quota for the base award under two movements once', () => {
    // 100 % of the unit's Lao động tiên tiến people: 2 people (An twice, Bình once) → at most 2 CSTĐCS.
    const plan = {
      ...planInput(),
      rules: [{ kind: 'ratio' as const, award: 'CSTDCS', of: 'LDTT', percent: 100 }],
    };
    const r = run(
      [
        nom('an-24', { award: 'LDTT', movement: '2.4', nominee: { name: 'An', staffId: 'S1' } }),
        nom('an-212', { award: 'LDTT', movement: '2.12', nominee: { name: 'An', staffId: 's\u200B1' } }),
        nom('binh', { award: 'LDTT', movement: '2.12', nominee: { name: 'Bình', staffId: 'S2' } }),
        nom('cs-1', { award: 'CSTDCS', nominee: { name: 'An', staffId: 'S1' } }),
        nom('cs-2', { award: 'CSTDCS', nominee: { name: 'Bình', staffId: 'S2' } }),
        nom('cs-3', { award: 'CSTDCS', nominee: { name: 'Cường', staffId: 'S3' } }),
      ],
      plan,
    );
    expect(r.item('an-212').status).toBe('within_quota'); // another movement: allowed, but the same person
    expect(r.row('ratio:CSTDCS:BV-BR')).toMatchObject({ limit: 2, used: 2, over: 1 });
    expect(r.item('cs-3')).toMatchObject({ status: 'over_quota' });
    expect(r.item('cs-3').reasons[0]).toMatch(/tối đa 100% của 2 Lao động tiên tiến = 2, đã đủ 2$/);
  });
});
