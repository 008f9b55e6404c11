/**
 * The secretariat's panel (roles secretariat and admin), per campaign: "Kéo bảng xếp hạng" writes every
 * group's ranking and the quota usage into their worksheets (into the same tabs on a second pull); "Chốt số liệu"
 * freezes a snapshot and shows its SHA-256; one sheet reopened until a new time, and a group's deadline
 * moved, each with its reason.
 */
import type { Group } from '../../../shared/contract/plan';
import { formatInstantVn, isoVn } from '../../../shared/time';
import { ApiError, OfflineError } from '../api/client';
import { secretariatApi } from '../api/secretariat';
import type { CampaignDocument } from '../api/types';
import { writeTables } from '../excel/tables';
import { confirmText as C } from '../messages/confirm';
import { paneText } from '../messages/pane';
import { secretariatText as S } from '../messages/secretariat';
import { quotasTable } from '../tables/quotas';
import { rankingsTable } from '../tables/rankings';
import { confirmIn } from './confirm';
import { fill, h } from './dom';
import type { Panel, PanelContext } from './panel-context';
import { banner, type Tone } from './view';

/** Dispatched on the campaign selector after a freeze: the snapshot list follows. */
export const FROZEN = 'snapshot-frozen';

/** A `datetime-local` value ("2023-12-05T17:00") read as Vietnam's time: "2023-12-05T17:00:00+07:00". */
export function localToVn(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value.trim());
  return m ? `${m[1]}T${m[2]}${m[3] ?? ':00'}+07:00` : null;
}

/** The `datetime-local` value of 17:00 (Vietnam) `days` days after `now`. */
export function vnDayAt17(now: number, days: number): string {
  return `${isoVn(now + days * 86_400_000).slice(0, 10)}T17:00`;
}

/** A failure in Vietnamese: the server's problem with each listed error, offline, or Excel's message. */
export function errorText(error: unknown): string {
  if (error instanceof OfflineError) return paneText.states.offline;
  if (error instanceof ApiError) {
    if (error.status === 401) return paneText.states.unauthorized;
    const listed = (error.problem.errors ?? []).map((e) => e.message);
    return [error.message, ...listed].join(' ');
  }
  return paneText.states.failed(error instanceof Error ? error.message : String(error));
}

/** The staff's shared campaign selector (./groups-view.ts), or one of the panel's own when there is none. */
export function campaignSelect(id: string, ctx: PanelContext): HTMLSelectElement {
  if (ctx.campaign) return ctx.campaign;
  const select = h('select', { id });
  for (const [code, title] of ctx.titles) select.append(h('option', { value: code }, `${title} (${code})`));
  return select;
}

/**
 * How a staff panel reports, beside its buttons: `show` puts the headline and the details, such as a SHA-256,
 * in the panel's `result`; `act` runs an action with the pane busy, showing a failure as an error.
 */
export function reporter(ctx: PanelContext, result: HTMLElement) {
  const show = (tone: Tone, headline: string, ...details: string[]) => {
    fill(result, banner(tone, headline), ...details.map((d) => h('p', { class: 'detail' }, d)));
  };
  const act = async (busyText: string, body: () => Promise<void>) => {
    fill(result);
    ctx.busy(busyText);
    try {
      await body();
    } catch (error) {
      show('error', errorText(error));
    } finally {
      ctx.busy(null);
    }
  };
  return { show, act };
}

const field = (id: string, label: string, control: HTMLElement) =>
  h('div', { class: 'field' }, h('label', { for: id }, label), control);

export const secretariatPanel: Panel = (ctx) => {
  if (ctx.me.role !== 'secretariat' && ctx.me.role !== 'admin') return null;
  const api = secretariatApi(ctx.api);
  const result = h('div', { id: 'sec-result', 'aria-live': 'polite' });
  const section = h('section', { id: 'secretariat', class: 'role-panel' }, h('h2', {}, S.heading));
  if (!ctx.titles.size) {
    section.append(h('p', { class: 'muted' }, S.noCampaigns));
    return section;
  }
  const campaign = campaignSelect('sec-campaign', ctx);
  const { show, act } = reporter(ctx, result);

  const pull = () =>
    act(S.pulling, async () => {
      const run = ctx.host.run;
      if (!run) return show('warn', S.noExcel);
      const code = campaign.value;
      const [ranked, quotas, doc] = await Promise.all([
        api.rankings(code),
        api.quotas(code),
        ctx.document(code),
      ]);
      const title = doc.campaign.title;
      const classifications = doc.templates.flatMap((t) => t.classification.map((c) => c.label));
      const at = ranked.groups[0]?.generatedAt ?? new Date().toISOString();
      await writeTables(
        run,
        [
          rankingsTable({ campaign: code, title, groups: ranked.groups, classifications }),
          quotasTable({ campaign: code, title, rules: quotas.rules, at }),
        ],
        ctx.host.caps,
      );
      const rows = ranked.groups.reduce((s, g) => s + g.rows.length, 0);
      show('ok', S.pulled(rows, ranked.groups.length, quotas.rules.length));
    });

  const confirmSlot = h('div', { id: 'sec-confirm' });
  const confirmer = confirmIn(confirmSlot);
  const freeze = async () => {
    if (!(await confirmer.ask(C.freeze(campaign.value)))) return show('info', C.cancelled);
    await act(S.freezing, async () => {
      const head = await api.freeze(campaign.value);
      show('ok', S.frozen(head.id, formatInstantVn(head.createdAt)), S.sha(head.sha256));
      // The council's section below lists the new snapshot at once.
      campaign.dispatchEvent(new Event(FROZEN));
    });
  };

  // Reopen one sheet; move a group's deadline. Groups and members come from the plan document.
  const reopenGroup = h('select', { id: 'sec-reopen-group' });
  const reopenUnit = h('select', { id: 'sec-reopen-unit' });
  const reopenUntil = h('input', { id: 'sec-reopen-until', type: 'datetime-local' });
  const reopenReason = h('input', { id: 'sec-reopen-reason', type: 'text', autocomplete: 'off' });
  const deadlineGroup = h('select', { id: 'sec-deadline-group' });
  const deadlineWhen = h('input', { id: 'sec-deadline-when', type: 'datetime-local' });
  const deadlineReason = h('input', { id: 'sec-deadline-reason', type: 'text', autocomplete: 'off' });
  reopenUntil.value = vnDayAt17(Date.now(), 7);
  deadlineWhen.value = vnDayAt17(Date.now(), 7);
  let groups: Group[] = [];
  let units = new Map<string, string>();

  const fillUnits = () => {
    const g = groups.find((x) => x.code === reopenGroup.value);
    fill(
      reopenUnit,
      ...(g?.members ?? []).map((u) => h('option', { value: u }, `${units.get(u) ?? u} (${u})`)),
    );
  };
  const loadGroups = async () => {
    let doc: CampaignDocument;
    try {
      doc = await ctx.document(campaign.value);
    } catch (error) {
      return show('error', errorText(error));
    }
    groups = doc.groups;
    units = new Map(doc.units.map((u) => [u.code, u.name]));
    const options = () => groups.map((g) => h('option', { value: g.code }, `${g.name} (${g.code})`));
    fill(reopenGroup, ...options());
    fill(deadlineGroup, ...options());
    fillUnits();
  };
  campaign.addEventListener('change', () => void loadGroups());
  reopenGroup.addEventListener('change', fillUnits);

  const reopenResult = h('div', { id: 'sec-reopen-result' });
  const deadlineResult = h('div', { id: 'sec-deadline-result' });
  const reopenReport = reporter(ctx, reopenResult);
  const deadlineReport = reporter(ctx, deadlineResult);
  const reopen = () =>
    reopenReport.act(paneText.states.saving, async () => {
      const show = reopenReport.show;
      const until = localToVn(reopenUntil.value);
      const reason = reopenReason.value.trim();
      if (!until) return show('error', S.needWhen);
      if (!reason) return show('error', S.needReason);
      const view = await api.reopen(campaign.value, reopenGroup.value, reopenUnit.value, { until, reason });
      show('ok', S.reopen.done(reopenUnit.value, formatInstantVn(view.locksAt ?? until)));
    });

  const moveDeadline = () =>
    deadlineReport.act(paneText.states.saving, async () => {
      const show = deadlineReport.show;
      const deadline = localToVn(deadlineWhen.value);
      const reason = deadlineReason.value.trim();
      if (!deadline) return show('error', S.needWhen);
      if (!reason) return show('error', S.needReason);
      const g = await api.moveDeadline(campaign.value, deadlineGroup.value, { deadline, reason });
      show('ok', S.deadline.done(g.name, formatInstantVn(g.deadlineAt ?? g.deadline ?? deadline)));
    });

  const button = (id: string, label: string, onclick: () => void, primary = false) =>
    h('button', { id, type: 'button', class: primary ? 'primary' : '', onclick }, label);

  if (!ctx.campaign) section.append(field('sec-campaign', S.campaign, campaign));
  section.append(
    h(
      'div',
      { class: 'actions' },
      button('sec-pull', S.pull, () => void pull(), true),
      button('sec-freeze', S.freeze, () => void freeze()),
    ),
    confirmSlot,
    result,
    h(
      'details',
      {},
      h('summary', {}, S.reopen.heading),
      field('sec-reopen-group', S.reopen.group, reopenGroup),
      field('sec-reopen-unit', S.reopen.unit, reopenUnit),
      field('sec-reopen-until', S.reopen.until, reopenUntil),
      field('sec-reopen-reason', S.reopen.reason, reopenReason),
      button('sec-reopen', S.reopen.submit, () => void reopen()),
      reopenResult,
    ),
    h(
      'details',
      {},
      h('summary', {}, S.deadline.heading),
      field('sec-deadline-group', S.deadline.group, deadlineGroup),
      field('sec-deadline-when', S.deadline.when, deadlineWhen),
      field('sec-deadline-reason', S.deadline.reason, deadlineReason),
      button('sec-deadline', S.deadline.submit, () => void moveDeadline()),
      deadlineResult,
    ),
  );
  void loadGroups();
  return section;
};
