/**
 * The task pane: connect (server and token, kept per Office partition), then, in the order of each role's
 * work: a unit's groups with its sheet right under the group's "Mở bảng điểm" (./groups-view.ts,
 * ./sheet-panel.ts); the lead's group panel (the members' sheets, the sheet to appraise, the vote: ./lead.ts);
 * then the role panels (./panels.ts). The staff get one campaign selector at the top that every section
 * follows (follow-up, pull, freeze, exceptions, snapshots). Each panel draws its results and confirmations
 * beside its buttons; the top banner is for the connection only (Excel missing, an expired token).
 */
import { type Api, createApi } from '../api/client';
import type { CampaignDocument, Me } from '../api/types';
import type { Host } from '../host';
import { paneText as P } from '../messages/pane';
import { fill, h } from './dom';
import { renderGroups, renderStaffGroups, staffCampaign } from './groups-view';
import { addHelp } from './help';
import { showLeadGroup } from './lead';
import { type Failure, outcomeOf } from './outcome';
import { failureText, failureTone } from './outcome-text';
import type { PanelContext } from './panel-context';
import { panels } from './panels';
import { SheetPanel } from './sheet-panel';
import { banner, type Tone } from './view';

export class App {
  private ctx: PanelContext | null = null;
  private readonly documents = new Map<string, CampaignDocument>();
  /** The lead unit's (or the secretariat's) open group panel, below the group list. */
  private readonly lead: HTMLElement = h('section', { id: 'lead', hidden: true });
  private readonly sheet: SheetPanel;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: Host,
    private readonly origin: string,
  ) {
    this.sheet = new SheetPanel(root, () => this.ctx!);
  }

  private el(id: string): HTMLElement {
    return this.root.querySelector(`#${id}`)!;
  }

  start(): void {
    const server = this.el('server') as HTMLInputElement;
    const token = this.el('token') as HTMLInputElement;
    server.value = this.host.storage.get('server') ?? this.origin;
    // The token lives for the pane session only (decision 0029); one an older pane kept for good is dropped.
    this.host.storage.remove('token');
    token.value = this.host.session.get('token') ?? '';
    this.el('connect-form').addEventListener('submit', (e) => {
      e.preventDefault();
      void this.connect(server.value.trim(), token.value.trim());
    });
    this.el('disconnect').addEventListener('click', () => this.disconnect());
    this.el('groups').after(this.lead);
    addHelp(this.el('sheet'), 'sheet');
    if (this.host.kind === 'browser') this.say('warn', P.states.noExcel);
    else if (!this.host.supported) this.say('error', P.states.oldExcel);
    if (token.value) void this.connect(server.value.trim(), token.value.trim());
  }

  /** Shows a banner at the top of the pane; an empty text clears it. */
  private say(tone: Tone, text: string): void {
    fill(this.el('banner'), text ? banner(tone, text) : null);
  }

  private busy(text: string | null): void {
    this.root.toggleAttribute('aria-busy', text !== null);
    // A button disabled for good (data-off: no Excel, a draft to appraise) stays so when the pane is idle.
    for (const b of this.root.querySelectorAll<HTMLButtonElement>(
      '#sheet button, #panels button, #lead button',
    ))
      if (!b.closest('.confirm')) b.disabled = text !== null || b.dataset.off === '1';
    // What the pane is doing now, in a line that stays in view; results are drawn beside their action.
    fill(this.el('busy'), text ?? '');
  }

  /** The one way a failure is shown, for every panel; an expired token disconnects first. */
  private failed(f: Failure): void {
    if (f.kind === 'unauthorized') this.disconnect();
    this.say(failureTone(f), failureText(f));
  }

  /** The context every panel is given, for this connection. */
  private contextFor(api: Api, me: Me, titles: ReadonlyMap<string, string>): PanelContext {
    const staff = !me.unit && me.role !== 'unit' && titles.size > 0;
    return {
      api,
      me,
      campaign: staff ? staffCampaign(titles) : null,
      host: this.host,
      titles,
      document: (code) => this.document(api, code),
      say: (tone, text) => this.say(tone, text),
      busy: (text) => this.busy(text),
      failed: (f) => this.failed(f),
      appraise: (campaign, group, unit) => this.sheet.openAppraisal(campaign, group, unit),
      openGroupPanel: async (campaign, group) => {
        if (this.ctx) await showLeadGroup(this.lead, this.ctx, campaign, group);
        addHelp(this.lead, 'lead');
      },
    };
  }

  async connect(server: string, token: string): Promise<void> {
    this.busy(P.states.loading);
    try {
      const api = createApi({ baseUrl: server || this.origin, token });
      const me = await api.me();
      const list = await api.campaigns().catch(() => ({ campaigns: [] }));
      const ctx = this.contextFor(api, me, new Map(list.campaigns.map((c) => [c.code, c.title])));
      this.ctx = ctx;
      this.host.storage.set('server', server);
      this.host.session.set('token', token);
      this.el('connect-form').hidden = true;
      this.el('account').hidden = false;
      fill(this.el('account-label'), P.connect.connectedAs(me.label, me.unit));
      if (this.host.run) this.say('info', '');
      else this.say('warn', P.states.noExcel);
      if (me.unit) {
        renderGroups(this.el('groups'), ctx, me.groups, (g) => void this.sheet.openOwn(g));
      } else if (me.role === 'unit') fill(this.el('groups'), banner('warn', P.groups.notUnit));
      else if (me.role === 'secretariat' || me.role === 'admin') renderStaffGroups(this.el('groups'), ctx);
      // The staff's campaign selector heads their pane: every section below follows it.
      fill(
        this.el('campaign-bar'),
        ctx.campaign ? h('label', { for: 'campaign' }, P.connect.campaign) : null,
        ctx.campaign,
      );
      fill(this.el('panels'), ...panels.map((panel) => panel(ctx)));
    } catch (error) {
      this.failed(outcomeOf(error));
    } finally {
      this.busy(null);
    }
  }

  private disconnect(): void {
    this.host.session.remove('token');
    this.ctx = null;
    this.documents.clear();
    (this.el('token') as HTMLInputElement).value = '';
    this.el('connect-form').hidden = false;
    this.el('account').hidden = true;
    fill(this.el('groups'));
    fill(this.el('panels'));
    fill(this.el('campaign-bar'));
    fill(this.lead);
    this.sheet.close();
    this.lead.hidden = true;
  }

  private async document(api: Api, code: string): Promise<CampaignDocument> {
    let doc = this.documents.get(code);
    if (!doc) {
      doc = await api.campaign(code);
      this.documents.set(code, doc);
    }
    return doc;
  }
}
