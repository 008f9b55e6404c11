/**
 * The secretariat's audit view (secretariat, admin): a campaign and the filters of `GET …/audit` (who, which
 * action or prefix, from, to, how many), the entries as a list that fits the pane's width, oldest first.
 */
import { formatInstantVn } from '../../../shared/time';
import { unitReadsApi } from '../api/unit-reads';
import { auditText as T } from '../messages/audit';
import { auditQuery, auditRows, DEFAULT_LIMIT } from './audit-model';
import { fill, h } from './dom';
import type { Panel } from './panel-context';
import { errorText } from './secretariat';
import { banner } from './view';

const ROLES = new Set(['secretariat', 'admin']);

const field = (id: string, label: string, control: HTMLElement) =>
  h('div', { class: 'field' }, h('label', { for: id }, label), control);

export const auditPanel: Panel = (ctx) => {
  if (!ROLES.has(ctx.me.role) || !ctx.titles.size) return null;
  const campaign = h(
    'select',
    { id: 'audit-campaign' },
    ...[...ctx.titles].map(([code, title]) => h('option', { value: code }, `${title} (${code})`)),
  );
  const actor = h('input', { id: 'audit-actor', type: 'text', autocomplete: 'off' });
  const action = h('input', { id: 'audit-action', type: 'text', autocomplete: 'off' });
  const from = h('input', { id: 'audit-from', type: 'date' });
  const to = h('input', { id: 'audit-to', type: 'date' });
  const limit = h('input', { id: 'audit-limit', type: 'number', min: '1', max: '5000' });
  limit.value = String(DEFAULT_LIMIT);
  const out = h('div', { id: 'audit-result', 'aria-live': 'polite' });

  const show = async () => {
    const q = auditQuery({
      actor: actor.value,
      action: action.value,
      from: from.value,
      to: to.value,
      limit: limit.value,
    });
    if (!q.ok) return fill(out, banner('warn', q.error));
    ctx.busy(T.loading);
    try {
      const list = await unitReadsApi(ctx.api).audit(campaign.value, q.query);
      const rows = auditRows(list, formatInstantVn);
      if (!rows.length) return fill(out, banner('info', T.none));
      fill(
        out,
        banner('ok', T.shown(rows.length, q.limit)),
        h(
          'ol',
          { class: 'audit' },
          ...rows.map(([at, who, role, act, target, rev]) =>
            h(
              'li',
              {},
              h('strong', {}, act!),
              ` · ${target} `,
              rev ? `(${rev})` : '',
              h('br'),
              `${at} · ${who} (${role})`,
            ),
          ),
        ),
      );
    } catch (error) {
      fill(out, banner('error', errorText(error)));
    } finally {
      ctx.busy(null);
    }
  };

  return h(
    'section',
    { id: 'audit', class: 'role-panel' },
    h('h2', {}, T.heading),
    field('audit-campaign', T.campaign, campaign),
    field('audit-actor', T.actor, actor),
    field('audit-action', T.action, action),
    field('audit-from', T.from, from),
    field('audit-to', T.to, to),
    field('audit-limit', T.limit, limit),
    h('button', { id: 'audit-show', type: 'button', onclick: () => void show() }, T.show),
    out,
  );
};
