/**
 * The pane's "Danh sách cán bộ" section: a unit's own list of a campaign's year, or — for the secretariat —
 * any unit's, in the campaign the staff's selector at the top of the pane names (`ctx.campaign`). The sheet's
 * flows are the form session's (./form-session.ts, ./staff-form.ts).
 */
import { staffPaneText as S } from '../messages/staff';
import { fill, h } from './dom';
import { formControls } from './form-panel';
import { FormSession } from './form-session';
import type { Panel, PanelContext } from './panel-context';
import { staffForm } from './staff-form';
import { banner } from './view';

/** Campaigns the caller keeps a staff list in: a unit's own, every one for the secretariat. */
function campaignsOf(ctx: PanelContext): string[] {
  if (ctx.me.unit) return [...new Set(ctx.me.groups.map((g) => g.campaign))];
  if (ctx.me.role === 'secretariat' || ctx.me.role === 'admin') return [...ctx.titles.keys()];
  return [];
}

export const staffPanel: Panel = (ctx) => {
  const staffRole = ctx.me.role === 'secretariat' || ctx.me.role === 'admin';
  if (!ctx.me.unit && !staffRole) return null;
  const section = h('section', { id: 'staff', class: 'role-panel' }, h('h2', {}, S.heading));
  const codes = campaignsOf(ctx);
  if (!codes.length) {
    section.append(h('p', { class: 'muted' }, S.noCampaign));
    return section;
  }
  const campaign =
    ctx.campaign ??
    h(
      'select',
      { id: 'staff-campaign' },
      ...codes.map((c) => h('option', { value: c }, `${c} · ${ctx.titles.get(c) ?? ''}`)),
    );
  // The secretariat picks the unit among the campaign's; a unit's is its own.
  const unit = h('select', { id: 'staff-unit' });
  const loadUnits = async () => {
    if (!staffRole) return;
    try {
      const doc = await ctx.document(campaign.value);
      fill(unit, ...doc.units.map((u) => h('option', { value: u.code }, `${u.name} (${u.code})`)));
    } catch {
      fill(unit);
    }
  };
  const sessions = new Map<string, FormSession<unknown>>();
  const session = async () => {
    const code = campaign.value;
    const who = ctx.me.unit ?? unit.value;
    const key = `${code}|${who}`;
    let s = sessions.get(key);
    if (!s) {
      const year = (await ctx.document(code)).campaign.year;
      const deps = { api: ctx.api, run: ctx.host.run!, caps: ctx.host.caps };
      s = new FormSession(deps, staffForm(deps, { campaign: code, year, unit: who })) as FormSession<unknown>;
      sessions.set(key, s);
    }
    return s;
  };
  if (!ctx.campaign) section.append(h('label', { for: 'staff-campaign' }, S.campaign), campaign);
  if (staffRole) {
    section.append(h('label', { for: 'staff-unit' }, S.unit), unit);
    campaign.addEventListener('change', () => void loadUnits());
    void loadUnits();
  }
  section.append(formControls(ctx, 'staff', S, session));
  if (!ctx.host.run) section.append(banner('warn', S.needExcel));
  return section;
};
