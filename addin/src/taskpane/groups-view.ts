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
import type { PanelContext } from './panel-context';

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
      {},
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

/** The secretariat's way to a group panel: pick a campaign, then one of its groups. */
export function renderStaffGroups(root: HTMLElement, ctx: PanelContext): void {
  const select = h(
    'select',
    { id: 'staff-campaign' },
    ...[...ctx.titles].map(([code, title]) => h('option', { value: code }, `${code} · ${title}`)),
  );
  const list = h('ul', { class: 'groups', id: 'staff-groups' });
  const show = async () => {
    ctx.busy(P.states.loading);
    try {
      const doc = await ctx.document(select.value);
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
      ctx.say('info', '');
    } catch (error) {
      ctx.failed(outcomeOf(error));
    } finally {
      ctx.busy(null);
    }
  };
  fill(
    root,
    h('h2', {}, L.staffHeading),
    h('label', { for: 'staff-campaign' }, L.staffCampaign),
    select,
    h('button', { type: 'button', onclick: () => void show() }, L.staffShow),
    list,
  );
}
