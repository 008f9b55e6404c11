/** The sheet-write rules on hand-made sheets: every expected problem is written out here, not computed. */
import { describe, expect, it } from 'vitest';
import type { SheetEntry } from '../contract/sheets';
import { tcBv2023 } from '../test-template';
import { type StoredSheet, sheetWriteProblems, statusAfterUnitWrite } from './sheet-write';

// 1.1 (max 20, step 0.5) and 1.2 (max 80) standard; T.1, T.2 bonus; D.1, D.2 deduction.
const template = tcBv2023();

const entry = (
  criterion: string,
  self: number | null,
  appraised: number | null = null,
  reason: string | null = null,
): SheetEntry => ({
  criterion,
  self,
  appraised,
  evidence: null,
  reason,
});
/** A complete sheet: both standard criteria scored, bonus and deduction empty. */
const complete = [
  entry('1.1', 18),
  entry('1.2', 70),
  entry('T.1', null),
  entry('T.2', null),
  entry('D.1', null),
  entry('D.2', null),
];
const sheet = (status: StoredSheet['status'], entries: SheetEntry[] = complete): StoredSheet => ({
  status,
  entries,
});
const brief = (ps: { criterion?: string; code: string; path: string }[]) =>
  ps.map((p) => `${p.criterion ?? '-'} ${p.code} ${p.path}`);

describe('statusAfterUnitWrite', () => {
  it('submits on true, withdraws on false, keeps a draft and resubmits a submitted or appraised sheet', () => {
    expect(statusAfterUnitWrite('draft', true)).toBe('submitted');
    expect(statusAfterUnitWrite('draft', undefined)).toBe('draft');
    expect(statusAfterUnitWrite('submitted', undefined)).toBe('submitted');
    expect(statusAfterUnitWrite('appraised', undefined)).toBe('submitted');
    expect(statusAfterUnitWrite('appraised', false)).toBe('draft');
  });
});

describe('a unit’s write', () => {
  it('names each wrong score and malformed field on its criterion, at its path', () => {
    const problems = sheetWriteProblems(template, sheet('draft', []), {
      mode: 'unit',
      entries: [
        { criterion: '1.1', self: 20.5 },
        { criterion: '1.1', self: 0.3 },
        { criterion: ' 1.2 ', self: -1 },
        { criterion: 'T.1', self: 'hai' },
        { criterion: '9.9', self: 1 },
        { criterion: 'D.1', self: 1, evidence: 42 },
        { self: 1 },
        'x',
      ],
    });
    expect(brief(problems).sort()).toEqual(
      [
        '1.1 above_max /entries/0/self',
        '1.1 duplicate_criterion /entries/1/criterion',
        '1.1 off_step /entries/1/self',
        '1.2 below_zero /entries/2/self',
        'T.1 not_a_number /entries/3/self',
        '9.9 unknown_criterion /entries/4/criterion',
        'D.1 invalid_type /entries/5/evidence',
        '- invalid_type /entries/6/criterion',
        '- invalid_type /entries/7',
      ].sort(),
    );
    expect(problems.find((p) => p.path === '/entries/0/self' && p.code === 'above_max')!.message).toBe(
      'Tiêu chí 1.1 (Hoàn thành chỉ tiêu khám chữa bệnh): điểm 20,5 vượt điểm chuẩn 20.',
    );
  });

  it('needs every standard criterion on submit, and on a sheet that stays submitted — appraised ones too', () => {
    const partial = [entry('1.1', 18), entry('1.2', null)];
    const missing = ['1.2 missing_score /entries'];
    expect(
      brief(
        sheetWriteProblems(template, sheet('draft', partial), { mode: 'unit', entries: [], submit: true }),
      ),
    ).toEqual(missing);
    expect(
      brief(sheetWriteProblems(template, sheet('draft', partial), { mode: 'unit', entries: [] })),
    ).toEqual([]);
    const clear = { mode: 'unit', entries: [{ criterion: '1.1', self: null }] } as const;
    expect(brief(sheetWriteProblems(template, sheet('submitted'), clear))).toEqual([
      '1.1 missing_score /entries',
    ]);
    // The reported fault: a reopened, appraised sheet becomes submitted again, so it must stay complete.
    expect(brief(sheetWriteProblems(template, sheet('appraised'), clear))).toEqual([
      '1.1 missing_score /entries',
    ]);
    expect(sheetWriteProblems(template, sheet('appraised'), { ...clear, submit: false })).toEqual([]);
    // A wrong score is still a typed one: it is reported as wrong, not as missing.
    const wrong = { mode: 'unit', entries: [{ criterion: '1.2', self: 'tám' }], submit: true } as const;
    expect(brief(sheetWriteProblems(template, sheet('draft', partial), wrong))).toEqual([
      '1.2 not_a_number /entries/0/self',
    ]);
  });

  it('ignores appraisal fields a unit sends (the schema strips them)', () => {
    const edit = {
      mode: 'unit',
      entries: [{ criterion: '1.1', self: 18, appraised: 3, reason: null }],
    } as const;
    expect(sheetWriteProblems(template, sheet('submitted'), edit)).toEqual([]);
  });
});

describe('an appraisal', () => {
  it('is refused on a draft', () => {
    const problems = sheetWriteProblems(template, sheet('draft'), { mode: 'appraisal', entries: [] });
    expect(problems).toEqual([
      {
        path: '',
        code: 'not_submitted',
        message: 'Chỉ thẩm định được bảng điểm đã nộp; bảng điểm này còn là bản nháp (chưa nộp).',
      },
    ]);
  });

  it('needs a reason with visible text where it differs from the self score', () => {
    const reasons = ['', '   ', '\u200b\u00a0\t', '\u2060\ufeff', '\u3164', '\u0301', null];
    for (const reason of reasons) {
      const problems = sheetWriteProblems(template, sheet('submitted'), {
        mode: 'appraisal',
        entries: [
          { criterion: '1.2', appraised: 70, reason },
          { criterion: '1.1', appraised: 15, reason },
        ],
      });
      expect(brief(problems), JSON.stringify(reason)).toEqual(['1.1 reason_required /entries/1/reason']);
      expect(problems[0]!.message).toContain('Tiêu chí 1.1 (Hoàn thành chỉ tiêu khám chữa bệnh)');
    }
    // Control characters are no reason either, and are refused as such (the text policy, decision 0025).
    const controls = sheetWriteProblems(template, sheet('submitted'), {
      mode: 'appraisal',
      entries: [{ criterion: '1.1', appraised: 15, reason: '\u0007\u001f' }],
    });
    expect(brief(controls)).toEqual([
      '1.1 control_character /entries/0/reason',
      '1.1 reason_required /entries/0/reason',
    ]);
    expect(controls[0]!.message).toBe(
      'Lý do (dòng chấm điểm thứ 1) không được chứa ký tự điều khiển (U+0007).',
    );
    for (const reason of ['Thiếu hồ sơ', ' x ', 'Lý do', '\u200b.']) {
      const edit = { mode: 'appraisal', entries: [{ criterion: '1.1', appraised: 15, reason }] } as const;
      expect(sheetWriteProblems(template, sheet('submitted'), edit), reason).toEqual([]);
    }
  });

  it('reads the sheet as it would be: a stored appraisal without a reason, an appraisal without a self score', () => {
    const stored = [entry('1.1', 18, 16, '  '), entry('1.2', 70), entry('T.1', null)];
    const problems = sheetWriteProblems(template, sheet('appraised', stored), {
      mode: 'appraisal',
      entries: [{ criterion: 'T.1', appraised: 1 }],
    });
    expect(brief(problems)).toEqual([
      '1.1 reason_required /entries',
      'T.1 reason_required /entries/0/reason',
    ]);
    // Removing the appraisal removes the need; a reason sent now covers the stored appraisal.
    const fixed = sheetWriteProblems(template, sheet('appraised', stored), {
      mode: 'appraisal',
      entries: [
        { criterion: '1.1', appraised: 16, reason: 'Thiếu minh chứng' },
        { criterion: 'T.1', appraised: null },
      ],
    });
    expect(fixed).toEqual([]);
  });

  it('checks appraised scores like self scores, and the appraised field is required', () => {
    const problems = sheetWriteProblems(template, sheet('submitted'), {
      mode: 'appraisal',
      entries: [
        { criterion: '1.1', appraised: 25, reason: 'x' },
        { criterion: '1.2', reason: 'x' },
      ],
    });
    expect(brief(problems)).toEqual([
      '1.2 invalid_type /entries/1/appraised',
      '1.1 above_max /entries/0/appraised',
    ]);
  });
});
