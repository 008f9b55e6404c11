import { describe, expect, it } from 'vitest';
import { createCompatMock, officeError } from '../../test/compat-mock';
import { compatText as T } from '../messages/compat';
import { cell } from '../sheets/a1';
import { readRange } from '../sheets/read-back';
import { reportText } from './report';
import { compatSheetPlan, scratchOf } from './scratch';
import { runSelfTest, STEPS, TYPED_TEXT } from './steps';

const SUFFIX = 'T3ST01';
const scratch = scratchOf(SUFFIX);
const now = () => new Date('2024-03-01T08:00:00+07:00');
const plan = compatSheetPlan(scratch, now());
const typed = cell(plan.layout.criteria[0]!.row, plan.layout.columns.self);

/** What Excel returns when the scoring sheet is read back after "1,5" was typed: the plan's cells, the text. */
function readAfterTyping(_sheet: string, address: string): unknown[][] | undefined {
  if (address !== readRange(plan)) return undefined;
  const width = (plan.layout.columns.reason ?? plan.layout.columns.evidence) + 1;
  const grid = plan.cells.slice(0, plan.layout.lastRow).map((r) => r.slice(0, width).map((v) => v));
  grid[plan.layout.criteria[0]!.row - 1]![plan.layout.columns.self] = TYPED_TEXT;
  return grid;
}

const ids = [...STEPS.map((s) => s.id), 'cleanup'];
// The panel and the e2e test list steps by the messages' keys: they must be the runner's order.
it('names every step in the order it runs, the cleanup last', () => {
  expect(Object.keys(T.steps)).toEqual(ids);
});

/** The user's own worksheet and setting, which the self-test must leave alone. */
const USER = { sheets: [{ id: 'user', name: 'Sheet1' }], settings: { user: 'x' } };
const added = (log: string[]) => log.filter((l) => l.startsWith('add:')).map((l) => l.slice(4));

describe('the compatibility self-test on the mock workbook', () => {
  it('runs every step through the adapter, types a text score that Kiểm tra fixes, and removes its sheets', async () => {
    const mock = createCompatMock({ ...USER, read: readAfterTyping });
    let beforeCleanup: string[] = [];
    const { steps, cleanedUp } = await runSelfTest({
      run: mock.run,
      caps: mock.caps,
      suffix: SUFFIX,
      now,
      pullBytes: 300_000,
      onStep: (r) => {
        if (r.id === 'largePull') beforeCleanup = mock.names;
      },
    });
    expect(steps.map((s) => [s.id, s.status])).toEqual(ids.map((id) => [id, 'ok']));
    expect(steps.find((s) => s.id === 'check')!.detail).toBe(T.why.textRead(typed, '1.5'));
    expect(steps.find((s) => s.id === 'largePull')!.detail).toMatch(/^\d+ dòng, khoảng 0\.\d\d MB, 1 lô/);
    expect(cleanedUp).toBe(true);
    // The scoring sheet was written new, then rewritten three times, each into a new worksheet swapped in
    // under its name; the table written new, then twice more the same way: two scratch worksheets before the
    // cleanup, none after it.
    const names = added(mock.log);
    expect(names[0]).toBe(scratch.sheetName);
    expect(names.slice(1, 4)).toEqual(Array(3).fill(`~${scratch.sheetName}`));
    expect(names.slice(4)).toEqual([scratch.tableName, ...Array(2).fill(`~${scratch.tableName}`)]);
    expect(beforeCleanup).toEqual(['Sheet1', scratch.sheetName, scratch.tableName]);
    expect(mock.names).toEqual(['Sheet1']);
    for (const key of scratch.settingKeys) expect(mock.settings.has(key)).toBe(false);
    expect([...mock.settings.keys()]).toEqual(['user']);
  });

  it("reports a failing step with Excel's code and debugInfo, goes on, and still removes the scratch sheets", async () => {
    const mock = createCompatMock({
      ...USER,
      read: readAfterTyping,
      breakSheet: (ws) => {
        ws.charts.add = () => {
          throw officeError('InvalidArgument', 'The argument is invalid or missing.', 'ChartCollection.add');
        };
      },
    });
    const { steps, cleanedUp } = await runSelfTest({
      run: mock.run,
      caps: mock.caps,
      suffix: SUFFIX,
      now,
      pullBytes: 100_000,
    });
    const chart = steps.find((s) => s.id === 'chart')!;
    expect(chart.status).toBe('failed');
    expect(chart.error).toMatchObject({
      code: 'InvalidArgument',
      message: 'The argument is invalid or missing.',
      debugInfo: { code: 'InvalidArgument', errorLocation: 'ChartCollection.add' },
    });
    expect(steps.filter((s) => s.status !== 'ok').map((s) => s.id)).toEqual(['chart']);
    expect(cleanedUp).toBe(true);
    expect(mock.names).toEqual(['Sheet1']);

    const text = reportText({ at: 'now', host: { kind: 'excel' }, requirements: [], steps, cleanedUp });
    expect(text).toContain(`[LỖI] ${T.steps.chart}`);
    expect(text).toContain('Mã lỗi Excel: InvalidArgument');
    expect(text).toContain('"errorLocation":"ChartCollection.add"');
    expect(text).toContain(T.report.cleaned);
  });

  it('removes by name a sheet whose write failed half-way; dependants are not run, tables still are', async () => {
    // The scoring sheet is written whole and recorded, then its last operation fails: the write returns no
    // worksheet id, so only its name finds it.
    const mock = createCompatMock({
      ...USER,
      breakSheet: (ws) => {
        if (ws._properties.get('name')._valueBeforeLoaded !== scratch.sheetName) return;
        ws.activate = () => {
          throw officeError(
            'AccessDenied',
            'You cannot perform the requested operation.',
            'Worksheet.activate',
          );
        };
      },
    });
    let beforeCleanup: string[] = [];
    const caps = { ...mock.caps, dataValidation: false };
    const { steps, cleanedUp } = await runSelfTest({
      run: mock.run,
      caps,
      suffix: SUFFIX,
      now,
      pullBytes: 100_000,
      onStep: (r) => {
        if (r.id === 'largePull') beforeCleanup = mock.names;
      },
    });
    const by = Object.fromEntries(steps.map((s) => [s.id, s]));
    expect(by.createSheet!.status).toBe('failed');
    expect(by.createSheet!.error).toMatchObject({
      operation: 'Ghi bảng điểm',
      code: 'AccessDenied',
      debugInfo: { errorLocation: 'Worksheet.activate' },
    });
    for (const id of ['rewriteSheet', 'validation', 'pageLayout', 'typeText', 'protection', 'check'])
      expect(by[id]!.status, id).toBe('notRun');
    expect(by.check!.detail).toBe(T.why.after(T.steps.typeText));
    for (const id of ['conditionalFormats', 'chart', 'largePull', 'cleanup'])
      expect(by[id]!.status, id).toBe('ok');
    expect(beforeCleanup).toEqual(['Sheet1', scratch.sheetName, scratch.tableName]);
    expect(cleanedUp).toBe(true);
    expect(mock.names).toEqual(['Sheet1']);
    expect([...mock.settings.keys()]).toEqual(['user']);
  });

  it('skips a step whose requirement set the host lacks, saying which', async () => {
    const mock = createCompatMock({ read: readAfterTyping });
    const caps = { dataValidation: false, pageLayout: false, freezePanes: false, conditionalFormats: false };
    const { steps } = await runSelfTest({ run: mock.run, caps, suffix: SUFFIX, now, pullBytes: 100_000 });
    const skipped = steps.filter((s) => s.status === 'skipped');
    expect(skipped.map((s) => [s.id, s.detail])).toEqual([
      ['validation', T.why.unsupported('ExcelApi 1.8')],
      ['pageLayout', T.why.unsupported('ExcelApi 1.9, 1.7')],
      ['conditionalFormats', T.why.unsupported('ExcelApi 1.6')],
    ]);
  });
});
