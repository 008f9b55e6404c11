/**
 * The lead unit's (and the secretariat's) group panel: the members' sheets at a glance (GET …/sheets), a
 * "Thẩm định" button that opens a member's sheet in appraisal mode — drawn in this panel's slot, before the
 * vote round (./vote-panel.ts), so the work reads top to bottom: the sheets, appraise, vote.
 */
import type { Group } from '../../../shared/contract/plan';
import { formatInstantVn } from '../../../shared/time';
import { awardsApi, type GroupSheetRow, type VoteRoundView } from '../api/awards';
import { leadText as L } from '../messages/lead';
import { num } from '../messages/numbers';
import { paneText } from '../messages/pane';
import { sheetText } from '../messages/sheet';
import { fill, h } from './dom';
import { outcomeOf } from './outcome';
import { failureText, failureTone } from './outcome-text';
import type { PanelContext } from './panel-context';
import { banner } from './view';
import { voteSection } from './vote-panel';

/** Renders the group panel into `root` and keeps it live (reload, appraise, vote). */
export async function showLeadGroup(
  root: HTMLElement,
  ctx: PanelContext,
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
    // A sheet open for appraisal stays open (and in its place) when the panel is drawn again.
    const open = root.querySelector('#sheet');
    const slot = h('div', { id: 'lead-appraise' }, open);
    fill(
      root,
      h('h2', {}, L.heading(group.name)),
      h(
        'button',
        { type: 'button', onclick: () => void showLeadGroup(root, ctx, campaign, groupCode) },
        L.reload,
      ),
      sheetTable(list.sheets, group.kind, ctx, (row) => {
        const unit = units.get(row.unit);
        if (unit) void ctx.appraise(campaign, group, unit);
      }),
      slot,
      voteSection(awards, ctx, campaign, group, names, votes.rounds),
    );
  } catch (error) {
    const f = outcomeOf(error);
    if (f.kind === 'unauthorized') ctx.failed(f);
    else {
      root.hidden = false;
      root.prepend(banner(failureTone(f), failureText(f)));
    }
  } finally {
    ctx.busy(null);
  }
}

function sheetTable(
  rows: readonly GroupSheetRow[],
  kind: Group['kind'],
  ctx: PanelContext,
  appraise: (r: GroupSheetRow) => void,
) {
  if (!rows.length) return h('p', {}, L.empty(kind));
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
            h('td', {}, r.submittedAt ? formatInstantVn(r.submittedAt) : '—'),
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
