/**
 * The pane's sheet section: one scoring sheet at a time, the unit's own ("Tạo / làm mới", "Kiểm tra",
 * "Lưu nháp", "Nộp") right under its group's "Mở bảng điểm", or a member's in appraisal mode ("Gửi thẩm
 * định") inside the group panel, between the members' list and the vote. Each action runs through the sheet
 * session (./session.ts); its outcome, the stored state in words and any confirmation are drawn in the
 * section itself (./view.ts, ./confirm.ts), beside the buttons.
 */
import type { Group, Unit } from '../../../shared/contract/plan';
import type { SheetPath } from '../api/client';
import type { MeGroup } from '../api/types';
import { selectCell } from '../excel/workbook';
import { confirmText as C, stateText as T } from '../messages/confirm';
import { leadText as L } from '../messages/lead';
import { paneText as P } from '../messages/pane';
import { localCheck } from '../sheets/check';
import type { SheetMode } from '../sheets/types';
import { type Confirmer, confirmIn } from './confirm';
import { fill, h } from './dom';
import { type Failure, isFailure, type Outcome, outcomeOf } from './outcome';
import { failureLines, failureTone } from './outcome-text';
import type { PanelContext } from './panel-context';
import { SheetSession } from './session';
import { problemCount, savedText, unitButtons } from './sheet-state';
import { banner, cellList, conflictPanel, sheetSummary } from './view';

/** Asks before an action: the question, or null when nothing needs asking. */
type Ask = () => Promise<string | null>;
/** A button of the sheet section: label, class, the question asked first, the action, busy text, usable. */
type SheetAction = readonly [string, string, Ask | null, () => Promise<Outcome>, string, boolean?];

const always =
  (q: string): Ask =>
  async () =>
    q;

export class SheetPanel {
  private session: SheetSession | null = null;
  private confirmer: Confirmer | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly ctx: () => PanelContext,
  ) {}

  private el(id: string): HTMLElement {
    return this.root.querySelector(`#${id}`)!;
  }

  /** Hides the section and forgets the sheet (on disconnect); it goes back to the end of the pane. */
  close(): void {
    this.session = null;
    this.el('sheet').hidden = true;
    this.el('app-end').before(this.el('sheet'));
  }

  /** Opens the unit's own sheet of a group, drawn right under that group's "Mở bảng điểm". */
  async openOwn(group: MeGroup): Promise<void> {
    const ctx = this.ctx();
    if (!ctx.me.unit) return;
    this.place(`li[data-group="${group.campaign}/${group.group}"]`);
    await this.open(
      { campaign: group.campaign, group: group.group, unit: ctx.me.unit },
      'unit',
      `${group.name} · ${group.campaign}`,
    );
  }

  /** Opens a member's sheet in appraisal mode, in the group panel's slot before the vote. */
  async openAppraisal(campaign: string, group: Group, unit: Unit): Promise<void> {
    this.place('#lead-appraise');
    await this.open(
      { campaign, group: group.code, unit: unit.code },
      'appraisal',
      L.sheet.title(unit.name, group.name),
    );
  }

  private place(selector: string): void {
    const slot = this.root.querySelector(selector);
    if (slot) slot.append(this.el('sheet'));
  }

  /** The buttons for the session's mode and the stored status. */
  private actions(): SheetAction[] {
    const s = this.session!;
    // "Tạo / làm mới" asks first only when the worksheet holds typed values the server does not have.
    const overwrite: Ask = async () => {
      const n = (await s.unsaved().catch(() => [] as string[])).length;
      return n ? C.overwrite(n) : null;
    };
    if (s.mode === 'appraisal')
      return [
        [L.sheet.build, '', overwrite, () => s.open(), P.states.writing],
        [L.sheet.check, '', null, () => s.check(), P.states.loading],
        [L.sheet.send, 'primary', always(C.appraise), () => s.save(undefined), P.states.saving],
      ];
    const b = unitButtons(s.base?.status ?? 'draft');
    return [
      [P.sheet.build, '', overwrite, () => s.open(), P.states.writing],
      [P.sheet.check, '', null, () => s.check(), P.states.loading],
      [P.sheet.draft, '', null, () => s.save(undefined), P.states.saving, b.draft],
      [
        b.resubmit ? T.resubmitLabel : P.sheet.submit,
        'primary',
        always(b.resubmit ? C.resubmit : C.submit),
        () => s.save(true),
        P.states.saving,
      ],
    ];
  }

  /** Starts a sheet session: the campaign's document, the sheet section, then the sheet written into Excel. */
  private async open(path: SheetPath, mode: SheetMode, title: string): Promise<void> {
    const ctx = this.ctx();
    const run = ctx.host.run;
    if (!run) return;
    this.el('sheet').hidden = false;
    fill(this.el('sheet-title'), title);
    fill(this.el('sheet-summary'));
    fill(this.el('results'));
    this.confirmer = confirmIn(this.el('sheet-confirm'));
    ctx.busy(P.states.loading);
    try {
      const doc = await ctx.document(path.campaign);
      this.session = new SheetSession(
        { api: ctx.api, run, caps: ctx.host.caps, check: localCheck },
        path,
        mode,
        doc,
      );
      this.drawActions();
      ctx.busy(P.states.writing);
      this.show(await this.session.open());
    } catch (error) {
      this.show(outcomeOf(error));
    } finally {
      ctx.busy(null);
    }
  }

  private drawActions(): void {
    const all = this.actions();
    const note =
      this.session?.mode === 'unit' ? unitButtons(this.session.base?.status ?? 'draft').draftNote : null;
    fill(
      this.el('sheet-actions'),
      ...all.map(([label, cls, ask, run, text, usable = true]) =>
        h(
          'button',
          {
            type: 'button',
            class: cls,
            onclick: () => void this.act(run, text, ask),
            ...(usable ? {} : { disabled: true, 'data-off': '1' }),
          },
          label,
        ),
      ),
      note && this.session?.base ? h('p', { class: 'muted', id: 'sheet-draft-note' }, note) : null,
    );
  }

  /** Runs an action beside its buttons: the confirmation first (while the pane is idle), then busy. */
  private async act(run: () => Promise<Outcome>, text: string, ask: Ask | null = null): Promise<void> {
    const ctx = this.ctx();
    const before = this.session?.base?.status ?? 'draft';
    const question = ask ? await ask() : null;
    if (question && !(await this.confirmer!.ask(question))) {
      fill(this.el('results'), banner('info', C.cancelled));
      return;
    }
    ctx.busy(text);
    try {
      this.show(await run(), before);
    } finally {
      ctx.busy(null);
    }
  }

  private select = (address: string): void => {
    const ws = this.session?.stored?.worksheetId;
    const run = this.ctx().host.run;
    if (ws && run) void selectCell(run, ws, address).catch(() => undefined);
  };

  /** A failure beside the buttons; an expired token disconnects the pane the one shared way. */
  private failed(f: Failure): void {
    if (f.kind === 'unauthorized') {
      this.ctx().failed(f);
      return;
    }
    fill(this.el('results'), ...failureLines(f).map((line) => banner(failureTone(f), line)));
  }

  show(o: Outcome, before: 'draft' | 'submitted' | 'appraised' = 'draft'): void {
    if (isFailure(o)) {
      this.failed(o);
      return;
    }
    const results = this.el('results');
    switch (o.kind) {
      case 'written':
      case 'saved': {
        fill(this.el('sheet-summary'), sheetSummary(o.sheet, this.session?.mode));
        this.drawActions();
        const said = o.kind === 'saved' ? this.savedLine(before, o.sheet) : null;
        fill(
          results,
          said ? banner('ok', said) : null,
          cellList(P.results.notices, o.kind === 'saved' ? o.notices : [], 'warn', this.select),
        );
        return;
      }
      case 'checked':
      case 'invalid': {
        const bad = o.problems.length + o.general.length;
        const head =
          o.kind === 'invalid'
            ? banner('error', o.sent ? T.serverInvalid : T.localInvalid)
            : bad
              ? banner('error', T.checkedBad(problemCount(o.problems, o.general)))
              : banner('ok', P.results.checkedOk);
        fill(
          results,
          head,
          ...o.general.map((g) => banner('error', g)),
          cellList(P.sheet.check, o.problems, 'error', this.select),
          cellList(P.results.notices, o.notices, 'warn', this.select),
        );
        return;
      }
      case 'conflict':
        fill(
          results,
          conflictPanel(o.server, o.changes, o.submit, {
            resubmit: () => void this.act(() => this.session!.resubmit(o.server, o.submit), P.states.saving),
            reload: () => void this.act(() => this.session!.open(), P.states.writing),
          }),
        );
        return;
    }
  }

  private savedLine(
    before: 'draft' | 'submitted' | 'appraised',
    sheet: Parameters<typeof savedText>[1],
  ): string {
    const s = this.session;
    if (s?.mode !== 'appraisal') return savedText(before, sheet);
    // The group's list shows the new status and total.
    void this.ctx().openGroupPanel(s.path.campaign, s.path.group);
    return L.sheet.sent;
  }
}
