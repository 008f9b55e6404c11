import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { rankingData } from '../src/db/rankings';
import { rankCampaign } from '../src/services/rankings/read';
import { seedAwards, submitSheet } from './awards-fixtures';

/** Rankings read the stored totals only; the entries come along only for those that show scores. */
describe('ranking reads', () => {
  it('leave the entries out unless asked for, with the same ranking either way', async () => {
    const { code, u } = await seedAwards();
    await submitSheet(code, 'G1', u(1));
    await submitSheet(code, 'G1', u(2), { '1.1': 20 });

    const lean = await rankingData(env.DB, code, 'G1', { entries: false });
    const full = await rankingData(env.DB, code, 'G1');
    expect(lean.members.map((m) => m.entries)).toEqual(lean.members.map(() => null));
    const submitted = full.members.filter((m) => m.status === 'submitted');
    expect(submitted).toHaveLength(2);
    for (const m of submitted) expect(JSON.parse(m.entries!).length).toBeGreaterThan(0);
    // Everything but the entries and who appraised them is the same row.
    expect(lean.members).toEqual(full.members.map((m) => ({ ...m, entries: null, appraisers: null })));
    expect(full.members.filter((m) => m.appraisers === '{}')).toHaveLength(2);

    const now = Date.now();
    const a = await rankCampaign(env.DB, code, now, { entries: false });
    const b = await rankCampaign(env.DB, code, now);
    expect(a.map((g) => g.ranking)).toEqual(b.map((g) => g.ranking));
  });
});
