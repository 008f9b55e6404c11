/**
 * The task pane: connect (server and token, kept per Office partition), the unit's groups and campaigns,
 * then one sheet at a time with "Kiểm tra", "Lưu nháp" and "Nộp". Every state is shown in Vietnamese:
 * loading, offline, expired token, deadline, invalid cells, a stale revision.
 */

import type { Group, Unit } from '../../../shared/contract/plan';
import { type Api, createApi, type SheetPath } from '../api/client';
import type { CampaignDocument, Me, MeGroup } from '../api/types';
import { selectCell } from '../excel/workbook';
import { formatInstantVi } from '../format';
import type { Host } from '../host';
import { paneText as P } from '../messages';
import { leadText as L } from '../messages-awards';
import { localCheck } from '../sheets/check';
import type { SheetMode } from '../sheets/types';
import { fill, h } from './dom';
import { type LeadContext, showLeadGroup } from './lead';
import { type PanelContext, panels } from './panels';
import { type Outcome, outcomeOf, SheetSession } from './session';
import { banner, cellList, conflictPanel, sheetSummary } from './view';

export class App {
  private api: Api | null = null;
  private me: Me | null = null;
  private titles = new Map<string, string>();
  private session: SheetSession | null = null;
  private readonly documents = new Map<string, CampaignDocument>();
  /** The lead unit's (or the secretariat's) open group panel, below the group list. */
  private readonly lead: HTMLElement = h('section', { id: 'lead', hidden: true });
  private leadGroup: { campaign: string; group: string } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: Host,
    private readonly origin: string,
  ) {}

  private el(id: string): HTMLElement {
    return this.root.querySelector(`#${id}`)!;
  }

  start(): void {
    const server = this.el('server') as HTMLInputElement;
    const token = this.el('token') as HTMLInputElement;
    server.value = this.host.storage.get('server') ?? this.origin;
    token.value = this.host.storage.get('token') ?? '';
    this.el('connect-form').addEventListener('submit', (e) => {
      e.preventDefault();
      void this.connect(server.value.trim(), token.value.trim());
    });
    this.el('disconnect').addEventListener('click', () => this.disconnect());
    this.el('groups').after(this.lead);
    if (this.host.kind === 'browser') this.say('warn', P.states.noExcel);
    else if (!this.host.supported) this.say('error', P.states.oldExcel);
    if (token.value) void this.connect(server.value.trim(), token.value.trim());
  }

  private say(tone: Parameters<typeof banner>[0], text: string): void {
    fill(this.el('banner'), banner(tone, text));
  }

  private busy(text: string | null): void {
    this.root.toggleAttribute('aria-busy', text !== null);
    // A button disabled for good (data-off: no Excel, a draft to appraise) stays so when the pane is idle.
    for (const b of this.root.querySelectorAll<HTMLButtonElement>(
      '#sheet button, #panels button, #lead button',
    ))
      b.disabled = text !== null || b.dataset.off === '1';
    if (text) this.say('info', text);
  }

  async connect(server: string, token: string): Promise<void> {
    this.busy(P.states.loading);
    try {
      const api = createApi({ baseUrl: server || this.origin, token });
      const me = await api.me();
      const list = await api.campaigns().catch(() => ({ campaigns: [] }));
      this.titles = new Map(list.campaigns.map((c) => [c.code, c.title]));
      this.api = api;
      this.me = me;
      this.host.storage.set('server', server);
      this.host.storage.set('token', token);
      this.el('connect-form').hidden = true;
      this.el('account').hidden = false;
      fill(this.el('account-label'), P.connect.connectedAs(me.label, me.unit));
      if (this.host.run) fill(this.el('banner'));
      else this.say('warn', P.states.noExcel);
      if (me.unit) this.renderGroups(me.groups);
      else if (me.role === 'unit') fill(this.el('groups'), banner('warn', P.groups.notUnit));
      else if (me.role === 'secretariat' || me.role === 'admin') this.renderStaffGroups();
      this.renderPanels(api, me);
    } catch (error) {
      this.showOutcome(outcomeOf(error, null));
    } finally {
      this.busy(null);
    }
  }

  private renderPanels(api: Api, me: Me): void {
    const ctx: PanelContext = {
      api,
      me,
      host: this.host,
      titles: this.titles,
      document: (code) => this.document(code),
      // An empty text clears the banner (a panel's action done).
      say: (tone, text) => (text ? this.say(tone, text) : fill(this.el('banner'))),
      busy: (text) => this.busy(text),
    };
    fill(this.el('panels'), ...panels.map((panel) => panel(ctx)));
  }

  private disconnect(): void {
    this.host.storage.remove('token');
    this.api = null;
    this.me = null;
    this.session = null;
    (this.el('token') as HTMLInputElement).value = '';
    this.el('connect-form').hidden = false;
    this.el('account').hidden = true;
    fill(this.el('groups'));
    fill(this.el('panels'));
    fill(this.lead);
    this.lead.hidden = true;
    this.leadGroup = null;
    this.el('sheet').hidden = true;
  }

  private renderGroups(groups: readonly MeGroup[]): void {
    const now = Date.now();
    const items = groups.map((g) => {
      const passed = g.deadline ? new Date(g.deadline).getTime() < now : false;
      const when = g.deadline ? formatInstantVi(g.deadline) : null;
      return h(
        'li',
        {},
        h('strong', {}, g.name),
        h('div', { class: 'muted' }, this.titles.get(g.campaign) ?? g.campaign),
        g.isLead ? h('span', { class: 'badge' }, P.groups.lead) : null,
        h(
          'div',
          { class: passed ? 'deadline passed' : 'deadline' },
          when ? (passed ? P.groups.passed(when) : P.groups.deadline(when)) : P.groups.noDeadline,
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: () => void this.openGroup(g),
            ...(this.host.run ? {} : { disabled: true, 'data-off': '1' }),
          },
          P.groups.open,
        ),
        g.isLead
          ? h(
              'button',
              { type: 'button', onclick: () => void this.openLead(g.campaign, g.group) },
              L.openGroup,
            )
          : null,
      );
    });
    fill(
      this.el('groups'),
      h('h2', {}, P.groups.heading),
      items.length ? h('ul', { class: 'groups' }, ...items) : h('p', {}, P.groups.empty),
    );
  }

  /** The secretariat's way to a group panel: pick a campaign, then one of its groups. */
  private renderStaffGroups(): void {
    const select = h(
      'select',
      { id: 'staff-campaign' },
      ...[...this.titles].map(([code, title]) => h('option', { value: code }, `${code} · ${title}`)),
    );
    const list = h('ul', { class: 'groups', id: 'staff-groups' });
    const show = async () => {
      this.busy(P.states.loading);
      try {
        const doc = await this.document(select.value);
        fill(
          list,
          ...doc.groups.map((g) =>
            h(
              'li',
              {},
              h('strong', {}, g.name),
              h('div', { class: 'muted' }, g.code),
              h(
                'button',
                { type: 'button', onclick: () => void this.openLead(select.value, g.code) },
                L.openGroup,
              ),
            ),
          ),
        );
        fill(this.el('banner'));
      } catch (error) {
        this.showOutcome(outcomeOf(error, null));
      } finally {
        this.busy(null);
      }
    };
    fill(
      this.el('groups'),
      h('h2', {}, L.staffHeading),
      h('label', { for: 'staff-campaign' }, L.staffCampaign),
      select,
      h('button', { type: 'button', onclick: () => void show() }, L.staffShow),
      list,
    );
  }

  private leadContext(): LeadContext {
    return {
      api: this.api!,
      me: this.me!,
      host: this.host,
      document: (code) => this.document(code),
      say: (tone, text) => (text ? this.say(tone, text) : fill(this.el('banner'))),
      busy: (text) => this.busy(text),
      appraise: (campaign, group, unit) => this.openAppraisal(campaign, group, unit),
    };
  }

  /** Opens the group panel: the members' sheets and the vote. */
  async openLead(campaign: string, group: string): Promise<void> {
    if (!this.api || !this.me) return;
    this.leadGroup = { campaign, group };
    await showLeadGroup(this.lead, this.leadContext(), campaign, group);
  }

  /** Opens a member's sheet in appraisal mode: appraised scores and reasons editable, the rest locked. */
  async openAppraisal(campaign: string, group: Group, unit: Unit): Promise<void> {
    await this.openSession({ campaign, group: group.code, unit: unit.code }, 'appraisal', () =>
      this.renderSheetPanel(L.sheet.title(unit.name, group.name), [
        [L.sheet.build, '', () => this.session!.open(), P.states.writing],
        [L.sheet.check, '', () => this.session!.check(), P.states.loading],
        [L.sheet.send, 'primary', () => this.session!.save(undefined), P.states.saving],
      ]),
    );
  }

  /** Starts a sheet session: the campaign's document, the sheet panel, then the sheet written into Excel. */
  private async openSession(path: SheetPath, mode: SheetMode, render: () => void): Promise<void> {
    if (!this.api || !this.host.run) return;
    this.busy(P.states.loading);
    try {
      const doc = await this.document(path.campaign);
      this.session = new SheetSession(
        { api: this.api, run: this.host.run, caps: this.host.caps, check: localCheck },
        path,
        mode,
        doc,
      );
      render();
      this.busy(P.states.writing);
      this.showOutcome(await this.session.open());
    } catch (error) {
      this.showOutcome(outcomeOf(error, null));
    } finally {
      this.busy(null);
    }
  }

  /** Shows the sheet panel with its title and a button per action: label, class, the action, its busy text. */
  private renderSheetPanel(
    title: string,
    actions: ReadonlyArray<readonly [string, string, () => Promise<Outcome>, string]>,
  ): void {
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

  private async document(code: string): Promise<CampaignDocument> {
    let doc = this.documents.get(code);
    if (!doc) {
      doc = await this.api!.campaign(code);
      this.documents.set(code, doc);
    }
    return doc;
  }

  async openGroup(group: MeGroup): Promise<void> {
    if (!this.api || !this.me?.unit || !this.host.run) return;
    await this.openSession({ campaign: group.campaign, group: group.group, unit: this.me.unit }, 'unit', () =>
      this.renderSheetPanel(`${group.name} · ${group.campaign}`, [
        [P.sheet.build, '', () => this.session!.open(), P.states.writing],
        [P.sheet.check, '', () => this.session!.check(), P.states.loading],
        [P.sheet.draft, '', () => this.session!.save(undefined), P.states.saving],
        [P.sheet.submit, 'primary', () => this.session!.save(true), P.states.saving],
      ]),
    );
  }

  private async act(run: () => Promise<Outcome>, text: string): Promise<void> {
    this.busy(text);
    try {
      this.showOutcome(await run());
    } finally {
      this.busy(null);
    }
  }

  private select = (address: string): void => {
    const ws = this.session?.stored?.worksheetId;
    if (ws && this.host.run) void selectCell(this.host.run, ws, address).catch(() => undefined);
  };

  private savedText(submitted: boolean): string {
    if (this.session?.mode !== 'appraisal') return submitted ? P.results.submitted : P.results.saved;
    // The group's list shows the new status and total.
    if (this.leadGroup) void this.openLead(this.leadGroup.campaign, this.leadGroup.group);
    return L.sheet.sent;
  }

  showOutcome(o: Outcome): void {
    const results = this.el('results');
    switch (o.kind) {
      case 'written':
      case 'saved':
        fill(this.el('sheet-summary'), sheetSummary(o.sheet, this.session?.mode));
        fill(
          results,
          o.kind === 'saved' ? banner('ok', this.savedText(o.submitted)) : null,
          cellList(P.results.notices, o.kind === 'saved' ? o.notices : [], 'warn', this.select),
        );
        fill(this.el('banner'));
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
        fill(this.el('banner'));
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
      case 'locked':
        this.say('warn', P.states.locked(o.locksAt ? formatInstantVi(o.locksAt) : null));
        return;
      case 'unauthorized':
        this.disconnect();
        this.say('error', P.states.unauthorized);
        return;
      case 'forbidden':
        this.say('error', P.states.forbidden(o.detail));
        return;
      case 'offline':
        this.say('error', P.states.offline);
        return;
      case 'failed':
        this.say('error', P.states.failed(o.detail));
        return;
    }
  }
}
