/**
 * The vote round of a group panel: the form (PUT …/votes/{round}) with its live threshold line, checked by
 * the round rules the Worker applies (shared/votes.ts), and a recorded round against the group's rule,
 * evaluated by the shared core as the Worker does.
 */
import type { Group, VoteRule } from '../../../shared/contract/plan';
import { evaluateRound, latestRound, VOTE_ROUNDS } from '../../../shared/votes';
import type { AwardsApi, VoteRoundView } from '../api/awards';
import { leadText as L } from '../messages/lead';
import { fill, h } from './dom';
import { outcomeOf } from './outcome';
import { failureLines } from './outcome-text';
import type { PanelContext } from './panel-context';
import { banner } from './view';
import { reachedLine, readVoteForm, thresholdLine, type VoteForm } from './vote-form';

export function voteSection(
  awards: AwardsApi,
  ctx: PanelContext,
  campaign: string,
  group: Group,
  names: ReadonlyMap<string, string>,
  rounds: readonly VoteRoundView[],
): HTMLElement {
  const latest = latestRound(rounds);
  // The rounds recorded so far, kept up to date as this panel records more: they decide which round may follow.
  const recorded = new Set(rounds.map((r) => r.round));
  const field = (id: string, label: string, value: string) => {
    const input = h('input', { id, type: 'number', min: '0', step: '1', value });
    return { input, el: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
  };
  const roundSelect = h(
    'select',
    { id: 'vote-round' },
    ...VOTE_ROUNDS.map((n) =>
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
    round: roundSelect.value,
    members: members.input.value,
    present: present.input.value,
    votes: Object.fromEntries([...voteInputs].map(([u, i]) => [u, i.value])),
  });
  const live = () => {
    const read = readVoteForm(form(), group, [...recorded]);
    fill(
      line,
      thresholdLine(group.vote, read.round ? evaluateRound(group.vote, read.round) : null, group.kind),
    );
  };
  for (const i of [members.input, present.input, ...voteInputs.values()]) i.addEventListener('input', live);
  roundSelect.addEventListener('change', live);
  live();
  if (latest) fill(result, roundResult(group.vote, latest, names, group.kind));

  const record = async () => {
    const read = readVoteForm(form(), group, [...recorded]);
    if (!read.round) {
      fill(result, ...read.problems.map((p) => banner('error', p)));
      return;
    }
    ctx.busy(L.vote.recording);
    try {
      const saved = await awards.putVotes(campaign, group.code, read.number, read.round);
      recorded.add(saved.round);
      ctx.say('info', '');
      fill(
        result,
        banner('ok', L.vote.recorded(saved.round)),
        roundResult(group.vote, saved, names, group.kind),
      );
    } catch (error) {
      fill(result, ...failureLines(outcomeOf(error)).map((line) => banner('error', line)));
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
function roundResult(
  rule: VoteRule | undefined,
  round: VoteRoundView,
  names: ReadonlyMap<string, string>,
  kind: Group['kind'],
) {
  const r = evaluateRound(rule, round);
  return h(
    'div',
    { class: 'vote-result' },
    h('h4', {}, L.vote.resultHeading(round.round)),
    h('p', {}, thresholdLine(rule, r, kind)),
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
