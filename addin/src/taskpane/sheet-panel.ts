/**
 * The pane's sheet section: one scoring sheet at a time, the unit's own ("Tạo / làm mới", "Kiểm tra",
 * "Lưu nháp", "Nộp") or a member's in appraisal mode ("Gửi thẩm định"), each action run through the sheet
 * session (./session.ts) and its outcome drawn (./view.ts); failures go the one way every panel shows them.
 */
import type { Group, Unit } from '../../../shared/contract/plan';
import type { SheetPath } from '../api/client';
import type { MeGroup } from '../api/types';
import { selectCell } from '../excel/workbook';
import { leadText as L } from '../messages/lead';
import { paneText as P } from '../messages/pane';
import { localCheck } from '../sheets/check';
import type { SheetMode } from '../sheets/types';
import { fill, h } from './dom';
import { isFailure, type Outcome, outcomeOf } from './outcome';
import type { PanelContext } from './panel-context';
import { SheetSession } from './session';
import { banner, cellList, conflictPanel, sheetSummary } from './view';

/** A button of the sheet section: its label, class, action and busy text. */
type SheetAction = readonly [string, string, () => Promise<Outcome>, string];

export class SheetPanel {
  private session: SheetSession | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly ctx: () => PanelContext,
  ) {}

  private el(id: string): HTMLElement {
    return this.root.querySelector(`#${id}`)!;
  }

  /** Hides the section and forgets the sheet (on disconnect). */
  close(): void {
    this.session = null;
    this.el('sheet').hidden = true;
  }

  /** Opens the unit's own sheet of a group. */
  async openOwn(group: MeGroup): Promise<void> {
    const ctx = this.ctx();
    if (!ctx.me.unit) return;
    await this.open({ campaign: group.campaign, group: group.group, unit: ctx.me.unit }, 'unit', () =>
      this.render(`${group.name} · ${group.campaign}`, [
        [P.sheet.build, '', () => this.session!.open(), P.states.writing],
        [P.sheet.check, '', () => this.session!.check(), P.states.loading],
        [P.sheet.draft, '', () => this.session!.save(undefined), P.states.saving],
        [P.sheet.submit, 'primary', () => this.session!.save(true), P.states.saving],
      ]),
    );
  }

  /** Opens a member's sheet in appraisal mode: appraised scores and reasons editable, the rest locked. */
  async openAppraisal(campaign: string, group: Group, unit: Unit): Promise<void> {
    await this.open({ campaign, group: group.code, unit: unit.code }, 'appraisal', () =>
      this.render(L.sheet.title(unit.name, group.name), [
        [L.sheet.build, '', () => this.session!.open(), P.states.writing],
        [L.sheet.check, '', () => this.session!.check(), P.states.loading],
        [L.sheet.send, 'primary', () => this.session!.save(undefined), P.states.saving],
      ]),
    );
  }

  /** Starts a sheet session: the campaign's document, the sheet section, then the sheet written into Excel. */
  private async open(path: SheetPath, mode: SheetMode, render: () => void): Promise<void> {
    const ctx = this.ctx();
    const run = ctx.host.run;
    if (!run) return;
    ctx.busy(P.states.loading);
    try {
      const doc = await ctx.document(path.campaign);
      this.session = new SheetSession(
        { api: ctx.api, run, caps: ctx.host.caps, check: localCheck },
        path,
        mode,
        doc,
      );
      render();
      ctx.busy(P.states.writing);
      this.show(await this.session.open());
    } catch (error) {
      this.show(outcomeOf(error));
    } finally {
      ctx.busy(null);
    }
  }

  private render(title: string, actions: readonly SheetAction[]): void {
    this.el('sheet').hidden = false;
    fill(this.el('sheet-title'), title);
    fill(
      this.el('sheet-actions'),
      ...actions.map(([label, cls, run, text]) =>
        h('button', { type: 'button', class: cls, onclick: () => void this.act(run, text) }, label),
      ),
    );
    fill(this.el('sheet-summary'));
    fill(this.el('results'));
  }

  private async act(run: () => Promise<Outcome>, text: string): Promise<void> {
    const ctx = this.ctx();
    ctx.busy(text);
    try {
      this.show(await run());
    } finally {
      ctx.busy(null);
    }
  }

  private select = (address: string): void => {
    const ws = this.session?.stored?.worksheetId;
    const run = this.ctx().host.run;
    if (ws && run) void selectCell(run, ws, address).catch(() => undefined);
  };

  private savedText(submitted: boolean): string {
    const s = this.session;
    if (s?.mode !== 'appraisal') return submitted ? P.results.submitted : P.results.saved;
    // The group's list shows the new status and total.
    void this.ctx().openGroupPanel(s.path.campaign, s.path.group);
    return L.sheet.sent;
  }

  show(o: Outcome): void {
    if (isFailure(o)) {
      this.ctx().failed(o);
      return;
    }
    const results = this.el('results');
    const ctx = this.ctx();
    switch (o.kind) {
      case 'written':
      case 'saved':
        fill(this.el('sheet-summary'), sheetSummary(o.sheet, this.session?.mode));
        fill(
          results,
          o.kind === 'saved' ? banner('ok', this.savedText(o.submitted)) : null,
          cellList(P.results.notices, o.kind === 'saved' ? o.notices : [], 'warn', this.select),
        );
        ctx.say('info', '');
        return;
      case 'checked':
      case 'invalid': {
        const bad = o.problems.length + o.general.length;
        const head =
          o.kind === 'invalid'
            ? banner('error', P.results.invalid)
            : bad
              ? banner('error', P.results.checkedBad(bad))
              : banner('ok', P.results.checkedOk);
        fill(
          results,
          head,
          ...o.general.map((g) => banner('error', g)),
          cellList(P.sheet.check, o.problems, 'error', this.select),
          cellList(P.results.notices, o.notices, 'warn', this.select),
        );
        ctx.say('info', '');
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
}
