import { describe, expect, it } from 'vitest';
import { excelSheetName } from './sheet-name';

describe('excelSheetName', () => {
  it('keeps a name Excel accepts', () => {
    expect(excelSheetName('Khối bệnh viện')).toBe('Khối bệnh viện');
  });

  it('replaces every character Excel forbids', () => {
    expect(excelSheetName('A:B\\C/D?E*F[G]H')).toBe('A-B-C-D-E-F-G-H');
    expect(excelSheetName('Tab\tand\u0007bell')).toBe('Tab-and-bell');
  });

  it('drops apostrophes at either end, keeps one inside', () => {
    expect(excelSheetName("'Cụm 1'")).toBe('Cụm 1');
    expect(excelSheetName("''Cụm'' ")).toBe('Cụm');
    expect(excelSheetName("Cụm 'Bắc'")).toBe("Cụm 'Bắc");
  });

  it('cuts at 31 characters, never inside a surrogate pair, and trims an apostrophe the cut exposes', () => {
    const long = 'Khối các bệnh viện tuyến tỉnh và khu vực';
    expect(excelSheetName(long)).toBe('Khối các bệnh viện tuyến tỉnh v');
    expect(excelSheetName(`${'a'.repeat(30)}😀😀`)).toBe(`${'a'.repeat(30)}😀`);
    expect(excelSheetName(`${'a'.repeat(30)}'x`)).toBe('a'.repeat(30));
  });

  it('renames the reserved History in any case, and an empty result to the fallback', () => {
    expect(excelSheetName('history')).toBe('history (1)');
    expect(excelSheetName('HISTORY')).toBe('HISTORY (1)');
    expect(excelSheetName("'''", 'KHOI-BV')).toBe('KHOI-BV');
    expect(excelSheetName('   ', "'")).toBe('Sheet');
  });

  it('composes decomposed Vietnamese before counting', () => {
    const nfd = 'Trung tâm Y tế'.normalize('NFD');
    expect(excelSheetName(nfd)).toBe('Trung tâm Y tế');
  });
});
