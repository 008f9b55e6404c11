/**
 * The nominations sheet in the pane: "Tạo / làm mới bảng đề nghị" writes the unit's (or, for the
 * secretariat, every) nomination into a worksheet, keeping rows typed but never sent; "Gửi đề nghị" reads the
 * rows once, files new ones (POST), corrects changed ones (PATCH), withdraws emptied ones (DELETE), then
 * writes every row's id, status and reasons back at once; "Làm mới trạng thái" refreshes the statuses from
 * GET, so a unit sees at once which of its people are over quota and why. `NominationsSession` holds the
 * flows (no DOM; tested with a fake API and the counting mock); `nominationsPanel` renders them.
 */
import type { Problem } from '../../../shared/problems';
import { awardsApi, type NominationStatus, type NominationView } from '../api/awards';
import { type Api, ApiError } from '../api/client';
import type { CampaignDocument, Me } from '../api/types';
import {
  findNominations,
  readNominations,
  type StoredNominations,
  writeBackNominations,
  writeNominations,
} from '../excel/nominations';
import type { Capabilities, ExcelRun } from '../excel/types';
import { selectCell } from '../excel/workbook';
import { paneText } from '../messages';
import { nominationPaneText as N, nominationSheetText as T } from '../messages-awards';
import { cell } from '../sheets/a1';
import {
  buildNominationsPlan,
  defaultCells,
  type Fill,
  fillDefaults,
  NC,
  type NominationsPlan,
  nominationProblemsToCells,
  type RowState,
  readNominationRows,
  reasonsText,
  sentKey,
  statusFills,
  statusLabel,
  writeBackColumns,
} from '../sheets/nominations';
import type { CellMessage } from '../sheets/read-back';
import { fill, h } from './dom';
import type { Panel, PanelContext } from './panels';
import { type Outcome, outcomeOf } from './session';
import { banner, cellList } from './view';

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
  | Exclude<Outcome, { kind: 'written' | 'checked' | 'saved' | 'invalid' | 'conflict' }>;

/** The nominations sheet as read: its plan, where it is, its rows as typed and each row's state. */
interface SheetRows {
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
      const { read, state } = sheet;
      if (read.problems.length) {
        await this.writeBack(sheet, [], read.problems);
        return { kind: 'invalid', problems: read.problems, general: [] };
      }

      const problems: CellMessage[] = [];
      const general: string[] = [];
      const failed = (error: unknown, rowOf: (path: string) => { row: number; rest: string } | null) => {
        if (!(error instanceof ApiError)) throw error;
        if (error.status === 401) throw error;
        const listed: Problem[] = error.problem.errors ?? [];
        const mapped = nominationProblemsToCells(listed, rowOf);
        problems.push(...mapped.cells);
        general.push(...mapped.general);
        if (!listed.length) general.push(error.message);
      };

      const files = read.actions.filter((a) => a.kind === 'file');
      const corrections = read.actions.filter((a) => a.kind === 'correct');
      const withdrawals = read.actions.filter((a) => a.kind === 'withdraw');
      let created = 0;
      let changed = 0;
      let withdrawn = 0;
      if (files.length) {
        try {
          const filed = await this.awards.postNominations(
            this.campaign,
            files.map((f) => f.input),
          );
          filed.items.forEach((item, i) => {
            const s = state.get(files[i]!.row)!;
            s.id = item.id;
            s.sent = sentKey(files[i]!.input);
            fillDefaults(sheet.plan, s, files[i]!.input);
            s.status = statusLabel(item.status);
            s.reasons = reasonsText(item.reasons);
          });
          created = filed.items.length;
        } catch (error) {
          failed(error, (path) => {
            const m = /^\/items\/(\d+)(?:\/(.*))?$/.exec(path);
            const f = m ? files[Number(m[1])] : undefined;
            return f ? { row: f.row, rest: m![2] ?? '' } : null;
          });
        }
      }
      for (const c of corrections) {
        try {
          await this.awards.patchNomination(this.campaign, c.id, c.patch);
          state.get(c.row)!.sent = sentKey(c.input);
          fillDefaults(sheet.plan, state.get(c.row)!, c.input);
          changed++;
        } catch (error) {
          failed(error, (path) => ({ row: c.row, rest: path.replace(/^\//, '') }));
        }
      }
      for (const w of withdrawals) {
        try {
          await this.awards.deleteNomination(this.campaign, w.id);
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 404)) {
            failed(error, () => null);
            continue;
          }
        }
        Object.assign(state.get(w.row)!, { id: null, sent: null, status: T.withdrawn, reasons: '' });
        withdrawn++;
      }

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
      return outcomeOf(error, null) as NominationsOutcome;
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

/** Campaigns the caller may nominate in: a unit's own, every one for the secretariat. */
function campaignsOf(ctx: PanelContext): string[] {
  if (ctx.me.role === 'unit') return [...new Set(ctx.me.groups.map((g) => g.campaign))];
  if (ctx.me.role === 'secretariat' || ctx.me.role === 'admin') return [...ctx.titles.keys()];
  return [];
}

/** The pane's nominations section (units and the secretariat). */
export const nominationsPanel: Panel = (ctx) => {
  const codes = campaignsOf(ctx);
  if (ctx.me.role === 'council' || (ctx.me.role === 'unit' && !ctx.me.unit)) return null;
  const section = h(
    'section',
    { id: 'nominations' },
    h('h2', {}, N.heading),
    h('p', { class: 'muted' }, N.intro),
  );
  if (!codes.length) {
    section.append(h('p', {}, N.noCampaign));
    return section;
  }
  const run = ctx.host.run;
  const select = h(
    'select',
    { id: 'nominations-campaign' },
    ...codes.map((c) => h('option', { value: c }, `${c} · ${ctx.titles.get(c) ?? ''}`)),
  );
  const results = h('div', { id: 'nominations-results' });
  const sessions = new Map<string, NominationsSession>();
  const session = async () => {
    const code = select.value;
    let s = sessions.get(code);
    if (!s) {
      s = new NominationsSession(
        { api: ctx.api, run: run!, caps: ctx.host.caps },
        code,
        ctx.me,
        await ctx.document(code),
      );
      sessions.set(code, s);
    }
    return s;
  };
  const pick = (address: string) => {
    const ws = sessions.get(select.value)?.stored?.worksheetId;
    if (ws && run) void selectCell(run, ws, address).catch(() => undefined);
  };
  const act = async (text: string, f: (s: NominationsSession) => Promise<NominationsOutcome>) => {
    ctx.busy(text);
    try {
      const o = await f(await session());
      show(o);
    } catch (error) {
      show(outcomeOf(error, null) as NominationsOutcome);
    } finally {
      ctx.busy(null);
    }
  };
  const show = (o: NominationsOutcome) => {
    ctx.say('info', '');
    switch (o.kind) {
      case 'built':
        fill(results, banner('ok', N.built(o.count)), standing(o.rows, pick));
        return;
      case 'sent':
        fill(results, banner('ok', N.sent(o.created, o.changed, o.withdrawn)), standing(o.rows, pick));
        return;
      case 'refreshed':
        fill(
          results,
          banner('ok', N.refreshed),
          o.missing ? banner('warn', N.missing(o.missing)) : null,
          standing(o.rows, pick),
        );
        return;
      case 'invalid':
        fill(
          results,
          banner('error', N.invalid),
          ...o.general.map((g) => banner('error', g)),
          cellList(N.problems, o.problems, 'error', pick),
        );
        return;
      case 'no-sheet':
        fill(results, banner('warn', N.notBuilt));
        return;
      case 'locked':
        fill(results, banner('warn', o.detail ?? paneText.states.locked(null)));
        return;
      case 'unauthorized':
        fill(results, banner('error', paneText.states.unauthorized));
        return;
      case 'forbidden':
        fill(results, banner('error', paneText.states.forbidden(o.detail)));
        return;
      case 'offline':
        fill(results, banner('error', paneText.states.offline));
        return;
      case 'failed':
        fill(results, banner('error', paneText.states.failed(o.detail)));
        return;
    }
  };
  const button = (
    label: string,
    cls: string,
    text: string,
    f: (s: NominationsSession) => Promise<NominationsOutcome>,
  ) =>
    h(
      'button',
      {
        type: 'button',
        class: cls,
        onclick: () => void act(text, f),
        ...(run ? {} : { disabled: true, 'data-off': '1' }),
      },
      label,
    );
  section.append(
    h('label', { for: 'nominations-campaign' }, N.campaign),
    select,
    h(
      'div',
      { class: 'actions' },
      button(N.build, '', N.building, (s) => s.build()),
      button(N.send, 'primary', N.sending, (s) => s.send()),
      button(N.refresh, '', N.refreshing, (s) => s.refresh()),
    ),
    results,
  );
  if (!run) results.before(banner('warn', N.needExcel));
  return section;
};

/** The summary of statuses and the rows over quota or ineligible, each with its reasons. */
function standing(rows: readonly RowReport[], pick: (address: string) => void): HTMLElement {
  const count = (s: NominationStatus) => rows.filter((r) => r.status === s).length;
  const bad = rows.filter((r) => r.status !== 'within_quota');
  return h(
    'div',
    { class: 'nominations-standing' },
    h(
      'p',
      { id: 'nominations-summary' },
      N.summary(count('within_quota'), count('over_quota'), count('ineligible')),
    ),
    bad.length
      ? h(
          'section',
          { class: 'cells warn' },
          h('h3', {}, N.overList),
          h(
            'ul',
            {},
            ...bad.map((r) =>
              h(
                'li',
                { 'data-status': r.status },
                h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => pick(r.address) },
                  `${r.name} — ${statusLabel(r.status)}${r.reasons.length ? `: ${reasonsText(r.reasons)}` : ''}`,
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
