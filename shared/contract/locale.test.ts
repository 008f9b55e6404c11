import { describe, expect, it } from 'vitest';
import { code } from './fields';
import { Plan } from './plan';

describe("zod's Vietnamese locale, set by importing the contract's fields", () => {
  it('words structural problems in Vietnamese', () => {
    const r = Plan.safeParse({ campaign: { code: 'C', year: 'x' } });
    expect(r.success).toBe(false);
    const year = r.error!.issues.find((i) => i.path.join('/') === 'campaign/year')!;
    expect(year.message).toMatch(/^Đầu vào không hợp lệ/);
    expect(code.safeParse('x'.repeat(65)).error!.issues[0]!.message).toMatch(/quá lớn|quá dài/i);
  });
});
