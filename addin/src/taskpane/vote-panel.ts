/**
 * The vote round of a group panel: the form (PUT …/votes/{round}) with its live threshold line, checked by
 * the round rules the Worker applies (shared/votes.ts), and a recorded round against the group's rule,
 * evaluated by the shared core as the Worker does. Choosing a round shows that round's own figures (a
 * correction, with its reason field) or empty fields: never round 1's figures in round 2.
 */
import type { Group, VoteRule } from '../../../shared/contract/plan';
import { evaluateRound, latestRound, VOTE_ROUNDS } from '../../../shared/votes';
import type { AwardsApi, VoteRoundView } from '../api/awards';
import { confirmText as C } from '../messages/confirm';
import { leadText as L } from '../messages/lead';
import { confirmIn } from './confirm';
import { fill, h } from './dom';
import { outcomeOf } from './outcome';
import { failureLines } from './outcome-text';
import type { PanelContext } from './panel-context';
import { banner } from './view';
import {
  formFor,
  isCorrection,
  openingRound,
  reachedLine,
  readVoteForm,
  thresholdLine,
  type VoteForm,
} from './vote-form';

export function voteSection(
  awards: AwardsApi,
  ctx: PanelContext,
  campaign: string,
  group: Group,
  names: ReadonlyMap<string, string>,
  rounds: readonly VoteRoundView[],
): HTMLElement {
  const latest = latestRound(rounds);
  // The rounds recorded so far, kept up to date as this panel records more: they decide which round may
  // follow, and what a chosen round's fields show.
  const recorded = new Map(rounds.map((r) => [r.round, r]));
  const opening = formFor(openingRound(group.vote, rounds), rounds, group);
  const field = (id: string, label: string, value: string) => {
    const input = h('input', { id, type: 'number', min: '0', step: '1', value });
    return { input, el: h('div', { class: 'field' }, h('label', { for: id }, label), input) };
  };
  const roundSelect = h(
    'select',
    { id: 'vote-round' },
    ...VOTE_ROUNDS.map((n) =>
      h(
        'option',
        { value: String(n), ...(String(n) === opening.round ? { selected: true } : {}) },
        String(n),
      ),
    ),
  );
  const members = field('vote-members', L.vote.members, opening.members);
  const present = field('vote-present', L.vote.present, opening.present);
  const voteInputs = new Map(
    group.members.map((u) => [
      u,
      h('input', {
        type: 'number',
        min: '0',
        step: '1',
        'data-unit': u,
        'aria-label': `${L.vote.votes} ${names.get(u) ?? u}`,
        value: opening.votes[u] ?? '',
      }),
    ]),
  );
  // A recorded round is corrected only with a reason (its own audited action on the Worker).
  const reason = h('textarea', { id: 'vote-correction', rows: '2' });
  const reasonField = h(
    'div',
    { class: 'field', id: 'vote-correction-field' },
    h('label', { for: 'vote-correction' }, L.vote.correctionReason),
    reason,
  );
  const button = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => void record() },
    L.vote.record,
  );
  const showMode = () => {
    const correcting = isCorrection(roundSelect.value, [...recorded.values()]);
    reasonField.hidden = !correcting;
    fill(button, correcting ? L.vote.correct : L.vote.record);
  };
  /** Shows the chosen round's own figures, or empty fields. */
  const showRound = () => {
    const round = Number(roundSelect.value) === 2 ? 2 : 1;
    const f = formFor(round, [...recorded.values()], group);
    members.input.value = f.members;
    present.input.value = f.present;
    for (const [u, input] of voteInputs) input.value = f.votes[u] ?? '';
    reason.value = '';
    showMode();
  };
  const line = h('p', { id: 'vote-threshold', class: 'muted' });
  const result = h('div', { id: 'vote-result' });
  const form = (): VoteForm => ({
    round: roundSelect.value,
    members: members.input.value,
    present: present.input.value,
    votes: Object.fromEntries([...voteInputs].map(([u, i]) => [u, i.value])),
    correction: reasonField.hidden ? '' : reason.value,
  });
  const read = () => readVoteForm(form(), group, [...recorded.values()], group.vote);
  const live = () => {
    const now = read();
    fill(
      line,
      thresholdLine(group.vote, now.round ? evaluateRound(group.vote, now.round) : null, group.kind),
    );
  };
  for (const i of [members.input, present.input, reason, ...voteInputs.values()])
    i.addEventListener('input', live);
  roundSelect.addEventListener('change', () => {
    showRound();
    live();
  });
  showMode();
  live();
  if (latest) fill(result, roundResult(group.vote, latest, names, group.kind));

  const confirmSlot = h('div', { id: 'vote-confirm' });
  const confirmer = confirmIn(confirmSlot);
  async function record() {
    const typed = read();
    if (!typed.round) {
      fill(result, ...typed.problems.map((p) => banner('error', p)));
      return;
    }
    if (!(await confirmer.ask(C.vote(typed.number)))) {
      fill(result, banner('info', C.cancelled));
      return;
    }
    ctx.busy(L.vote.recording);
    try {
      const saved = await awards.putVotes(campaign, group.code, typed.number, typed.round);
      recorded.set(saved.round, saved);
      reason.value = '';
      showMode();
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
  }

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
    reasonField,
    line,
    button,
    confirmSlot,
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
