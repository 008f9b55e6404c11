/**
 * The nominations sheet's flows, no DOM (tested with a fake API and the preview workbook): "Tạo / làm mới
 * bảng đề nghị" writes the unit's (or, for the secretariat, every) nomination into a worksheet, keeping rows
 * typed but never sent; "Gửi đề nghị" reads the rows once, sends them (./nominations-send.ts), then writes
 * every row's id, status and reasons back at once; "Làm mới trạng thái" refreshes the statuses from GET, so a
 * unit sees at once which of its people are over quota and why.
 */
import { awardsApi, type NominationStatus, type NominationView } from '../api/awards';
import type { Api } from '../api/client';
import type { CampaignDocument, Me } from '../api/types';
import {
  findNominations,
  readNominations,
  type StoredNominations,
  writeBackNominations,
  writeNominations,
} from '../excel/nominations';
import type { Capabilities, ExcelRun } from '../excel/types';
import { nominationSheetText as T } from '../messages/nominations';
import { cell } from '../sheets/a1';
import { type Fill, NC, statusFills } from '../sheets/nominations/columns';
import { buildNominationsPlan } from '../sheets/nominations/layout';
import { readNominationRows } from '../sheets/nominations/read-back';
import type { NominationsPlan, RowState } from '../sheets/nominations/types';
import { reasonsText, statusLabel } from '../sheets/nominations/values';
import { defaultCells, fillDefaults, writeBackColumns } from '../sheets/nominations/write-back';
import type { CellMessage } from '../sheets/read-back';
import { sendActions } from './nominations-send';
import { type Failure, outcomeOf } from './outcome';

export interface NominationsDeps {
  api: Api;
  run: ExcelRun;
  caps: Capabilities;
}

/** One row's standing after an answer, for the pane's list. */
export interface RowReport {
  row: number;
  address: string;
  name: string;
  status: NominationStatus;
  reasons: string[];
}

export type NominationsOutcome =
  | { kind: 'built'; count: number; rows: RowReport[] }
  | {
      kind: 'sent';
      created: number;
      changed: number;
      withdrawn: number;
      rows: RowReport[];
      problems: CellMessage[];
      general: string[];
    }
  | { kind: 'refreshed'; rows: RowReport[]; missing: number }
  | { kind: 'invalid'; problems: CellMessage[]; general: string[] }
  | { kind: 'no-sheet' }
  | Failure;

/** The nominations sheet as read: its plan, where it is, its rows as typed and each row's state. */
export interface SheetRows {
  plan: NominationsPlan;
  stored: StoredNominations;
  read: ReturnType<typeof readNominationRows>;
  state: Map<number, RowState>;
}

export class NominationsSession {
  plan: NominationsPlan | null = null;
  stored: StoredNominations | null = null;
  private readonly awards: ReturnType<typeof awardsApi>;
  readonly owner: string;

  constructor(
    private readonly deps: NominationsDeps,
    readonly campaign: string,
    private readonly me: Me,
    private readonly document: CampaignDocument,
  ) {
    this.awards = awardsApi(deps.api);
    this.owner = me.unit ?? me.role;
  }

  private planFor(items: readonly NominationView[], pending?: readonly (readonly unknown[])[]) {
    return buildNominationsPlan({
      plan: this.document,
      unit: this.me.unit,
      owner: this.me.unit ?? this.me.label,
      items,
      ...(pending ? { pending } : {}),
    });
  }

  /** The plan to read the worksheet with: the one written, or (after a reload of the pane) its stored rows. */
  private async current(): Promise<{ plan: NominationsPlan; stored: StoredNominations } | null> {
    if (this.plan && this.stored) return { plan: this.plan, stored: this.stored };
    const stored = await findNominations(this.deps.run, this.campaign, this.owner);
    if (!stored) return null;
    const base = this.planFor([]);
    const plan = { ...base, layout: { ...base.layout, firstRow: stored.firstRow, lastRow: stored.lastRow } };
    this.plan = plan;
    this.stored = stored;
    return { plan, stored };
  }

  /** Writes the sheet from the server's nominations, keeping the rows typed but never sent. */
  async build(): Promise<NominationsOutcome> {
    return this.guard(async () => {
      const [list, cur] = await Promise.all([this.awards.listNominations(this.campaign), this.current()]);
      let pending: unknown[][] = [];
      if (cur) {
        const values = await readNominations(this.deps.run, cur.plan, cur.stored.worksheetId);
        pending = values
          .filter((line) => !String(line[NC.id] ?? '').trim())
          .map((line) => line.slice(NC.award, NC.summary + 1))
          .filter((inputs) => inputs.some((v) => v !== '' && v !== null && v !== undefined));
      }
      this.plan = this.planFor(list.items, pending);
      this.stored = await writeNominations(this.deps.run, this.plan, this.deps.caps);
      const plan = this.plan;
      const rows = list.items.map((n, i) => report(plan.layout.firstRow + i, n));
      return { kind: 'built', count: list.items.length, rows };
    });
  }

  /** "Gửi đề nghị": one read, the calls, one write-back of every row's id, status and reasons. */
  async send(): Promise<NominationsOutcome> {
    return this.guard(async () => {
      const sheet = await this.readRows();
      if (!sheet) return { kind: 'no-sheet' };
      const { read } = sheet;
      if (read.problems.length) {
        await this.writeBack(sheet, [], read.problems);
        return { kind: 'invalid', problems: read.problems, general: [] };
      }

      const { created, changed, withdrawn, problems, general } = await sendActions(
        this.awards,
        this.campaign,
        sheet,
      );

      // Every status may have moved (a new filing pushes a later one over quota): read them all again.
      const { rows, fills } = await this.statuses(sheet, general);
      await this.writeBack(sheet, fills, problems);
      if (problems.length || general.length) return { kind: 'invalid', problems, general };
      return { kind: 'sent', created, changed, withdrawn, rows, problems, general };
    });
  }

  /** "Làm mới trạng thái": one read, GET, one write-back. */
  async refresh(): Promise<NominationsOutcome> {
    return this.guard(async () => {
      const sheet = await this.readRows();
      if (!sheet) return { kind: 'no-sheet' };
      const { state } = sheet;
      const general: string[] = [];
      const { rows, fills, items } = await this.statuses(sheet, general);
      if (general.length) return { kind: 'invalid', problems: [], general };
      await this.writeBack(sheet, fills, []);
      const inSheet = new Set([...state.values()].map((s) => s.id).filter(Boolean));
      return { kind: 'refreshed', rows, missing: items.filter((n) => !inSheet.has(n.id)).length };
    });
  }

  /** The sheet's rows as typed (one read), each with a state the answers update; null without a sheet. */
  private async readRows(): Promise<SheetRows | null> {
    const cur = await this.current();
    if (!cur) return null;
    const values = await readNominations(this.deps.run, cur.plan, cur.stored.worksheetId);
    const read = readNominationRows(cur.plan, values);
    return { ...cur, read, state: new Map(read.rows.map((r) => [r.row, { ...r }])) };
  }

  /**
   * Writes every row's id, status and reasons back beside it, the empty kind and unit cells the server filled,
   * the fills and the cells refused (one write).
   */
  private writeBack(
    sheet: SheetRows,
    fills: readonly Fill[],
    problems: readonly CellMessage[],
  ): Promise<void> {
    return writeBackNominations(this.deps.run, sheet.plan, sheet.stored.worksheetId, {
      columns: writeBackColumns(sheet.plan, [...sheet.state.values()]),
      filled: defaultCells([...sheet.state.values()]),
      fills,
      problems,
    });
  }

  /**
   * Sets every row's status and reasons from GET, and its empty kind and unit cells from what the server
   * stored; a row whose nomination is gone loses its id.
   */
  private async statuses({ plan, state }: SheetRows, general: string[]) {
    let items: NominationView[] = [];
    try {
      items = (await this.awards.listNominations(this.campaign)).items;
    } catch (error) {
      // The ids just filed are still written back; the statuses wait for "Làm mới trạng thái".
      general.push(error instanceof Error ? error.message : String(error));
      return { rows: [], fills: [] as Fill[], items };
    }
    const byId = new Map(items.map((n) => [n.id, n]));
    const rows: RowReport[] = [];
    const fills: Fill[] = [];
    for (const s of state.values()) {
      if (!s.id) continue;
      const n = byId.get(s.id);
      if (!n) {
        Object.assign(s, { id: null, sent: null, status: T.notOnServer, reasons: '' });
        continue;
      }
      s.status = statusLabel(n.status);
      s.reasons = reasonsText(n.reasons);
      fillDefaults(plan, s, n);
      rows.push(report(s.row, n));
      fills.push(...statusFills(s.row, n.status));
    }
    return { rows, fills, items };
  }

  private async guard(body: () => Promise<NominationsOutcome>): Promise<NominationsOutcome> {
    try {
      return await body();
    } catch (error) {
      return outcomeOf(error);
    }
  }
}

function report(row: number, n: NominationView): RowReport {
  return {
    row,
    address: cell(row, NC.status),
    name: n.nominee.name ?? n.nominee.unit,
    status: n.status,
    reasons: n.reasons,
  };
}
