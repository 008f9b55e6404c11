import { describe, expect, it } from 'vitest';
import type { SheetEntryView, SheetView } from '../api/types';
import { problemCount, savedText, unitButtons, unsavedCriteria } from './sheet-state';

const entry = (criterion: string, self: number | null, evidence: string | null = null): SheetEntryView =>
  ({ criterion, self, evidence, appraised: null, reason: null }) as SheetEntryView;
const sheet = (status: SheetView['status'], revision: number) => ({ status, revision }) as SheetView;

describe('what a rebuild would overwrite', () => {
  const stored = [entry('1.1', 18.5), entry('1.2', null), entry('2.1', 60, 'BC 12')];

  it('lists only the criteria typed differently from the stored entries', () => {
    const read = [
      { criterion: '1.1', self: 18.5, evidence: null },
      { criterion: '1.2', self: 9, evidence: null },
      { criterion: '2.1', self: 60, evidence: 'BC 13' },
    ];
    expect(unsavedCriteria(stored, read, 'unit')).toEqual(['1.2', '2.1']);
  });

  it('finds nothing when the sheet is as stored (an empty cell equals a stored null)', () => {
    const read = [
      { criterion: '1.1', self: 18.5, evidence: '' },
      { criterion: '1.2', self: null },
      { criterion: '2.1', self: 60, evidence: 'BC 12' },
    ];
    expect(unsavedCriteria(stored, read, 'unit')).toEqual([]);
  });

  it('in appraisal mode compares the appraised score and reason, not the self score', () => {
    const read = [
      { criterion: '1.1', appraised: 17, reason: 'BC' },
      { criterion: '1.2', appraised: null, reason: null },
    ];
    expect(unsavedCriteria(stored, read, 'appraisal')).toEqual(['1.1']);
  });
});

describe('the unit’s buttons and words for the stored status', () => {
  it('a draft can be saved as a draft; a submitted sheet cannot (Lưu nháp would keep it submitted)', () => {
    expect(unitButtons('draft')).toMatchObject({ draft: true, draftNote: null, resubmit: false });
    for (const s of ['submitted', 'appraised'] as const) {
      const b = unitButtons(s);
      expect(b.draft).toBe(false);
      expect(b.resubmit).toBe(true);
      expect(b.draftNote).toContain('Nộp lại');
    }
  });

  it('says "Đã nộp" only when the stored status is submitted', () => {
    expect(savedText('draft', sheet('draft', 2))).toBe('Đã lưu nháp (phiên bản 2). Bảng điểm chưa nộp.');
    expect(savedText('draft', sheet('submitted', 3))).toBe('Đã nộp bảng điểm (phiên bản 3).');
    expect(savedText('submitted', sheet('submitted', 4))).toContain('Đã nộp lại');
    expect(savedText('submitted', sheet('draft', 5))).not.toContain('nộp bảng');
  });

  it('counts marked cells once per cell, however many messages a cell has', () => {
    const p = (address: string) => ({ address, code: 'not_number', message: 'x' });
    expect(problemCount([p('D10'), p('D10'), p('D11'), p('D12')], [])).toBe('3 ô cần sửa (đã tô đỏ)');
    expect(problemCount([p('D10')], ['Tổng vượt'])).toBe('1 ô cần sửa (đã tô đỏ) và 1 lỗi chung');
  });
});
