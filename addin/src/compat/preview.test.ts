import { describe, expect, it } from 'vitest';
import { PreviewWorkbook } from '../preview/workbook';
import { runSelfTest, STEPS } from './steps';

describe('the compatibility self-test on the preview workbook', () => {
  it('passes every step where typed text is kept, read back and fixed, and leaves the workbook as it was', async () => {
    const book = new PreviewWorkbook();
    const run = book.run;
    // The user's own worksheet and setting, which the self-test must leave alone.
    await run(async (context) => {
      context.workbook.worksheets.add('Sheet1');
      context.workbook.settings.add('user', 'x');
      await context.sync();
    });
    const { steps, cleanedUp } = await runSelfTest({
      run,
      caps: book.strict.caps,
      suffix: 'PRV001',
      pullBytes: 200_000,
    });
    expect(steps.map((s) => [s.id, s.status])).toEqual(
      [...STEPS.map((s) => s.id), 'cleanup'].map((id) => [id, 'ok']),
    );
    expect(steps.find((s) => s.id === 'check')!.detail).toMatch(/đọc là 1\.5/);
    expect(cleanedUp).toBe(true);
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect([...book.settings.keys()]).toEqual(['user']);
  });
});
