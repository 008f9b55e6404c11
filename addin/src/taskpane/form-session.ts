/**
 * The flows of a form table (the staff list, the register import, the registration), no DOM: "Mở / tải lại"
 * writes the server's records into the sheet — after asking, when the sheet holds edits not sent (the digest
 * of what was written or last sent, kept with the sheet's identity); "Kiểm tra" reads the sheet once and
 * runs the form's shared check, marking each bad cell red with its message in "Kết quả kiểm tra"; "Gửi"
 * checks the same way, sends, and on a 422 marks the cells the server named (nothing was stored).
 */
import type { Problem } from '../../../shared/problems';
import type { Api } from '../api/client';
import { ApiError } from '../api/client';
import { findForm, markForm, readForm, type StoredForm, writeForm } from '../excel/form-table';
import type { Capabilities, ExcelRun } from '../excel/types';
import { fieldCol } from '../sheets/form-table/layout';
import { readFormRows } from '../sheets/form-table/read';
import type { FormTableIdentity, FormTablePlan } from '../sheets/form-table/types';
import { digest, unprefixed } from '../sheets/form-table/values';
import type { CellMessage } from '../sheets/read-back';
import { type Failure, outcomeOf } from './outcome';

export interface FormDeps {
  api: Api;
  run: ExcelRun;
  caps: Capabilities;
}

/** What a form's check found: the payload to send when nothing is wrong, and the cells to fix. */
export interface FormCheck<P> {
  payload: P | null;
  /** Records (people, rows) the sheet holds. */
  count: number;
  problems: CellMessage[];
  general: string[];
}

/** What a form is: its identity, its plan with the server's records, its check, its send. */
export interface FormSpec<P, C extends FormCheck<P> = FormCheck<P>> {
  identity: FormTableIdentity;
  /** The plan without records (to read a sheet written before the pane was reloaded). */
  emptyPlan(): FormTablePlan;
  /** Reads what `emptyPlan` needs (a registration's choice of people) before a sheet found is read. */
  prepare?(): Promise<void>;
  /** Reads the server's records: the plan holding them, how many, and when they were stored. */
  load(): Promise<{ plan: FormTablePlan; count: number; at: string | null }>;
  check(plan: FormTablePlan, values: readonly (readonly unknown[])[]): C;
  /** Sends the payload; returns how many records were stored. */
  send(payload: P): Promise<number>;
  /** A 422's problems placed on cells, given the check of what was sent. */
  place(
    plan: FormTablePlan,
    check: C,
    problems: readonly Problem[],
  ): { cells: CellMessage[]; general: string[] };
  /** After a send, the sheet is written again from the server (true) or kept as typed (false). */
  reloadAfterSend: boolean;
}

export type FormOutcome =
  | { kind: 'opened'; count: number; at: string | null }
  /** The sheet holds edits not sent: ask, then `open(true)`. */
  | { kind: 'unsaved' }
  | { kind: 'checked'; count: number }
  | { kind: 'invalid'; problems: CellMessage[]; general: string[]; sent: boolean }
  | { kind: 'sent'; count: number }
  | { kind: 'no-sheet' }
  | Failure;

/** The digest of what a sheet's table holds, as read (the same read for a plan's own cells). */
export function formDigest(plan: FormTablePlan, values: readonly (readonly unknown[])[]): string {
  return digest(JSON.stringify(readFormRows(plan, values)));
}

/** The table's cells of a plan, as a read of the sheet just written returns them. */
export function planValues(plan: FormTablePlan): unknown[][] {
  const { firstRow, lastRow } = plan.layout;
  const last = fieldCol(plan.fields.length - 1);
  return plan.cells.slice(firstRow - 1, lastRow).map((line) => line.slice(0, last + 1).map(unprefixed));
}

export class FormSession<P, C extends FormCheck<P> = FormCheck<P>> {
  plan: FormTablePlan | null = null;
  stored: StoredForm | null = null;

  constructor(
    private readonly deps: FormDeps,
    readonly spec: FormSpec<P, C>,
  ) {}

  private async current(): Promise<{ plan: FormTablePlan; stored: StoredForm } | null> {
    if (this.plan && this.stored) return { plan: this.plan, stored: this.stored };
    const stored = await findForm(this.deps.run, this.spec.identity);
    if (!stored) return null;
    await this.spec.prepare?.();
    const base = this.spec.emptyPlan();
    this.plan = { ...base, layout: { ...base.layout, firstRow: stored.firstRow, lastRow: stored.lastRow } };
    this.stored = stored;
    return { plan: this.plan, stored };
  }

  /** "Mở / tải lại": `force` after the person agreed to lose the edits not sent. */
  open(force = false): Promise<FormOutcome> {
    return guard(async () => {
      const cur = await this.current();
      if (cur && !force) {
        const values = await readForm(this.deps.run, cur.plan, cur.stored.worksheetId);
        if (formDigest(cur.plan, values) !== cur.stored.digest) return { kind: 'unsaved' };
      }
      return this.write();
    });
  }

  private async write(): Promise<FormOutcome> {
    const { plan, count, at } = await this.spec.load();
    this.stored = await writeForm(this.deps.run, plan, this.deps.caps, formDigest(plan, planValues(plan)));
    this.plan = plan;
    return { kind: 'opened', count, at };
  }

  /** "Kiểm tra": one read, the check, the marks. */
  check(): Promise<FormOutcome> {
    return guard(async () => {
      const read = await this.read();
      if (!read) return { kind: 'no-sheet' };
      const { plan, stored, check } = read;
      await markForm(this.deps.run, plan, stored, check.problems);
      if (check.problems.length || check.general.length || !check.payload)
        return { kind: 'invalid', problems: check.problems, general: check.general, sent: false };
      return { kind: 'checked', count: check.count };
    });
  }

  /** "Gửi": the check, then the send; a 422 marks the cells it names. */
  send(): Promise<FormOutcome> {
    return guard(async () => {
      const read = await this.read();
      if (!read) return { kind: 'no-sheet' };
      const { plan, stored, check, values } = read;
      if (check.problems.length || check.general.length || !check.payload) {
        await markForm(this.deps.run, plan, stored, check.problems);
        return { kind: 'invalid', problems: check.problems, general: check.general, sent: false };
      }
      let count: number;
      try {
        count = await this.spec.send(check.payload);
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 422) throw error;
        const placed = this.spec.place(plan, check, error.problem.errors ?? []);
        const general = placed.general.length || placed.cells.length ? placed.general : [error.message];
        await markForm(this.deps.run, plan, stored, placed.cells);
        return { kind: 'invalid', problems: placed.cells, general, sent: true };
      }
      if (this.spec.reloadAfterSend) await this.write();
      else {
        const sent = formDigest(plan, values);
        await markForm(this.deps.run, plan, stored, [], sent);
        this.stored = { ...stored, digest: sent };
      }
      return { kind: 'sent', count };
    });
  }

  private async read() {
    const cur = await this.current();
    if (!cur) return null;
    const values = await readForm(this.deps.run, cur.plan, cur.stored.worksheetId);
    return { ...cur, values, check: this.spec.check(cur.plan, values) };
  }
}

async function guard(body: () => Promise<FormOutcome>): Promise<FormOutcome> {
  try {
    return await body();
  } catch (error) {
    return outcomeOf(error);
  }
}
