import { describe, expect, it } from 'vitest';
import type { PlanInput } from './contract/plan';
import { validatePlan } from './plan';

const minimal = (): PlanInput => ({
  campaign: { code: 'C', year: 2023, title: 'Kế hoạch' },
  units: [
    { code: 'A', name: 'Bệnh viện A' },
    { code: 'B', name: 'Bệnh viện B' },
  ],
  awards: [{ code: 'CO', name: 'Cờ thi đua', nominee: 'collective' }],
  templates: [
    {
      code: 'T',
      title: 'Bảng',
      sections: [
        {
          code: 'I',
          title: 'Chuyên môn',
          kind: 'standard',
          criteria: [{ code: '1.1', title: 'Khám', max: 20, step: 0.5 }],
        },
        {
          code: 'T',
          title: 'Thưởng',
          kind: 'bonus',
          cap: 5,
          criteria: [{ code: 'T.1', title: 'Sáng kiến', max: 3 }],
        },
      ],
      classification: [{ label: 'Tốt', min: 15 }],
    },
  ],
  groups: [{ code: 'G', kind: 'khoi', name: 'Khối', template: 'T', lead: 'A', members: ['A', 'B'] }],
});

describe('validatePlan', () => {
  it('accepts a sound document', () => {
    const r = validatePlan(minimal());
    expect(r.ok).toBe(true);
  });

  it('lists every problem with its path, not only the first', () => {
    const p = minimal();
    p.units!.push({ code: 'A', name: 'Trùng' });
    p.groups![0]!.lead = 'Z';
    p.groups![0]!.members.push('X');
    p.templates![0]!.sections[0]!.criteria[0]!.step = 0.3;
    p.templates![0]!.sections[0]!.criteria.push({ code: '1.2', title: 'Âm', max: -1 });
    p.rules = [{ kind: 'share', award: 'CO', percent: 120 }];
    const r = validatePlan(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const got = r.problems.map((x) => `${x.code} ${x.path}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'duplicate_code /units/2/code',
        'lead_not_member /groups/0/lead',
        'unknown_unit /groups/0/members/2',
        'step_not_divisor /templates/0/sections/0/criteria/0/step',
        'not_positive /templates/0/sections/0/criteria/1/max',
        'percent_range /rules/0/percent',
      ]),
    );
    expect(r.problems.every((x) => x.message.length > 0)).toBe(true);
  });

  it('rejects ratio rules that form a cycle, naming the awards in order', () => {
    const p = minimal();
    p.awards!.push({ code: 'LD', name: 'Lao động tiên tiến', nominee: 'individual' });
    p.rules = [
      { kind: 'ratio', award: 'CO', of: 'LD', percent: 50 },
      { kind: 'ratio', award: 'LD', of: 'CO', percent: 20 },
    ];
    const r = validatePlan(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((x) => `${x.code} ${x.path}`)).toEqual(['ratio_cycle /rules/1/of']);
    expect(r.problems[0]!.message).toContain('CO → LD → CO');
    p.rules = [p.rules[0]!];
    expect(validatePlan(p).ok).toBe(true);
  });

  it('names what a code refers to, a group by its kind and an award as danh hiệu or hình thức', () => {
    const p = minimal();
    p.groups!.push({ code: 'G', kind: 'cum', name: 'Cụm', template: 'T', lead: 'A', members: ['A'] });
    p.rules = [{ kind: 'share', award: 'CO-KHAC', percent: 10, groups: ['G-KHAC'] }];
    const r = validatePlan(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((x) => `${x.path} ${x.message}`)).toEqual([
      '/groups/1/code Mã cụm "G" bị trùng.',
      '/rules/0/award Không có danh hiệu/hình thức khen thưởng với mã "CO-KHAC".',
      '/rules/0/groups/0 Không có khối/cụm với mã "G-KHAC".',
    ]);
  });

  it('reports structural errors in Vietnamese with paths', () => {
    const r = validatePlan({ campaign: { code: 'C', year: 'x' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((x) => x.path)).toEqual(
      expect.arrayContaining(['/campaign/year', '/campaign/title']),
    );
  });
});
