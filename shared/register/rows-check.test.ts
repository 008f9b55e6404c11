import { describe, expect, it } from 'vitest';
import type { RegisterRow } from '../contract/register';
import { checkRows, groupRows, unknownUnitProblems, validateRegisterImport } from './rows-check';

const row = (extra: Record<string, unknown> = {}) => ({
  number: '123/QĐ-UBND',
  date: '2022-03-15',
  issuerLevel: 'province',
  authority: 'Chủ tịch UBND tỉnh',
  award: { title: 'CSTD-TINH', level: 'province' },
  category: 'title',
  awardName: 'Chiến sĩ thi đua cấp tỉnh',
  period: { from: 2021, to: 2021 },
  kind: 'individual',
  unit: 'BV-BR',
  staffId: 'NV01',
  name: 'Nguyễn Văn An',
  ...extra,
});

describe('validateRegisterImport', () => {
  it('accepts rows and groups them by number and date', () => {
    const r = validateRegisterImport({
      rows: [
        row(),
        row({ staffId: 'NV02', name: 'Trần Thị Bình' }),
        row({ number: '9/QĐ-SYT', kind: 'collective', staffId: undefined, name: undefined }),
        row({ unit: 'TTYT-BR' }),
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const decisions = groupRows(r.rows);
    expect(decisions.map((d) => [d.number, d.recipients.length])).toEqual([
      ['123/QĐ-UBND', 3],
      ['9/QĐ-SYT', 1],
    ]);
    expect(decisions[1]!.recipients[0]).toEqual({ kind: 'collective', unit: 'BV-BR' });
  });

  it('names each bad row and lists every problem', () => {
    const r = validateRegisterImport({
      rows: [
        row(),
        row({ staffId: 'NV02', date: '2022-13-01' }),
        row({ staffId: 'NV03', authority: 'Giám đốc Sở' }),
        row({ staffId: 'nv01' }),
        row({ number: 'X', period: { from: 2022, to: 2021 } }),
        row({ number: 'Y', staffId: undefined, name: undefined }),
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([
      ['/rows/1/date', 'invalid_format'],
      ['/rows/2/authority', 'decision_disagrees'],
      ['/rows/3/staffId', 'duplicate_recipient'],
      ['/rows/4/period/from', 'period_reversed'],
      ['/rows/5/name', 'name_required'],
    ]);
    expect(r.problems[0]!.message).toMatch(/^Dòng 3: /);
    expect(r.problems[1]!.message).toMatch(/^Dòng 4: Người\/cơ quan ký khác với Dòng 2/);
    expect(r.problems[2]!.message).toContain('Dòng 5');
  });

  it('refuses an empty or missing list', () => {
    expect(validateRegisterImport({ rows: [] }).ok).toBe(false);
    expect(validateRegisterImport({}).ok).toBe(false);
  });

  it('a collective twice in one decision is refused, in two decisions it is not', () => {
    const c = { kind: 'collective', staffId: undefined, name: undefined };
    const rows = [row(c), row(c), row({ ...c, number: 'Z' })] as RegisterRow[];
    expect(checkRows(rows).map((p) => p.path)).toEqual(['/rows/1/unit']);
  });

  it('names rows whose unit the department does not know', () => {
    const rows = [row(), row({ unit: 'KHONG-CO', staffId: 'NV9' })] as RegisterRow[];
    const p = unknownUnitProblems(rows, new Set(['BV-BR']));
    expect(p).toEqual([
      { path: '/rows/1/unit', code: 'unknown_unit', message: expect.stringMatching(/^Dòng 3: /) },
    ]);
  });
});
