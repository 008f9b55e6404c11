/**
 * The unit's panel beside its sheet: pick one of its groups, then see its rank and classification (after the
 * deadline, as the API allows), its sheet's history, or withdraw a submission (an inline confirmation first;
 * the stored state said in words after). Each action's message stays under its button.
 */
import { formatInstantVn } from '../../../shared/time';
import type { MeGroup } from '../api/types';
import { unitReadsApi } from '../api/unit-reads';
import { mySheetText as T } from '../messages/my-sheet';
import { fill, h } from './dom';
import { historyLines, myRankLines, rankingAccess, withdrawSubmission } from './my-sheet-model';
import type { Panel } from './panel-context';
import { errorText } from './secretariat';
import { banner, type Tone } from './view';

const key = (g: MeGroup) => `${g.campaign}/${g.group}`;

export const mySheetPanel: Panel = (ctx) => {
  const unit = ctx.me.unit;
  if (ctx.me.role !== 'unit' || !unit) return null;
  const section = h('section', { id: 'my-sheet', class: 'role-panel' }, h('h2', {}, T.heading));
  if (!ctx.me.groups.length) {
    section.append(h('p', { class: 'muted' }, T.none));
    return section;
  }
  const groups = new Map(ctx.me.groups.map((g) => [key(g), g]));
  const select = h(
    'select',
    { id: 'my-sheet-group' },
    ...ctx.me.groups.map((g) => h('option', { value: key(g), title: g.name }, T.option(g.group, g.campaign))),
  );
  const picked = () => groups.get(select.value) ?? ctx.me.groups[0]!;
  const path = () => ({ campaign: picked().campaign, group: picked().group, unit });
  const reads = unitReadsApi(ctx.api);

  /** Runs an action with the pane busy; what it shows (or its failure) goes to its own result area. */
  const act = async (out: HTMLElement, busy: string, body: () => Promise<Node[]>) => {
    ctx.busy(busy);
    try {
      fill(out, ...(await body()));
    } catch (error) {
      fill(out, banner('error', errorText(error)));
    } finally {
      ctx.busy(null);
    }
  };
  const say = (tone: Tone, head: string, ...rest: string[]): Node[] => [
    banner(tone, head),
    ...rest.map((line) => h('p', { class: 'detail' }, line)),
  ];

  const rankOut = h('div', { id: 'my-sheet-rank', 'aria-live': 'polite' });
  const showRank = () =>
    act(rankOut, T.rankingLoading, async () => {
      const g = picked();
      const access = rankingAccess(g.deadline, Date.now());
      if (access.kind === 'no-deadline') return say('info', T.noDeadline(g.kind));
      if (access.kind === 'before') return say('info', T.beforeDeadline(formatInstantVn(access.deadline)));
      const [head, ...rest] = myRankLines(await reads.ranking(g), unit);
      return say('ok', head!, ...rest);
    });

  const historyOut = h('div', { id: 'my-sheet-history', 'aria-live': 'polite' });
  const showHistory = () =>
    act(historyOut, T.historyLoading, async () => {
      const lines = historyLines(await reads.history(path()), formatInstantVn);
      if (!lines.length) return say('info', T.historyNone);
      return [h('ol', { class: 'history' }, ...lines.map((l) => h('li', {}, l[0]!, h('br'), l[1]!)))];
    });

  const withdrawOut = h('div', { id: 'my-sheet-withdraw-result', 'aria-live': 'polite' });
  const confirmRow = h('div', { class: 'confirm', hidden: true });
  const withdraw = () =>
    act(withdrawOut, T.withdrawing, async () => {
      confirmRow.hidden = true;
      const w = await withdrawSubmission(ctx.api, path());
      return w.done ? say('ok', T.withdrawn(w.revision)) : say('warn', T.notSubmitted(w.status));
    });
  fill(
    confirmRow,
    h('p', {}, T.withdrawAsk),
    h(
      'button',
      { type: 'button', id: 'my-sheet-withdraw-yes', onclick: () => void withdraw() },
      T.withdrawYes,
    ),
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          confirmRow.hidden = true;
          fill(withdrawOut, banner('info', T.cancelled));
        },
      },
      T.withdrawNo,
    ),
  );
  const ask = () => {
    confirmRow.hidden = false;
    fill(withdrawOut);
  };

  section.append(
    h('div', { class: 'field' }, h('label', { for: 'my-sheet-group' }, T.group), select),
    h('button', { type: 'button', id: 'my-sheet-ranking', onclick: () => void showRank() }, T.ranking),
    rankOut,
    h(
      'button',
      { type: 'button', id: 'my-sheet-history-show', onclick: () => void showHistory() },
      T.history,
    ),
    historyOut,
    h('button', { type: 'button', id: 'my-sheet-withdraw', onclick: ask }, T.withdraw),
    confirmRow,
    withdrawOut,
  );
  return section;
};
