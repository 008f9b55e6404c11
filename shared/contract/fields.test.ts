/** The text policy as the contract's field shapes apply it: every schema built on them refuses and cleans alike. */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { zodProblems } from '../plan';
import { NominationsQuery } from './nominations';
import { Plan } from './plan';
import { Registration } from './registrations';
import { AppraisalPutEntry, SheetPut, SheetPutEntry } from './sheets';
import { TokenCreate } from './tokens';

const problems = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : zodProblems(r.error).map((p) => `${p.path} ${p.code} ${p.message}`);
};

const plan = (unitName: string) => ({
  campaign: { code: 'C', year: 2024, title: 'Thi đua' },
  units: [{ code: 'U1', name: unitName }],
});

describe('the text policy in the contract', () => {
  it('refuses a bidi override in a unit name, naming the field in Vietnamese', () => {
    expect(problems(Plan, plan('Bệnh viện \u202Eabc'))).toEqual([
      '/units/0/name bidi_control Tên (đơn vị thứ 1) không được chứa ký tự điều khiển hướng chữ (U+202E): nó làm văn bản hiển thị khác với nội dung thật.',
    ]);
  });

  it('refuses a lone surrogate, a control character and a line break in a one-line field', () => {
    expect(problems(Plan, plan('An\uD800'))).toEqual([
      '/units/0/name lone_surrogate Tên (đơn vị thứ 1) chứa ký tự Unicode không hợp lệ (nửa cặp thay thế U+D800 đứng một mình).',
    ]);
    expect(problems(TokenCreate, { role: 'council', label: 'Hội\u0000đồng' })).toEqual([
      '/label control_character Nhãn không được chứa ký tự điều khiển (U+0000).',
    ]);
    expect(problems(TokenCreate, { role: 'council', label: 'Hội\nđồng' })).toEqual([
      '/label line_break Nhãn chỉ được viết trên một dòng (có ký tự xuống dòng U+000A).',
    ]);
  });

  it('refuses names, labels and codes made only of invisible characters', () => {
    const invisible = 'Nhãn phải có chữ nhìn thấy được (không chỉ gồm khoảng trắng hay ký tự vô hình).';
    for (const label of ['\u200B\u200D', '\u00AD', '\u2060 \uFEFF', '', '\u0301'])
      expect(problems(TokenCreate, { role: 'council', label }), JSON.stringify(label)).toEqual([
        `/label no_visible_text ${invisible}`,
      ]);
    expect(problems(Registration, { individuals: [{ name: '\u200B' }] })).toEqual([
      '/individuals/0/name no_visible_text Tên (cá nhân thứ 1) phải có chữ nhìn thấy được (không chỉ gồm khoảng trắng hay ký tự vô hình).',
    ]);
  });

  it('keeps line feeds and tabs in evidence and reasons, and stores texts cleaned', () => {
    expect(SheetPutEntry.parse({ criterion: ' 1.1\u200B ', evidence: 'QĐ 12\r\n\tBB 3\u00AD ' })).toEqual({
      criterion: '1.1',
      evidence: 'QĐ 12\n\tBB 3',
    });
    expect(problems(AppraisalPutEntry, { criterion: '1.1', appraised: 1, reason: 'x\u202Dy' })).toEqual([
      '/reason bidi_control Lý do không được chứa ký tự điều khiển hướng chữ (U+202D): nó làm văn bản hiển thị khác với nội dung thật.',
    ]);
    expect(TokenCreate.parse({ role: 'council', label: ' Hội\u00AD đồng ' }).label).toBe('Hội đồng');
  });

  it('holds query filters to the same policy', () => {
    expect(problems(NominationsQuery, { award: 'LDTT\u2066' })).toEqual([
      '/award bidi_control Mã danh hiệu/hình thức khen thưởng không được chứa ký tự điều khiển hướng chữ (U+2066): nó làm văn bản hiển thị khác với nội dung thật.',
    ]);
    expect(NominationsQuery.parse({ unit: ' BV\u200B-BR ' })).toEqual({ unit: 'BV-BR' });
  });

  it('limits every list and string of a request', () => {
    const entries = Array.from({ length: 2001 }, () => ({ criterion: '1.1', self: 1 }));
    expect(problems(SheetPut, { revision: 0, entries })[0]).toMatch(/^\/entries too_big /);
    expect(problems(SheetPutEntry, { criterion: '1.1', evidence: 'x'.repeat(2001) })[0]).toMatch(
      /^\/evidence too_big /,
    );
    expect(problems(TokenCreate, { role: 'council', label: 'x'.repeat(201) })[0]).toMatch(
      /^\/label too_big /,
    );
  });
});
