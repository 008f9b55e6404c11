/**
 * One open sheet in the pane: builds it into the workbook, checks it, saves or submits it, and turns every
 * answer of the server into something the pane can show — marked cells, a diff to resubmit on, a deadline.
 * No DOM here: the view renders the outcomes, so the flows are tested with a fake API and a mock workbook.
 */
import type { Problem } from '../../../shared/problems';
import { awardsApi } from '../api/awards';
import { type Api, ApiError, type SheetPath } from '../api/client';
import type { CampaignDocument, SheetView } from '../api/types';
import type { StoredIdentity } from '../excel/identity-store';
import type { Capabilities, ExcelRun } from '../excel/types';
import { applyFixes, markCells, readSheet, writeSheet } from '../excel/workbook';
import { paneText } from '../messages/pane';
import { appraisalBody, resubmitBody, serverChanges } from '../sheets/conflict';
import { buildSheetPlan } from '../sheets/layout';
import { problemsToCells } from '../sheets/problems-to-cells';
import type { ReadBackResult, ReadEntry } from '../sheets/read-back';
import type { SheetMode, SheetPlan } from '../sheets/types';
import { type Outcome, outcomeOf } from './outcome';
import { unsavedCriteria } from './sheet-state';

/** The shared entry check (shared/scoring.ts), run before anything is sent. */
export type LocalCheck = (
  sheet: SheetView,
  entries: readonly ReadEntry[],
  submit: boolean | undefined,
  mode: SheetMode,
) => Problem[];

export interface SessionDeps {
  api: Api;
  run: ExcelRun;
  caps: Capabilities;
  check: LocalCheck;
  now?: () => Date;
}

export class SheetSession {
  plan: SheetPlan | null = null;
  stored: StoredIdentity | null = null;
  /** The server's sheet the worksheet was last written from: the base of a 409 diff. */
  base: SheetView | null = null;
  /** What the user typed, as last read. */
  lastRead: ReadBackResult | null = null;

  constructor(
    private readonly deps: SessionDeps,
    readonly path: SheetPath,
    readonly mode: SheetMode,
    private readonly document: CampaignDocument,
  ) {}

  /** Fetches the sheet and writes it into the workbook (a refresh shows appraised scores and reasons). */
  async open(): Promise<Outcome> {
    return this.guard(async () => {
      const sheet = await this.deps.api.sheet(this.path);
      await this.write(sheet);
      return { kind: 'written', sheet };
    });
  }

  /**
   * The criteria typed in the worksheet but not stored on the server (none before the sheet is built): what
   * "Tạo / làm mới" would overwrite. Reads only, marks nothing.
   */
  async unsaved(): Promise<string[]> {
    if (!this.plan || !this.stored || !this.base) return [];
    const read = await readSheet(this.deps.run, this.plan, this.stored.worksheetId);
    // A cell that does not read as a score ("abc") is typed too, though it has no entry value.
    const unreadable = read.problems.flatMap((p) => (p.criterion ? [p.criterion] : []));
    return [...new Set([...unsavedCriteria(this.base.entries, read.entries, this.mode), ...unreadable])];
  }

  /** "Kiểm tra": reads the cells, fixes text numbers, runs the shared check, marks every bad cell. */
  async check(submit?: boolean): Promise<Outcome> {
    return this.guard(async () => {
      const { read, problems, general } = await this.readAndCheck(submit);
      return { kind: 'checked', problems, notices: read.notices, general };
    });
  }

  /**
   * "Lưu nháp" (submit undefined keeps the status; false withdraws) and "Nộp" (submit true); in appraisal
   * mode "Gửi thẩm định" (PUT …/sheet/appraisal, `submit` unused).
   */
  async save(submit: boolean | undefined): Promise<Outcome> {
    return this.guard(async () => {
      const { read, problems, general } = await this.readAndCheck(submit);
      if (problems.length || general.length)
        return { kind: 'invalid', problems, notices: read.notices, general, sent: false };
      return this.put(read, this.base!.revision, submit);
    });
  }

  /**
   * After a 409: sends what the user typed on top of the server's revision. The worksheet was left as the
   * user had it, so it is read again (anything typed while reading the diff counts too).
   */
  async resubmit(server: SheetView, submit: boolean | undefined): Promise<Outcome> {
    return this.guard(async () => {
      const { read, problems, general } = await this.readAndCheck(submit);
      if (problems.length || general.length)
        return { kind: 'invalid', problems, notices: read.notices, general, sent: false };
      return this.put(read, server.revision, submit);
    });
  }

  private async put(read: ReadBackResult, revision: number, submit: boolean | undefined): Promise<Outcome> {
    try {
      const saved =
        this.mode === 'appraisal'
          ? await awardsApi(this.deps.api).putAppraisal(this.path, appraisalBody(read.entries, revision))
          : await this.deps.api.putSheet(this.path, resubmitBody(read.entries, revision, submit));
      await this.write(saved);
      return { kind: 'saved', sheet: saved, submitted: saved.status === 'submitted', notices: read.notices };
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        const mapped = problemsToCells(this.plan!, error.problem.errors ?? []);
        await markCells(this.deps.run, this.plan!, this.stored!.worksheetId, { problems: mapped.cells });
        const general = mapped.general.length || mapped.cells.length ? mapped.general : [error.message];
        return { kind: 'invalid', problems: mapped.cells, notices: read.notices, general, sent: true };
      }
      if (error instanceof ApiError && error.status === 409) {
        const server = await this.deps.api.sheet(this.path);
        const changes = serverChanges(server.entries, read.entries, this.base?.entries);
        return { kind: 'conflict', changes, server, submit };
      }
      throw error;
    }
  }

  private async write(sheet: SheetView): Promise<void> {
    const { campaign } = this.document;
    const group = this.document.groups.find((g) => g.code === this.path.group);
    const unit = this.document.units.find((u) => u.code === this.path.unit);
    if (!group || !unit) throw new Error(`${this.path.group}/${this.path.unit}`);
    this.plan = buildSheetPlan({
      campaign,
      group,
      unit,
      template: sheet.template,
      sheet,
      mode: this.mode,
      lead: this.document.units.find((u) => u.code === group.lead),
      refreshedAt: (this.deps.now?.() ?? new Date()).toISOString(),
    });
    this.stored = await writeSheet(this.deps.run, this.plan, this.deps.caps);
    this.base = sheet;
    this.lastRead = null;
  }

  private async read(): Promise<ReadBackResult> {
    if (!this.plan || !this.stored) throw new Error(paneText.sheet.notBuilt);
    const read = await readSheet(this.deps.run, this.plan, this.stored.worksheetId);
    if (read.fixes.length) await applyFixes(this.deps.run, this.stored.worksheetId, read.fixes);
    this.lastRead = read;
    return read;
  }

  private async readAndCheck(submit: boolean | undefined) {
    const read = await this.read();
    const local = this.deps.check(this.base!, read.entries, submit, this.mode);
    const mapped = problemsToCells(this.plan!, local);
    const problems = [...read.problems, ...mapped.cells];
    await markCells(this.deps.run, this.plan!, this.stored!.worksheetId, { problems, notices: read.notices });
    return { read, problems, general: mapped.general };
  }

  private async guard(body: () => Promise<Outcome>): Promise<Outcome> {
    try {
      return await body();
    } catch (error) {
      return outcomeOf(error, this.base);
    }
  }
}
