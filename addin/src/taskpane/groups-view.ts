/**
 * The list under the account line: a unit's groups (deadline, "Mở bảng điểm", and the group panel for the
 * lead unit), or for the secretariat a campaign picker and its groups, each opening the group panel.
 */
import { formatInstantVn } from '../../../shared/time';
import type { MeGroup } from '../api/types';
import { leadText as L } from '../messages/lead';
import { paneText as P } from '../messages/pane';
import { fill, h } from './dom';
import { outcomeOf } from './outcome';
import { failureText, failureTone } from './outcome-text';
import type { PanelContext } from './panel-context';
import { banner } from './view';

/** A unit's groups; `openOwn` opens the unit's own sheet of one. */
export function renderGroups(
  root: HTMLElement,
  ctx: PanelContext,
  groups: readonly MeGroup[],
  openOwn: (g: MeGroup) => void,
): void {
  const now = Date.now();
  const items = groups.map((g) => {
    const passed = g.deadline ? new Date(g.deadline).getTime() < now : false;
    const when = g.deadline ? formatInstantVn(g.deadline) : null;
    return h(
      'li',
      { 'data-group': `${g.campaign}/${g.group}` },
      h('strong', {}, g.name),
      h('div', { class: 'muted' }, ctx.titles.get(g.campaign) ?? g.campaign),
      g.isLead ? h('span', { class: 'badge' }, P.groups.lead(g.kind)) : null,
      h(
        'div',
        { class: passed ? 'deadline passed' : 'deadline' },
        when ? (passed ? P.groups.passed(when) : P.groups.deadline(when)) : P.groups.noDeadline,
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => openOwn(g),
          ...(ctx.host.run ? {} : { disabled: true, 'data-off': '1' }),
        },
        P.groups.open,
      ),
      g.isLead
        ? h(
            'button',
            { type: 'button', onclick: () => void ctx.openGroupPanel(g.campaign, g.group) },
            L.openGroup(g.kind),
          )
        : null,
    );
  });
  fill(
    root,
    h('h2', {}, P.groups.heading),
    items.length ? h('ul', { class: 'groups' }, ...items) : h('p', {}, P.groups.empty),
  );
}

/** The staff's one campaign selector, shared by every section of their pane (follow-up, pull, freeze, snapshots). */
export function staffCampaign(titles: ReadonlyMap<string, string>): HTMLSelectElement {
  return h(
    'select',
    { id: 'campaign' },
    ...[...titles].map(([code, title]) => h('option', { value: code }, `${code} · ${title}`)),
  );
}

/** The secretariat's follow-up: the chosen campaign's groups, each opening the group panel; listed at once. */
export function renderStaffGroups(root: HTMLElement, ctx: PanelContext): void {
  const select = ctx.campaign!;
  const list = h('ul', { class: 'groups', id: 'staff-groups' });
  const note = h('div', { id: 'staff-result' });
  const show = async () => {
    ctx.busy(P.states.loading);
    try {
      const doc = await ctx.document(select.value);
      fill(note);
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
              { type: 'button', onclick: () => void ctx.openGroupPanel(select.value, g.code) },
              L.openGroup(g.kind),
            ),
          ),
        ),
      );
    } catch (error) {
      const f = outcomeOf(error);
      if (f.kind === 'unauthorized') ctx.failed(f);
      else fill(note, banner(failureTone(f), failureText(f)));
    } finally {
      ctx.busy(null);
    }
  };
  select.addEventListener('change', () => void show());
  fill(root, h('h2', {}, L.staffHeading), note, list);
  if (select.value) void show();
}
