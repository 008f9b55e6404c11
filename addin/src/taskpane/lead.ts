/**
 * The lead unit's (and the secretariat's) group panel: the members' sheets at a glance (GET …/sheets), a
 * "Thẩm định" button that opens a member's sheet in appraisal mode, and the vote round form (PUT
 * …/votes/{round}) with its result against the group's threshold, computed by the shared core
 * (shared/votes.ts) as the Worker does.
 */
import type { Group, Unit, VoteRule } from '../../../shared/contract/plan';
import { evaluateRound, type RoundResult, validateRound } from '../../../shared/votes';
import {
  type AwardsApi,
  awardsApi,
  type GroupSheetRow,
  type VotePut,
  type VoteRoundView,
} from '../api/awards';
import type { Api } from '../api/client';
import type { CampaignDocument, Me } from '../api/types';
import { formatInstantVi } from '../format';
import type { Host } from '../host';
import { num, paneText, sheetText } from '../messages';
import { leadText as L } from '../messages-awards';
import { fill, h } from './dom';
import { outcomeOf } from './session';
import { banner, type Tone } from './view';

export interface LeadContext {
  api: Api;
  me: Me;
  host: Host;
  document(code: string): Promise<CampaignDocument>;
  /** Shows a banner; an empty text clears it. */
  say(tone: Tone, text: string): void;
  busy(text: string | null): void;
  /** Opens a member's sheet in appraisal mode in the pane's sheet section. */
  appraise(campaign: string, group: Group, unit: Unit): Promise<void>;
}

/** What the vote form holds, as typed. */
export interface VoteForm {
  members: string;
  present: string;
  /** Unit code → votes as typed; empty means "not a candidate". */
  votes: Record<string, string>;
}

const whole = (s: string): number | null => (/^\s*\d+\s*$/.test(s) ? Number(s) : null);

/**
 * Reads the vote form into a round, or the Vietnamese problems that stop it (numbers, then the shared
 * round checks: present above members, votes above present).
 */
export function readVoteForm(
  form: VoteForm,
  members: readonly string[],
): { round: VotePut; problems: [] } | { round: null; problems: string[] } {
  const problems: string[] = [];
  const m = whole(form.members);
  const p = whole(form.present);
  if (m === null || m < 1) problems.push(L.vote.notNumber(L.vote.members));
  if (p === null) problems.push(L.vote.notNumber(L.vote.present));
  const candidates: Array<{ unit: string; votes: number }> = [];
  for (const unit of members) {
    const typed = (form.votes[unit] ?? '').trim();
    if (typed === '') continue;
    const v = whole(typed);
    if (v === null) problems.push(L.vote.notNumber(`${L.vote.votes} ${unit}`));
    else candidates.push({ unit, votes: v });
  }
  if (!candidates.length) problems.push(L.vote.noCandidates);
  if (problems.length) return { round: null, problems };
  const round: VotePut = { members: m!, present: p!, candidates };
  const shared = validateRound(round, members).map((x) => x.message);
  return shared.length ? { round: null, problems: shared } : { round, problems: [] };
}

/** The line under the form: the group's rule and, for a round, the votes it takes. */
export function thresholdLine(rule: VoteRule | undefined, result: RoundResult | null): string {
  if (!rule) return L.vote.noRule;
  const base = L.vote.rule(rule.percent, rule.of);
  return result?.threshold != null ? `${base}: ${L.vote.threshold(result.threshold, result.base)}` : base;
}

/** Units of a round that reached the threshold, named. */
export function reachedLine(result: RoundResult, names: ReadonlyMap<string, string>): string {
  const reached = result.candidates.filter((c) => c.reached).map((c) => names.get(c.unit) ?? c.unit);
  return reached.length ? L.vote.reachedList(reached.join(', ')) : L.vote.noneReached;
}

/** Renders the group panel into `root` and keeps it live (reload, appraise, vote). */
export async function showLeadGroup(
  root: HTMLElement,
  ctx: LeadContext,
  campaign: string,
  groupCode: string,
): Promise<void> {
  const awards = awardsApi(ctx.api);
  ctx.busy(paneText.states.loading);
  try {
    const doc = await ctx.document(campaign);
    const group = doc.groups.find((g) => g.code === groupCode);
    if (!group) throw new Error(groupCode);
    const [list, votes] = await Promise.all([
      awards.groupSheets(campaign, groupCode),
      awards.votes(campaign, groupCode).catch(() => ({ rounds: [] as VoteRoundView[] })),
    ]);
    const units = new Map(doc.units.map((u) => [u.code, u]));
    const names = new Map(doc.units.map((u) => [u.code, u.name]));
    root.hidden = false;
    fill(
      root,
      h('h2', {}, L.heading(group.name)),
      h(
        'button',
        { type: 'button', onclick: () => void showLeadGroup(root, ctx, campaign, groupCode) },
        L.reload,
      ),
      sheetTable(list.sheets, ctx, (row) => {
        const unit = units.get(row.unit);
        if (unit) void ctx.appraise(campaign, group, unit);
      }),
      voteSection(awards, ctx, campaign, group, names, votes.rounds),
    );
    ctx.say('info', '');
  } catch (error) {
    const o = outcomeOf(error, null);
    ctx.say('error', 'detail' in o && o.detail ? o.detail : String(o.kind));
  } finally {
    ctx.busy(null);
  }
}

function sheetTable(rows: readonly GroupSheetRow[], ctx: LeadContext, appraise: (r: GroupSheetRow) => void) {
  if (!rows.length) return h('p', {}, L.empty);
  const submitted = rows.filter((r) => r.status !== 'draft').length;
  const self = ctx.me.role === 'unit' ? ctx.me.unit : null;
  return h(
    'div',
    { class: 'lead-sheets' },
    h('p', {}, L.submittedCount(submitted, rows.length)),
    h(
      'table',
      { id: 'lead-sheets' },
      h('thead', {}, h('tr', {}, ...L.columns.map((c) => h('th', {}, c)))),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            { 'data-unit': r.unit, 'data-status': r.status },
            h('td', {}, r.name),
            h('td', {}, r.status === 'draft' ? L.draft : (sheetText.status[r.status] ?? r.status)),
            h('td', { class: 'number' }, r.total === null ? '—' : num(r.total)),
            h('td', {}, r.submittedAt ? formatInstantVi(r.submittedAt) : '—'),
            h(
              'td',
              {},
              r.unit === self
                ? h('span', { class: 'muted' }, L.ownSheet)
                : h(
                    'button',
                    {
                      type: 'button',
                      onclick: () => appraise(r),
                      ...(r.status === 'draft' || !ctx.host.run ? { disabled: true, 'data-off': '1' } : {}),
                    },
                    L.appraise,
                  ),
            ),
          ),
        ),
      ),
    ),
  );
}

function voteSection(
  awards: AwardsApi,
  ctx: LeadContext,
  campaign: string,
  group: Group,
  names: ReadonlyMap<string, string>,
  rounds: readonly VoteRoundView[],
): HTMLElement {
  const latest = [...rounds].sort((a, b) => b.round - a.round)[0];
  const field = (id: string, label: string, value: string) => {
    const input = h('input', { id, type: 'number', min: '0', step: '1', value });
    return { input, el: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
  };
  const roundSelect = h(
    'select',
    { id: 'vote-round' },
    ...[1, 2].map((n) =>
      h('option', { value: String(n), ...(n === (latest?.round ?? 1) ? { selected: true } : {}) }, String(n)),
    ),
  );
  const members = field('vote-members', L.vote.members, String(latest?.members ?? group.members.length));
  const present = field('vote-present', L.vote.present, String(latest?.present ?? group.members.length));
  const prior = new Map((latest?.candidates ?? []).map((c) => [c.unit, String(c.votes)]));
  const voteInputs = new Map(
    group.members.map((u) => [
      u,
      h('input', {
        type: 'number',
        min: '0',
        step: '1',
        'data-unit': u,
        'aria-label': `${L.vote.votes} ${names.get(u) ?? u}`,
        value: prior.get(u) ?? '',
      }),
    ]),
  );
  const line = h('p', { id: 'vote-threshold', class: 'muted' });
  const result = h('div', { id: 'vote-result' });
  const form = (): VoteForm => ({
    members: members.input.value,
    present: present.input.value,
    votes: Object.fromEntries([...voteInputs].map(([u, i]) => [u, i.value])),
  });
  const live = () => {
    const read = readVoteForm(form(), group.members);
    fill(line, thresholdLine(group.vote, read.round ? evaluateRound(group.vote, read.round) : null));
  };
  for (const i of [members.input, present.input, ...voteInputs.values()]) i.addEventListener('input', live);
  live();
  if (latest) fill(result, roundResult(group.vote, latest, names));

  const record = async () => {
    const read = readVoteForm(form(), group.members);
    if (!read.round) {
      fill(result, ...read.problems.map((p) => banner('error', p)));
      return;
    }
    ctx.busy(L.vote.recording);
    try {
      const saved = await awards.putVotes(campaign, group.code, Number(roundSelect.value), read.round);
      ctx.say('info', '');
      fill(result, banner('ok', L.vote.recorded(saved.round)), roundResult(group.vote, saved, names));
    } catch (error) {
      const o = outcomeOf(error, null);
      const errors = (error as { problem?: { errors?: Array<{ message: string }> } }).problem?.errors ?? [];
      fill(
        result,
        banner('error', 'detail' in o && o.detail ? o.detail : o.kind),
        ...errors.map((e) => banner('error', e.message)),
      );
    } finally {
      ctx.busy(null);
    }
  };

  return h(
    'section',
    { class: 'vote' },
    h('h3', {}, L.vote.heading),
    h('div', { class: 'field' }, h('label', { for: 'vote-round' }, L.vote.round), roundSelect),
    members.el,
    present.el,
    h(
      'table',
      { id: 'vote-candidates' },
      h('thead', {}, h('tr', {}, h('th', {}, L.vote.candidate), h('th', {}, L.vote.votes))),
      h(
        'tbody',
        {},
        ...[...voteInputs].map(([u, input]) =>
          h('tr', {}, h('td', {}, names.get(u) ?? u), h('td', {}, input)),
        ),
      ),
    ),
    line,
    h('button', { type: 'button', class: 'primary', onclick: () => void record() }, L.vote.record),
    result,
  );
}

/** A recorded round against the group's rule, evaluated by the shared core like the Worker does. */
function roundResult(rule: VoteRule | undefined, round: VoteRoundView, names: ReadonlyMap<string, string>) {
  const r = evaluateRound(rule, round);
  return h(
    'div',
    { class: 'vote-result' },
    h('h4', {}, L.vote.resultHeading(round.round)),
    h('p', {}, thresholdLine(rule, r)),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...L.vote.columns.map((c) => h('th', {}, c)))),
      h(
        'tbody',
        {},
        ...r.candidates.map((c) =>
          h(
            'tr',
            { class: c.reached ? 'reached' : '', 'data-unit': c.unit },
            h('td', {}, names.get(c.unit) ?? c.unit),
            h('td', { class: 'number' }, String(c.votes)),
            h('td', { class: 'number' }, L.vote.share(c.share)),
            h('td', {}, c.reached ? L.vote.reached : L.vote.notReached),
          ),
        ),
      ),
    ),
    h('p', { class: 'vote-reached' }, reachedLine(r, names)),
  );
}
