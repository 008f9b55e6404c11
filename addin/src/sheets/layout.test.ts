import { describe, expect, it } from 'vitest';
import { campaign, group, template, unit } from '../../test/fixtures';
import { parseCell } from './a1';
import { buildSheetPlan } from './layout';
import type { SheetPlan } from './types';

const plan = (over: Partial<Parameters<typeof buildSheetPlan>[0]> = {}) =>
  buildSheetPlan({
    campaign,
    group,
    unit,
    template,
    mode: 'unit',
    sheet: { revision: 3, status: 'draft', locksAt: group.deadline!, entries: [] },
    ...over,
  });

/** The content of one cell by address. */
const at = (p: SheetPlan, address: string) => {
  const { row, col } = parseCell(address)!;
  return p.cells[row - 1]![col];
};
const rowOf = (p: SheetPlan, code: string) => p.layout.criteria.find((c) => c.code === code)!.row;

describe('buildSheetPlan', () => {
  it('lays out the paper form: heading, title, group, table header', () => {
    const p = plan();
    expect(at(p, 'A1')).toBe('SỞ Y TẾ BÀ RỊA-VŨNG TÀU');
    expect(at(p, 'A2')).toBe('BỆNH VIỆN BÀ RỊA');
    expect(at(p, 'C1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(at(p, 'C2')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(at(p, 'C3')).toBe('Bà Rịa, ngày … tháng … năm 2023');
    expect(at(p, 'A5')).toBe('BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2023');
    expect(at(p, 'A6')).toBe('Khối thi đua: Khối bệnh viện tuyến tỉnh');
    expect(p.cells[7]!.slice(0, 6)).toEqual([
      'TT',
      'Nội dung tiêu chí',
      'Điểm chuẩn',
      'Điểm tự chấm',
      'Điểm thẩm định',
      'Minh chứng / Ghi chú',
    ]);
    expect(p.merges).toContain('A5:F5');
    expect(p.print).toMatchObject({
      titleRows: '$8:$8',
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
    });
    expect(p.font.name).toBe('Times New Roman');
  });

  it('puts each section row in bold with its code and capped subtotal formulas', () => {
    const p = plan();
    const I = p.layout.sectionRows.I!;
    expect(at(p, `A${I}`)).toBe('I');
    expect(at(p, `C${I}`)).toBe(50);
    expect(at(p, `D${I}`)).toBe(`=ROUND(SUM(D${I + 1}:D${I + 3}),2)`);
    const T = p.layout.sectionRows.T!;
    expect(at(p, `C${T}`)).toBe(5);
    expect(at(p, `D${T}`)).toBe(`=ROUND(MIN(SUM(D${T + 1}:D${T + 2}),5),2)`);
    const D = p.layout.sectionRows.D!;
    expect(at(p, `D${D}`)).toBe(`=ROUND(MIN(SUM(D${D + 1}:D${D + 2}),10),2)`);
    expect(p.styles).toContainEqual({ address: `A${I}:F${I}`, bold: true });
  });

  it('totals standard plus bonus minus deduction, in self and in the hidden effective column', () => {
    const p = plan();
    const { I, II, T, D } = p.layout.sectionRows as Record<string, number>;
    const total = p.layout.totalRow;
    expect(at(p, `B${total}`)).toBe('Tổng cộng');
    expect(at(p, `C${total}`)).toBe(100);
    expect(at(p, `D${total}`)).toBe(`=ROUND(SUM(D${I},D${II},D${T})-SUM(D${D}),2)`);
    expect(at(p, `G${total}`)).toBe(`=ROUND(SUM(G${I},G${II},G${T})-SUM(G${D}),2)`);
    expect(p.columns[6]).toEqual({ width: 8, hidden: true });
    const r = rowOf(p, '1.1');
    expect(at(p, `G${r}`)).toBe(`=IF(ISNUMBER(E${r}),E${r},IF(ISNUMBER(D${r}),D${r},""))`);
    // The appraised total stays blank until some criterion is appraised.
    expect(String(at(p, `E${total}`))).toMatch(/^=IF\(COUNT\(E\d+:E\d+,.*\)=0,"",G\d+\)$/);
  });

  it('classifies with the template bands, highest first, noZero over standard criteria', () => {
    const p = plan();
    const f = String(at(p, `D${p.layout.classificationRow}`));
    const total = `D${p.layout.totalRow}`;
    // Empty until the 5 standard criteria are scored (a blank sheet is not "Trung bình").
    expect(f.startsWith(`=IF(COUNT(D10:D12,D14:D15)=5,IF(AND(${total}>=95,COUNTIF(`)).toBe(true);
    expect(f.endsWith('"Trung bình","")))),"")')).toBe(true);
    expect(f).toContain(`IF(${total}>=85,"Tốt",IF(${total}>=70,"Khá",IF(${total}>=0,"Trung bình",""))`);
    expect(f.match(/COUNTIF/g)).toHaveLength(2); // two standard sections
    // Every one of the 5 standard criteria must score above 0 (a missing score counts as 0).
    expect(f).toContain(`COUNTIF(D10:D12,">0")+COUNTIF(D14:D15,">0")=5)`);
  });

  it('writes existing entries as numbers and texts, with formats that keep them so', () => {
    const p = plan({
      sheet: {
        revision: 3,
        status: 'appraised',
        entries: [
          { criterion: '1.1', self: 18.5, appraised: 17, evidence: '- QĐ 12/QĐ-BV', reason: 'Thiếu hồ sơ' },
        ],
      },
    });
    const r = rowOf(p, '1.1');
    expect(at(p, `D${r}`)).toBe(18.5);
    expect(at(p, `E${r}`)).toBe(17);
    // Excel's text prefix: written "'- QĐ…", it shows and returns the text, never a formula.
    expect(at(p, `F${r}`)).toBe("'- QĐ 12/QĐ-BV");
    expect(p.numberFormats[r - 1]![5]).toBe('@');
    expect(p.numberFormats[r - 1]![3]).toBe('General');
    expect(at(p, `A${r}`)).toBe('1.1');
    expect(p.numberFormats[r - 1]![0]).toBe('@');
    // A reason exists, so the reason column is shown and the helper moves right.
    expect(at(p, 'G8')).toBe('Lý do thẩm định');
    expect(at(p, `G${r}`)).toBe('Thiếu hồ sơ');
    expect(p.layout.columns.effective).toBe(7);
    expect(p.editable).toBe(false);
    expect(p.unlocked).toEqual([]);
  });

  it('writes no text of the plan or of an entry as a formula: only the formulas the layout builds', () => {
    const trap = '=HYPERLINK("http://x","y")';
    const p = buildSheetPlan({
      campaign: { ...campaign, authority: trap, title: '+SUM(1)' },
      group: { ...group, name: '@cmd', code: "-G'1" },
      unit: { ...unit, name: trap, parent: trap },
      template: {
        ...template,
        sections: template.sections.map((s) => ({
          ...s,
          title: trap,
          criteria: s.criteria.map((c) => ({ ...c, title: trap })),
        })),
      },
      mode: 'unit',
      sheet: {
        revision: 1,
        status: 'draft',
        locksAt: group.deadline!,
        entries: [
          {
            criterion: template.sections[0]!.criteria[0]!.code,
            self: 1,
            appraised: null,
            evidence: trap,
            reason: null,
          },
        ],
      },
    });
    const formulas = p.cells.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('='));
    expect(formulas.length).toBeGreaterThan(0);
    // Every formula is one of the layout's (sums, ROUND, IF, classification), none carries the trap's text.
    for (const f of formulas) expect(f).not.toContain('HYPERLINK');
    const texts = p.cells.flat().filter((v): v is string => typeof v === 'string');
    expect(texts).toContain(`'${trap}`);
    expect(texts.some((t) => /^[+@-]/.test(t))).toBe(false);
  });

  it('unlocks only score and evidence cells and validates each score with its max and step', () => {
    const p = plan();
    const I = p.layout.sectionRows.I!;
    expect(p.unlocked).toContain(`D${I + 1}:D${I + 3}`);
    expect(p.unlocked).toContain(`F${I + 1}:F${I + 3}`);
    expect(p.unlocked.every((a) => /^[DF]\d+:[DF]\d+$|^[DF]\d+$/.test(a))).toBe(true);
    expect(p.validations[0]).toMatchObject({
      address: `D${I + 1}:D${I + 2}`,
      max: 20,
      prompt: 'Nhập điểm từ 0 đến 20, bước 0,5',
    });
    expect(p.validations[1]).toMatchObject({
      address: `D${I + 3}`,
      prompt: 'Nhập điểm từ 0 đến 10, bước 0,25',
    });
    const noStep = p.validations.find((v) => v.address === `D${rowOf(p, '2.1')}`)!;
    expect(noStep.prompt).toBe('Nhập điểm từ 0 đến 25, tối đa hai chữ số thập phân');
    expect(p.validations.every((v) => v.promptTitle.length <= 32)).toBe(true);
  });

  it('shows status, deadline and revision beside the table, outside the print area', () => {
    const p = plan();
    expect(p.print.area).toBe(`A1:F${p.rows}`);
    const side = p.cells.map((row) => [row[8], row[9]]).filter(([a]) => a !== '');
    expect(side).toContainEqual(['Trạng thái', 'Chưa nộp']);
    expect(side).toContainEqual(['Hạn nộp', '17:00 ngày 30/11/2023']);
    expect(side).toContainEqual(['Phiên bản', 3]);
    expect(p.identity).toEqual({
      campaign: 'BRVT-YT-2023',
      group: 'KHOI-BV',
      unit: 'BV-BR',
      revision: 3,
      mode: 'unit',
      sheet: 'Tự chấm KHOI-BV BRVT-YT-2023',
      template: 'TC-BV',
    });
  });

  it('ends with the sheet’s own recipients bottom left (never the plan’s) and the signature bottom right', () => {
    // The plan's recipients are the department's; they must not appear on a unit's sheet.
    const listed = { ...campaign, recipients: ['Các Sở, ngành thuộc Khối thi đua VII (để biết);'] };
    const member = { code: 'BV-VT', name: 'Bệnh viện Vũng Tàu' };
    const lead = { ...unit };
    const p = plan({ campaign: listed, unit: member, lead });
    const sign = p.layout.classificationRow + 2;
    expect(at(p, `A${sign}`)).toBe('Nơi nhận:');
    expect([at(p, `A${sign + 1}`), at(p, `A${sign + 2}`)]).toEqual([
      "'- Bệnh viện Bà Rịa (đơn vị trưởng khối, để thẩm định);",
      "'- Lưu: VT.",
    ]);
    expect(p.cells.flat().join('\n')).not.toContain('Khối thi đua VII');
    expect(at(p, `C${sign}`)).toBe('THỦ TRƯỞNG ĐƠN VỊ');
    expect(at(p, `C${sign + 1}`)).toBe('(Ký, ghi rõ họ tên, đóng dấu)');
    expect(p.numberFormats[sign]![0]).toBe('@');
    // The lead's own sheet goes to the secretariat.
    const own = plan({ campaign: listed, lead });
    expect(at(own, `A${own.layout.classificationRow + 3}`)).toBe(
      "'- Thường trực Hội đồng Thi đua - Khen thưởng Sở Y tế tỉnh Bà Rịa-Vũng Tàu (b/cáo);",
    );
  });

  it('an appraisal is issued by the lead (or the secretariat for the lead’s own sheet), not the appraised unit', () => {
    const member = { code: 'BV-VT', name: 'Bệnh viện Vũng Tàu', parent: 'Sở Y tế Bà Rịa-Vũng Tàu' };
    const sheet = { revision: 4, status: 'submitted' as const, entries: [] };
    const p = plan({ mode: 'appraisal', unit: member, lead: unit, sheet });
    expect([at(p, 'A1'), at(p, 'A2')]).toEqual(['SỞ Y TẾ BÀ RỊA-VŨNG TÀU', 'BỆNH VIỆN BÀ RỊA']);
    expect(at(p, 'A7')).toBe('Đơn vị được thẩm định: Bệnh viện Vũng Tàu');
    const sign = p.layout.classificationRow + 2;
    expect(at(p, `A${sign + 1}`)).toBe("'- Bệnh viện Vũng Tàu (để biết);");
    expect(at(p, `C${sign}`)).toBe('ĐẠI DIỆN ĐƠN VỊ THẨM ĐỊNH');
    const own = plan({ mode: 'appraisal', lead: unit, sheet });
    expect(at(own, 'A2')).toBe('THƯỜNG TRỰC HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
    expect(at(own, 'A7')).toBe('Đơn vị được thẩm định: Bệnh viện Bà Rịa');
  });

  it('in appraisal mode unlocks the appraised scores and the reasons instead', () => {
    const p = plan({ mode: 'appraisal', sheet: { revision: 4, status: 'submitted', entries: [] } });
    expect(at(p, 'A5')).toBe('BẢNG THẨM ĐỊNH ĐIỂM THI ĐUA NĂM 2023');
    expect(p.unlocked.every((a) => /^[EG]\d+/.test(a))).toBe(true);
    expect(p.validations.every((v) => v.address.startsWith('E'))).toBe(true);
    expect(p.name).toBe('Thẩm định BV-BR BRVT-YT-2023');
  });

  it('keeps every row the same width and scales to 120 criteria', () => {
    const big = {
      ...template,
      sections: [
        {
          code: 'I',
          title: 'Lớn',
          kind: 'standard' as const,
          criteria: Array.from({ length: 120 }, (_, i) => ({
            code: `1.${i + 1}`,
            title: `Tiêu chí ${i + 1}`,
            max: 1,
          })),
        },
      ],
    };
    const p = plan({ template: big });
    expect(p.cells).toHaveLength(p.rows);
    expect(p.cells.every((r) => r.length === p.cols)).toBe(true);
    expect(p.numberFormats.every((r) => r.length === p.cols)).toBe(true);
    expect(p.layout.criteria).toHaveLength(120);
    expect(p.validations).toHaveLength(1);
  });
});
