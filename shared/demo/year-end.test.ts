import { describe, expect, it } from 'vitest';
import { NominationsPost } from '../contract/nominations';
import { Plan } from '../contract/plan';
import { Registration } from '../contract/registrations';
import { VotePut } from '../contract/votes';
import { checkNominationRefs, checkRegistrationRefs } from '../nominations';
import { brvt2023 } from './brvt-2023';
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

  it('files one person once: every individual named differently', () => {
    const names = demo.nominations.flatMap((n) => (n.nominee.name ? [n.nominee.name] : []));
    expect(new Set(names).size).toBe(names.length);
  });
});
