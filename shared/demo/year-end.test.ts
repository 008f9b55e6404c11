import { describe, expect, it } from 'vitest';
import { NominationsPost } from '../contract/nominations';
import { Plan } from '../contract/plan';
import { Registration } from '../contract/registrations';
import { VotePut } from '../contract/votes';
import { checkNominationRefs, checkRegistrationRefs } from '../nominations';
import { brvt2023 } from './brvt-2023';
import { brvtStaff } from './people-brvt';
import { COVENANT, REOPEN, VOTE_GROUP, yearEndDemo } from './year-end';

const demo = yearEndDemo('BV-BR', 'BV-LL');
const plan = Plan.parse(brvt2023);

describe("the demo's year end fits the BR-VT 2023 plan (the seed would be refused otherwise)", () => {
  it('sends bodies the API accepts', () => {
    expect(VotePut.safeParse(demo.vote).success).toBe(true);
    expect(NominationsPost.safeParse({ items: demo.nominations }).success).toBe(true);
    for (const body of Object.values(demo.registrations)) expect(Registration.parse(body)).toEqual(body);
  });

  it('names only codes the plan has', () => {
    expect(checkNominationRefs(plan, demo.nominations)).toEqual([]);
    for (const [unit, body] of Object.entries(demo.registrations))
      expect(checkRegistrationRefs(plan, unit, body), unit).toEqual([]);
    const codes = (list: readonly { code: string }[]) => list.map((x) => x.code);
    expect(codes(plan.groups)).toEqual(expect.arrayContaining([VOTE_GROUP, COVENANT.group]));
    expect(codes(plan.milestones)).toEqual(
      expect.arrayContaining([REOPEN.registrations.milestone, REOPEN.nominations.milestone]),
    );
  });

  it('files every person from the staff list, each once but the demo’s case of two Giấy khen (BV-TT-002)', () => {
    const on = new Map(
      brvtStaff
        .filter((l) => l.year === 2023)
        .flatMap((l) => l.staff.map((m) => [`${l.unit}/${m.staffId}`, m])),
    );
    const people = demo.nominations.filter((n) => n.nominee.kind === 'individual');
    for (const n of people) {
      const m = on.get(`${n.nominee.unit}/${n.nominee.staffId}`);
      expect(m?.name, n.nominee.staffId).toBe(n.nominee.name);
    }
    const counts = new Map<string, number>();
    for (const n of people) {
      const key = `${n.nominee.staffId}/${n.award}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect([...counts].filter(([, c]) => c > 1).map(([k]) => k)).toEqual(['BV-TT-002/GIAY-KHEN']);
  });
});
