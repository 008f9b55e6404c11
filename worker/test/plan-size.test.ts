/**
 * A plan document larger than D1 stores in one value (2 MB) is refused with 413 and a Vietnamese reason,
 * not a 500 from SQLITE_TOOBIG, and nothing is written. The service is called directly (inside workerd, on
 * the real local D1) because the ordinary 1 MB body limit stops such a document at the door; a deployment
 * that raises BODY_LIMIT reaches this check.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_ADMIN } from '../src/access/actor';
import { ApiError } from '../src/errors';
import { createPlan } from '../src/services/plans';
import { smallPlan, uid } from './helpers';

const admin = { ...BOOTSTRAP_ADMIN, role: 'admin' as const, unit: null };

describe('a plan too big for one D1 value', () => {
  it('is refused with 413 naming its size, and nothing is stored', async () => {
    const s = uid();
    const { plan } = smallPlan(s);
    const extra = Array.from({ length: 9000 }, (_, i) => ({
      code: `X${i}-${s}`,
      name: `Trạm y tế xã số ${i} thuộc Trung tâm Y tế huyện có tên dài để làm đầy văn bản ${s}`.repeat(2),
    }));
    plan.units!.push(...extra);
    plan.groups![0]!.members.push(...extra.map((u) => u.code));
    const bytes = new TextEncoder().encode(JSON.stringify(plan)).length;
    expect(bytes).toBeGreaterThan(2_000_000);

    const error = await createPlan(env.DB, admin, async () => plan, Date.now()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(413);
    expect((error as ApiError).message).toMatch(/Văn bản kế hoạch quá lớn để lưu \(2,\d\d MB; giới hạn 2 MB/);
    const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM campaigns WHERE code = ?1')
      .bind(plan.campaign.code)
      .first<{ n: number }>();
    expect(row?.n).toBe(0);
    const units = await env.DB.prepare('SELECT COUNT(*) AS n FROM units WHERE code LIKE ?1')
      .bind(`%-${s}`)
      .first<{ n: number }>();
    expect(units?.n).toBe(0);
  });
});
