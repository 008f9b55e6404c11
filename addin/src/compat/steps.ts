/**
 * The self-test's steps: each runs one of the adapter's real operations (../excel/) on the scratch
 * worksheets (./scratch.ts) — the scoring sheet written new and again, with validation, with the print
 * setup, a score typed as text then "Kiểm tra" (read back, fix, mark), protection off and on, the rankings
 * table with conditional formats, with a chart, and one near the request limit. A step whose requirement set
 * the host lacks is skipped; one whose prerequisite failed is not run; a failure is kept with Excel's error
 * and the next steps go on. The scratch worksheets are removed at the end whatever happened (./cleanup.ts).
 */

import { queueProtect } from '../excel/apply-plan';
import { writeTables } from '../excel/tables';
import type { Capabilities, ExcelRun } from '../excel/types';
import { applyFixes, markCells, readSheet, writeSheet } from '../excel/workbook';
import { compatText as T } from '../messages/compat';
import { cell } from '../sheets/a1';
import type { SheetPlan } from '../sheets/types';
import { removeScratch } from './cleanup';
import { errorInfo, type StepResult } from './report';
import { compatSheetPlan, largeRankings, type Scratch, scratchOf, smallRankings } from './scratch';

export type StepId = keyof typeof T.steps;

/** What the score typed as text is, as a person would type it in a Vietnamese locale. */
export const TYPED_TEXT = '1,5';

/** Estimated bytes of the large pull: near the table writer's 4 MB budget, under Excel on the web's 5 MB. */
export const PULL_BYTES = 3.6 * 1024 * 1024;

export interface SelfTestInput {
  run: ExcelRun;
  /** What the host supports (requirements.ts). */
  caps: Capabilities;
  /** Makes the scratch names unique. */
  suffix: string;
  pullBytes?: number;
  now?: () => Date;
  /** Milliseconds, for each step's duration. */
  clock?: () => number;
  /** Hears each step's result as soon as it is known (the pane shows progress). */
  onStep?: (result: StepResult) => void;
}

interface State {
  run: ExcelRun;
  caps: Capabilities;
  scratch: Scratch;
  plan: SheetPlan;
  pullBytes: number;
  worksheetId: string | null;
  /** Every worksheet id the adapter returned: removed at the end. */
  ids: Set<string>;
}

interface Step {
  id: StepId;
  /** The step whose success this one builds on. */
  needs?: StepId;
  /** The requirement sets missing for this step on this host, or null when it can run. */
  missing?: (caps: Capabilities) => string | null;
  /** Runs the step; returns a line of detail for the report. */
  body(s: State): Promise<string | undefined>;
}

const NONE: Capabilities = {
  dataValidation: false,
  pageLayout: false,
  freezePanes: false,
  conditionalFormats: false,
};

async function write(s: State, caps: Capabilities): Promise<undefined> {
  const stored = await writeSheet(s.run, s.plan, caps);
  s.worksheetId = stored.worksheetId;
  s.ids.add(stored.worksheetId);
  return undefined;
}

/** The first criterion's self-score cell. */
function typedCell(plan: SheetPlan): string {
  return cell(plan.layout.criteria[0]!.row, plan.layout.columns.self);
}

async function protectionRoundTrip(s: State): Promise<undefined> {
  await s.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(s.worksheetId!);
    const p = ws.protection;
    p.load('protected');
    await context.sync();
    if (!p.protected) throw new Error(T.why.notProtected);
    p.unprotect();
    p.load('protected');
    await context.sync();
    if (p.protected) throw new Error(T.why.stillProtected);
    queueProtect(ws);
    p.load('protected');
    await context.sync();
    if (!p.protected) throw new Error(T.why.notRelocked);
  });
  return undefined;
}

async function tables(s: State, plan: ReturnType<typeof smallRankings>) {
  const result = await writeTables(s.run, [plan], s.caps);
  for (const t of result.tables) s.ids.add(t.worksheetId);
  return result;
}

export const STEPS: readonly Step[] = [
  { id: 'createSheet', body: (s) => write(s, NONE) },
  { id: 'rewriteSheet', needs: 'createSheet', body: (s) => write(s, NONE) },
  {
    id: 'validation',
    needs: 'createSheet',
    missing: (c) => (c.dataValidation ? null : 'ExcelApi 1.8'),
    body: (s) => write(s, { ...NONE, dataValidation: true }),
  },
  {
    id: 'pageLayout',
    needs: 'createSheet',
    missing: (c) => (c.pageLayout || c.freezePanes ? null : 'ExcelApi 1.9, 1.7'),
    body: (s) => write(s, { ...NONE, pageLayout: s.caps.pageLayout, freezePanes: s.caps.freezePanes }),
  },
  {
    id: 'typeText',
    needs: 'createSheet',
    body: async (s) => {
      // The score cell is unlocked, so typing into it needs no unprotect, as for the user; the apostrophe
      // makes Excel keep "1,5" as text, as it does where the decimal separator is a point.
      await s.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(s.worksheetId!);
        ws.getRange(typedCell(s.plan)).values = [[`'${TYPED_TEXT}`]];
        await context.sync();
      });
      return undefined;
    },
  },
  {
    id: 'check',
    needs: 'typeText',
    body: async (s) => {
      const id = s.worksheetId!;
      const address = typedCell(s.plan);
      const read = await readSheet(s.run, s.plan, id);
      const fix = read.fixes.find((f) => f.address === address);
      if (!fix) throw new Error(T.why.textNotRead(address));
      await applyFixes(s.run, id, read.fixes);
      await markCells(s.run, s.plan, id, { problems: read.problems, notices: read.notices });
      return T.why.textRead(address, String(fix.value));
    },
  },
  { id: 'protection', needs: 'createSheet', body: protectionRoundTrip },
  {
    id: 'conditionalFormats',
    missing: (c) => (c.conditionalFormats ? null : 'ExcelApi 1.6'),
    body: async (s) => {
      await tables(s, smallRankings(s.scratch, { charts: false, conditional: true }));
      return undefined;
    },
  },
  {
    id: 'chart',
    body: async (s) => {
      await tables(s, smallRankings(s.scratch, { charts: true, conditional: false }));
      return undefined;
    },
  },
  {
    id: 'largePull',
    body: async (s) => {
      const plan = largeRankings(s.scratch, s.pullBytes);
      const r = await tables(s, plan);
      return T.why.pulled(plan.rows, (r.bytes / 1024 / 1024).toFixed(2), r.batches, r.syncs);
    },
  },
];

/** Runs every step, then removes the scratch worksheets; the results in order, the cleanup's last. */
export async function runSelfTest(
  input: SelfTestInput,
): Promise<{ steps: StepResult[]; cleanedUp: boolean }> {
  const clock = input.clock ?? (() => Date.now());
  const scratch = scratchOf(input.suffix);
  const state: State = {
    run: input.run,
    caps: input.caps,
    scratch,
    plan: compatSheetPlan(scratch, input.now?.() ?? new Date()),
    pullBytes: input.pullBytes ?? PULL_BYTES,
    worksheetId: null,
    ids: new Set(),
  };
  const results: StepResult[] = [];
  const status = new Map<StepId, StepResult['status']>();
  const record = (r: StepResult) => {
    results.push(r);
    input.onStep?.(r);
  };

  for (const step of STEPS) {
    const name = T.steps[step.id];
    const missing = step.missing?.(input.caps) ?? null;
    if (step.needs && status.get(step.needs) !== 'ok') {
      status.set(step.id, 'notRun');
      record({ id: step.id, name, status: 'notRun', ms: 0, detail: T.why.after(T.steps[step.needs]) });
      continue;
    }
    if (missing) {
      status.set(step.id, 'skipped');
      record({ id: step.id, name, status: 'skipped', ms: 0, detail: T.why.unsupported(missing) });
      continue;
    }
    const started = clock();
    try {
      const detail = await step.body(state);
      status.set(step.id, 'ok');
      record({ id: step.id, name, status: 'ok', ms: clock() - started, ...(detail ? { detail } : {}) });
    } catch (error) {
      status.set(step.id, 'failed');
      record({ id: step.id, name, status: 'failed', ms: clock() - started, error: errorInfo(error) });
    }
  }

  const started = clock();
  let cleanedUp = false;
  try {
    const { left } = await removeScratch(input.run, scratch, state.ids);
    cleanedUp = left.length === 0;
    record({
      id: 'cleanup',
      name: T.steps.cleanup,
      status: cleanedUp ? 'ok' : 'failed',
      ms: clock() - started,
      ...(cleanedUp ? {} : { detail: T.why.left(left.join(', ')) }),
    });
  } catch (error) {
    record({
      id: 'cleanup',
      name: T.steps.cleanup,
      status: 'failed',
      ms: clock() - started,
      error: errorInfo(error),
    });
  }
  return { steps: results, cleanedUp };
}
