/**
 * A pane section over a form of one unit in one campaign (the staff list, the registration): a unit's own,
 * or — for the secretariat — any unit's, in the campaign the selector at the top of the pane names
 * (`ctx.campaign`) or one picked here. The sheet's flows are the form session's (./form-session.ts); `extra`
 * adds what the section shows beside them (the secretariat's pulls).
 */
import type { CampaignDocument } from '../api/types';
import { fill, h } from './dom';
import { type FormTexts, formControls } from './form-panel';
import { type FormDeps, FormSession, type FormSpec } from './form-session';
import type { Panel, PanelContext } from './panel-context';
import { banner } from './view';

export interface UnitFormTexts extends FormTexts {
  heading: string;
  campaign: string;
  unit: string;
  needExcel: string;
  noCampaign: string;
}

export interface UnitFormPanel {
  id: string;
  texts: UnitFormTexts;
  // biome-ignore lint/suspicious/noExplicitAny: each form has its own payload and check.
  form(deps: FormDeps, target: { campaign: string; unit: string; doc: CampaignDocument }): FormSpec<any, any>;
  extra?(ctx: PanelContext, campaign: () => string): HTMLElement[];
}

/** Campaigns the caller keeps the form in: a unit's own, every one for the secretariat. */
function campaignsOf(ctx: PanelContext): string[] {
  if (ctx.me.unit) return [...new Set(ctx.me.groups.map((g) => g.campaign))];
  if (ctx.me.role === 'secretariat' || ctx.me.role === 'admin') return [...ctx.titles.keys()];
  return [];
}

export function unitFormPanel(o: UnitFormPanel): Panel {
  const S = o.texts;
  return (ctx) => {
    const staffRole = ctx.me.role === 'secretariat' || ctx.me.role === 'admin';
    if (!ctx.me.unit && !staffRole) return null;
    const section = h('section', { id: o.id, class: 'role-panel' }, h('h2', {}, S.heading));
    const codes = campaignsOf(ctx);
    if (!codes.length) {
      section.append(h('p', { class: 'muted' }, S.noCampaign));
      return section;
    }
    const campaign =
      ctx.campaign ??
      h(
        'select',
        { id: `${o.id}-campaign` },
        ...codes.map((c) => h('option', { value: c }, `${c} · ${ctx.titles.get(c) ?? ''}`)),
      );
    // The secretariat picks the unit among the campaign's; a unit's is its own.
    const unit = h('select', { id: `${o.id}-unit` });
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
        const doc = await ctx.document(code);
        const deps = { api: ctx.api, run: ctx.host.run!, caps: ctx.host.caps };
        s = new FormSession(deps, o.form(deps, { campaign: code, unit: who, doc })) as FormSession<unknown>;
        sessions.set(key, s);
      }
      return s;
    };
    if (!ctx.campaign) section.append(h('label', { for: `${o.id}-campaign` }, S.campaign), campaign);
    if (staffRole) {
      section.append(h('label', { for: `${o.id}-unit` }, S.unit), unit);
      campaign.addEventListener('change', () => void loadUnits());
      void loadUnits();
    }
    section.append(formControls(ctx, o.id, S, session));
    if (o.extra) section.append(...o.extra(ctx, () => campaign.value));
    if (!ctx.host.run) section.append(banner('warn', S.needExcel));
    return section;
  };
}
