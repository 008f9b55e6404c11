/**
 * End to end in headless Chromium against the real Worker: the secretariat opens a meeting through the API on
 * a snapshot of two "Chiến sĩ thi đua" nominations (a secret ballot, at least 80 % of the 9 members: 8
 * votes); in the preview host the council picks it in its panel, opens the "Phiên họp" sheet, types the
 * tellers' figures — a wrong one first, refused on its cell before anything is sent — then sends them: the
 * sheet and the API show one proposed, one not proposed with the reason the rule gives.
 * Screenshots in test-artifacts/e2e-meeting/.
 */
import { describe, expect, it } from 'vitest';
import { cellText, typeAt } from './e2e/grid-cells';
import { closeClean, smallPlan, suffix, E2E_TIMEOUT as TIMEOUT, useE2E } from './e2e/harness';
import { paneOverflow } from './e2e/pane-width';
import { requireTool } from './tools';

const ARTIFACTS = 'test-artifacts/e2e-meeting';
const SOURCE = 'Quy chế hoạt động của Hội đồng (giả định của phép thử)';
const s = suffix();
const { u, code, plan } = smallPlan(s);
plan.awards.push({ code: 'CSTD', name: 'Chiến sĩ thi đua cơ sở', nominee: 'individual' } as never);
Object.assign(plan.movements[0]!, { quota: { individual: 2 } });
Object.assign(plan, {
  rules: [{ kind: 'ballot', award: 'CSTD', percent: 80, of: 'members', source: SOURCE }],
  council: { members: Array.from({ length: 9 }, (_, i) => ({ name: `Thành viên ${i + 1}` })) },
});

const chromium = await requireTool('chromium');

describe.skipIf(!chromium)('end to end in Chromium: the council records a meeting’s ballots', () => {
  const e2e = useE2E({ artifacts: ARTIFACTS });
  const { call, worker } = e2e;

  it(
    'opens the meeting sheet, refuses a wrong figure on its cell, sends the ballots, shows the outcome',
    async () => {
      await e2e.postPlan(plan);
      const admin = worker().admin;
      const person = (n: number, name: string) => ({
        award: 'CSTD',
        movement: 'M1',
        nominee: { kind: 'individual', unit: u(n), name, staffId: `NV-${n}` },
      });
      const filed = await call(admin, 'POST', `/campaigns/${code}/nominations`, {
        items: [person(1, 'Nguyễn Văn An'), person(2, 'Trần Thị Bình')],
      });
      expect(filed.status, JSON.stringify(filed.body)).toBe(201);
      const secretariat = await worker().token('secretariat', `Thường trực ${s}`);
      const council = await worker().token('council', `Hội đồng ${s}`);
      const snap = await call(secretariat, 'POST', `/campaigns/${code}/snapshots`);
      expect(snap.status).toBe(201);
      const opened = await call(secretariat, 'POST', `/campaigns/${code}/meetings`, {
        snapshot: snap.body.id,
        heldAt: '2023-12-22T08:00:00+07:00',
        place: 'Phòng họp Sở Y tế',
        chair: 'Thành viên 1',
        secretary: 'Thành viên 9',
        tellers: ['Thành viên 2', 'Thành viên 3'],
        attendance: Array.from({ length: 9 }, (_, i) => ({ name: `Thành viên ${i + 1}`, present: true })),
      });
      expect(opened.status, JSON.stringify(opened.body)).toBe(201);
      const meeting = opened.body.id as string;
      const names = (opened.body.proposals as { nominee: { name: string } }[]).map((p) => p.nominee.name);
      expect(names).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);

      const c = await e2e.preview(council);
      const { page } = c;
      await page.locator('#council').waitFor();
      await page.selectOption('#campaign', code);
      await expect.poll(() => page.locator('#council-meeting option').count()).toBe(1);
      expect(await page.locator('#council-meeting option').textContent()).toContain('đang họp');
      await page.click('#council-meeting-open');
      await page
        .locator('#council-meeting-result', { hasText: 'Đã mở trang "Phiên họp": 2 đề nghị bỏ phiếu kín.' })
        .waitFor();
      await expect.poll(() => page.textContent('#preview-tabs .tab.active')).toBe('Phiên họp');
      // Rows 6 and 7, in the agenda's order: E–H the figures (phát ra, thu về, hợp lệ, đồng ý).
      expect(await cellText(page, 'B6')).toBe('Nguyễn Văn An');
      expect(await cellText(page, 'B7')).toBe('Trần Thị Bình');
      expect(await cellText(page, 'J6')).toBe('8');
      for (const [col, v] of Object.entries({ E: '9', F: '9', G: '9', H: '9' }))
        await typeAt(page, `${col}6`, v);
      // More in favour than valid: refused on the cell, nothing sent.
      for (const [col, v] of Object.entries({ E: '9', F: '9', G: '8', H: '9' }))
        await typeAt(page, `${col}7`, v);
      await page.click('#council-meeting-send');
      await page.locator('#council-meeting-result', { hasText: '1 ô chưa đúng' }).waitFor();
      expect(await page.textContent('#council-meeting-result')).toContain(
        'Số phiếu đồng ý (9) không được lớn hơn số phiếu hợp lệ (8).',
      );
      const untouched = await call(council, 'GET', `/campaigns/${code}/meetings/${meeting}`);
      expect(untouched.body.counts.pending).toBe(2);
      await page.screenshot({ path: `${ARTIFACTS}/1-refused.png`, fullPage: true });

      // Corrected: 6 in favour of 9 is below the 8 needed.
      await typeAt(page, 'G7', '9');
      await typeAt(page, 'H7', '6');
      await page.click('#council-meeting-send');
      await page
        .locator('#council-meeting-result', { hasText: 'Đã ghi 2 kết quả: 1 đề nghị, 1 không đề nghị.' })
        .waitFor();
      expect(await paneOverflow(page)).toEqual([]);
      await expect.poll(() => cellText(page, 'K6')).toBe('Đề nghị');
      await expect.poll(() => cellText(page, 'K7')).toBe('Không đề nghị');
      const reason = await cellText(page, 'L7');
      expect(reason).toContain('6/9 phiếu đồng ý');
      expect(reason).toContain('cần ít nhất 8 phiếu');
      expect(reason).toContain(SOURCE);
      await page.screenshot({ path: `${ARTIFACTS}/2-sent.png`, fullPage: true });

      const m = await call(secretariat, 'GET', `/campaigns/${code}/meetings/${meeting}`);
      expect(m.status).toBe(200);
      const [an, binh] = m.body.proposals;
      expect(an).toMatchObject({
        state: 'proposed',
        result: { issued: 9, returned: 9, valid: 9, inFavour: 9 },
      });
      expect(binh).toMatchObject({ state: 'not_proposed', result: { inFavour: 6 }, reason });
      await closeClean(c);
    },
    TIMEOUT,
  );
});
