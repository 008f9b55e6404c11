/**
 * End to end in headless Chromium against the real Worker started here: unit U2 submits its sheet through the
 * API; in the preview host the lead unit U1 connects, sees the group's sheet list, opens U2's sheet for
 * appraisal, types an appraised score with a reason, sends it (checked through the API), then records a
 * vote round and sees who reached the threshold; the secretariat reaches the same group panel by campaign;
 * U2 then builds its nominations sheet, enters two individuals
 * under a movement whose quota is one, sends, and sees one within quota and one over quota with the
 * Worker's Vietnamese reason. Screenshots in test-artifacts/e2e-lead/.
 */
import { describe, expect, it } from 'vitest';
import { campaignSheetName } from '../../addin/src/sheets/campaign-name';
import { cellText, typeAt } from './e2e/grid-cells';
import { closeClean, smallPlan, suffix, E2E_TIMEOUT as TIMEOUT, useE2E } from './e2e/harness';
import { paneOverflow } from './e2e/pane-width';
import { requireTool } from './tools';

const ARTIFACTS = 'test-artifacts/e2e-lead';
const s = suffix();
const { u, code, plan } = smallPlan(s);
plan.awards.push({ code: 'CSTD', name: 'Chiến sĩ thi đua cơ sở', nominee: 'individual' } as never);
Object.assign(plan.movements[0]!, { quota: { individual: 1 } });
Object.assign(plan.groups[0]!, { vote: { percent: 60, of: 'present' } });
const sheetPath = `/campaigns/${code}/groups/G1/units/${u(2)}/sheet`;

const chromium = await requireTool('chromium');

describe.skipIf(!chromium)('end to end in Chromium: the lead unit and the nominations sheet', () => {
  const e2e = useE2E({ artifacts: ARTIFACTS });
  const { call, worker } = e2e;

  it(
    'appraises a member, records a vote round, then a unit sees its nominees within and over quota',
    async () => {
      await e2e.postPlan(plan);
      const unitToken = await worker().token('unit', `Đơn vị 2 ${s}`, u(2));
      const leadToken = await worker().token('unit', `Trưởng khối ${s}`, u(1));
      const submitted = await call(unitToken, 'PUT', sheetPath, {
        revision: 0,
        entries: [
          { criterion: '1.1', self: 18.5, evidence: 'Báo cáo 12/BC' },
          { criterion: '1.2', self: 9.5 },
          { criterion: '2.1', self: 62 },
          { criterion: 'T.1', self: 2 },
        ],
        submit: true,
      });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

      // The lead unit: the group's sheet list.
      const lead = await e2e.preview(leadToken);
      const page = lead.page;
      await page.getByText(`Khối thử ${s}`).first().waitFor();
      await page.getByRole('button', { name: 'Bảng điểm của khối' }).click();
      const u2Row = page.locator(`#lead-sheets tr[data-unit="${u(2)}"]`);
      await u2Row.waitFor();
      expect(await u2Row.textContent()).toContain('Đã nộp');
      expect(await u2Row.textContent()).toContain('92');
      expect(await page.locator(`#lead-sheets tr[data-unit="${u(3)}"]`).textContent()).toContain('Chưa nộp');
      expect(await page.locator('#lead').textContent()).toContain('Đã nộp: 1/3 đơn vị.');
      await page.screenshot({ path: `${ARTIFACTS}/1-group-sheets.png`, fullPage: true });

      // Appraisal: only the appraised score and the reason can be typed.
      await u2Row.getByRole('button', { name: 'Thẩm định' }).click();
      const row11 = page.locator('#preview-grid tr', { has: page.locator('td', { hasText: /^1\.1$/ }) });
      await row11.locator('td.input').first().waitFor();
      await expect
        .poll(() => page.textContent('#preview-tabs .tab.active'))
        .toBe(campaignSheetName(`Thẩm định ${u(2)}`, code));
      const inputs = row11.locator('td.input');
      expect(await inputs.count()).toBe(2);
      const appraisedCell = await inputs.nth(0).getAttribute('data-address');
      const reasonCell = await inputs.nth(1).getAttribute('data-address');
      expect(appraisedCell).toMatch(/^E\d+$/);
      expect(reasonCell).toMatch(/^G\d+$/);
      // The self score is locked.
      await page.click(`#preview-grid td[data-address="${appraisedCell!.replace('E', 'D')}"]`);
      await page.fill('#preview-input', '20');
      await page.press('#preview-input', 'Enter');
      await expect.poll(() => page.textContent('#preview-note')).toContain('đã khóa');
      const reason = 'Minh chứng chỉ đạt 17 điểm theo báo cáo 12/BC';
      await typeAt(page, appraisedCell!, '17');
      await typeAt(page, reasonCell!, reason);
      await page.screenshot({ path: `${ARTIFACTS}/2-appraisal-typed.png`, fullPage: true });
      // The work reads top to bottom: the group's sheets, the sheet to appraise, then the vote.
      const order = await page.evaluate(() => {
        const at = (sel: string) => document.querySelector(sel)!;
        const before = (a: string, b: string) =>
          Boolean(at(a).compareDocumentPosition(at(b)) & Node.DOCUMENT_POSITION_FOLLOWING);
        return [before('#lead-sheets', '#sheet'), before('#sheet', '#lead .vote')];
      });
      expect(order).toEqual([true, true]);
      expect(await paneOverflow(page)).toEqual([]);
      await page.getByRole('button', { name: 'Gửi thẩm định' }).click();
      await page.locator('#sheet .confirm-ok').click();
      await page.getByText('Đã gửi kết quả thẩm định.').waitFor();
      const stored = await call(leadToken, 'GET', sheetPath);
      expect(stored.body.status).toBe('appraised');
      expect(stored.body.entries.find((e: { criterion: string }) => e.criterion === '1.1')).toMatchObject({
        self: 18.5,
        appraised: 17,
        reason,
      });
      expect(stored.body.totals.final).toBe(90.5);
      await expect.poll(() => u2Row.textContent()).toContain('Đã thẩm định');
      await expect.poll(() => u2Row.textContent()).toContain('90,5');
      // The lead may appraise again: its view of an appraised sheet is not the unit's locked one.
      expect(await page.textContent('#sheet-summary')).not.toContain('đã khóa');
      await page.screenshot({ path: `${ARTIFACTS}/3-appraisal-sent.png`, fullPage: true });

      // A vote round: 60 % of those present.
      await page.fill('#vote-members', '3');
      await page.fill('#vote-present', '3');
      await page.fill(`#vote-candidates input[data-unit="${u(1)}"]`, '3');
      await page.fill(`#vote-candidates input[data-unit="${u(2)}"]`, '1');
      await expect
        .poll(() => page.textContent('#vote-threshold'))
        .toBe('Ngưỡng: 60% số có mặt: cần ít nhất 2 phiếu (trên 3).');
      await page.getByRole('button', { name: 'Ghi kết quả bỏ phiếu' }).click();
      await page.locator('#vote-confirm').getByText('Ghi kết quả bỏ phiếu vòng 1?').waitFor();
      await page.locator('#vote-confirm .confirm-ok').click();
      await page.getByText('Đã ghi kết quả vòng 1.').waitFor();
      expect(await paneOverflow(page)).toEqual([]);
      await expect.poll(() => page.textContent('#banner')).toBe('');
      expect(await page.textContent('#vote-result .vote-reached')).toBe(`Đạt ngưỡng: Đơn vị 1 ${s}.`);
      expect(await page.locator(`#vote-result tr[data-unit="${u(2)}"]`).textContent()).toContain('Chưa đạt');
      const votes = await call(leadToken, 'GET', `/campaigns/${code}/groups/G1/votes`);
      expect(votes.body.rounds[0]).toMatchObject({ round: 1, threshold: 2, present: 3 });
      expect(
        votes.body.rounds[0].candidates.map((c: { unit: string; reached: boolean }) => [c.unit, c.reached]),
      ).toEqual([
        [u(1), true],
        [u(2), false],
      ]);
      await page.screenshot({ path: `${ARTIFACTS}/4-vote-recorded.png`, fullPage: true });
      await closeClean(lead);

      // The secretariat reaches the same group panel by campaign (its reopen and deadline forms are its own panel's).
      const secretariatToken = await worker().token('secretariat', `Thường trực ${s}`);
      const staff = await e2e.preview(secretariatToken);
      const p3 = staff.page;
      await p3.selectOption('#campaign', code);
      await p3.locator('#staff-groups').getByRole('button', { name: 'Bảng điểm của khối' }).click();
      await p3.locator(`#lead-sheets tr[data-unit="${u(2)}"]`).waitFor();
      expect(await p3.locator(`#lead-sheets tr[data-unit="${u(2)}"]`).textContent()).toContain(
        'Đã thẩm định',
      );
      await p3.screenshot({ path: `${ARTIFACTS}/5-secretariat-group.png`, fullPage: true });
      await closeClean(staff);

      // The unit: its nominations sheet (a fresh browser context, so a fresh workbook and storage).
      const unit = await e2e.preview(unitToken);
      const p2 = unit.page;
      await p2.getByRole('button', { name: 'Tạo / làm mới bảng đề nghị' }).click();
      await p2.getByText('Đã tạo bảng đề nghị (0 hồ sơ đã gửi trước đó).').waitFor();
      await expect
        .poll(() => p2.textContent('#preview-tabs .tab.active'))
        .toBe(campaignSheetName('Đề nghị KT', code));
      // A drop-down list refuses what it does not hold, as Excel's Stop alert does.
      await p2.click('#preview-grid td[data-address="F6"]');
      expect(
        await p2.locator('#preview-options option').evaluateAll((o) => o.map((x) => x.getAttribute('value'))),
      ).toEqual(['Tập thể', 'Cá nhân']);
      await p2.fill('#preview-input', 'Nhóm');
      await p2.press('#preview-input', 'Enter');
      await expect.poll(() => p2.textContent('#preview-note')).toContain('không có trong danh sách');
      const people = [
        ['6', 'Nguyễn Văn An', 'Bác sĩ'],
        ['7', 'Trần Thị Bình', 'Điều dưỡng trưởng'],
      ];
      for (const [row, name, position] of people) {
        await typeAt(p2, `B${row}`, 'CSTD — Chiến sĩ thi đua cơ sở');
        await typeAt(p2, `C${row}`, 'M1 — Phong trào một');
        await typeAt(p2, `F${row}`, 'Cá nhân');
        await typeAt(p2, `H${row}`, name!);
        await typeAt(p2, `I${row}`, position!);
      }
      await p2.screenshot({ path: `${ARTIFACTS}/6-nominations-typed.png`, fullPage: true });
      await p2.getByRole('button', { name: 'Gửi đề nghị' }).click();
      await p2.getByText('Đã gửi: 2 hồ sơ mới, 0 hồ sơ sửa, 0 hồ sơ rút.').waitFor();

      const listed = await call(unitToken, 'GET', `/campaigns/${code}/nominations`);
      expect(listed.status).toBe(200);
      const over = listed.body.items.find((n: { status: string }) => n.status === 'over_quota');
      expect(over.nominee.name).toBe('Trần Thị Bình');
      const overReason: string = over.reasons[0];
      expect(overReason).toMatch(/M1.*1 cá nhân/);
      // The unit cells were left empty: the Worker stored the unit's own, and the sheet shows it.
      expect(listed.body.items.map((n: { nominee: { unit: string } }) => n.nominee.unit)).toEqual([
        u(2),
        u(2),
      ]);
      expect(await cellText(p2, 'G6')).toBe(`${u(2)} — Đơn vị 2 ${s}`);
      expect(await cellText(p2, 'G7')).toBe(`${u(2)} — Đơn vị 2 ${s}`);
      expect(await cellText(p2, 'G8')).toBe('');
      expect(await cellText(p2, 'N6')).toBe('Trong chỉ tiêu');
      expect(await cellText(p2, 'N7')).toBe('Vượt chỉ tiêu');
      expect(await cellText(p2, 'O7')).toBe(overReason);
      expect(await p2.getAttribute('#preview-grid td[data-address="H7"]', 'data-fill')).toBe('#FCE4D6');
      expect(await p2.textContent('#nominations-summary')).toBe(
        'Trong chỉ tiêu: 1 · Vượt chỉ tiêu: 1 · Không đủ điều kiện: 0',
      );
      await p2.getByText(`Trần Thị Bình — Vượt chỉ tiêu: ${overReason}`).waitFor();
      expect(await p2.textContent('#banner')).toBe('');
      await p2.locator('#preview-grid td[data-address="O7"]').scrollIntoViewIfNeeded();
      await p2.screenshot({ path: `${ARTIFACTS}/7-nominations-statuses.png`, fullPage: true });

      await p2.getByRole('button', { name: 'Làm mới trạng thái' }).click();
      await p2.getByText('Đã cập nhật trạng thái từ máy chủ.').waitFor();
      expect(await cellText(p2, 'N7')).toBe('Vượt chỉ tiêu');
      await closeClean(unit);
    },
    TIMEOUT * 2,
  );
});
