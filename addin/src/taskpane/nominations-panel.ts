/**
 * The pane's nominations section (units and the secretariat): a campaign, the three actions of the
 * nominations session (./nominations-session.ts), and the rows' standing after each answer.
 */
import type { NominationStatus } from '../api/awards';
import { selectCell } from '../excel/workbook';
import { nominationPaneText as N } from '../messages/nominations';
import { reasonsText, statusLabel } from '../sheets/nominations/values';
import { fill, h } from './dom';
import { type NominationsOutcome, NominationsSession, type RowReport } from './nominations-session';
import { isFailure, outcomeOf } from './outcome';
import { failureLines, failureTone } from './outcome-text';
import type { Panel, PanelContext } from './panel-context';
import { banner, cellList } from './view';

/** Campaigns the caller may nominate in: a unit's own, every one for the secretariat. */
function campaignsOf(ctx: PanelContext): string[] {
  if (ctx.me.role === 'unit') return [...new Set(ctx.me.groups.map((g) => g.campaign))];
  if (ctx.me.role === 'secretariat' || ctx.me.role === 'admin') return [...ctx.titles.keys()];
  return [];
}

/** The pane's nominations section (units and the secretariat). */
export const nominationsPanel: Panel = (ctx) => {
  const codes = campaignsOf(ctx);
  if (ctx.me.role === 'council' || (ctx.me.role === 'unit' && !ctx.me.unit)) return null;
  const section = h(
    'section',
    { id: 'nominations' },
    h('h2', {}, N.heading),
    h('p', { class: 'muted' }, N.intro),
  );
  if (!codes.length) {
    section.append(h('p', {}, N.noCampaign));
    return section;
  }
  const run = ctx.host.run;
  // The staff's pane has one campaign selector at its top (./groups-view.ts); a unit picks among its own.
  const own = !ctx.campaign;
  const select =
    ctx.campaign ??
    h(
      'select',
      { id: 'nominations-campaign' },
      ...codes.map((c) => h('option', { value: c }, `${c} · ${ctx.titles.get(c) ?? ''}`)),
    );
  const results = h('div', { id: 'nominations-results' });
  const sessions = new Map<string, NominationsSession>();
  const session = async () => {
    const code = select.value;
    let s = sessions.get(code);
    if (!s) {
      s = new NominationsSession(
        { api: ctx.api, run: run!, caps: ctx.host.caps },
        code,
        ctx.me,
        await ctx.document(code),
      );
      sessions.set(code, s);
    }
    return s;
  };
  const pick = (address: string) => {
    const ws = sessions.get(select.value)?.stored?.worksheetId;
    if (ws && run) void selectCell(run, ws, address).catch(() => undefined);
  };
  const act = async (text: string, f: (s: NominationsSession) => Promise<NominationsOutcome>) => {
    ctx.busy(text);
    try {
      const o = await f(await session());
      show(o);
    } catch (error) {
      show(outcomeOf(error));
    } finally {
      ctx.busy(null);
    }
  };
  const show = (o: NominationsOutcome) => {
    // A failure shows beside the buttons; an expired token disconnects the pane the one shared way.
    if (isFailure(o)) {
      if (o.kind === 'unauthorized') ctx.failed(o);
      else fill(results, ...failureLines(o).map((line) => banner(failureTone(o), line)));
      return;
    }
    switch (o.kind) {
      case 'built':
        fill(results, banner('ok', N.built(o.count)), standing(o.rows, pick));
        return;
      case 'sent':
        fill(results, banner('ok', N.sent(o.created, o.changed, o.withdrawn)), standing(o.rows, pick));
        return;
      case 'refreshed':
        fill(
          results,
          banner('ok', N.refreshed),
          o.missing ? banner('warn', N.missing(o.missing)) : null,
          standing(o.rows, pick),
        );
        return;
      case 'invalid':
        fill(
          results,
          banner('error', N.invalid),
          ...o.general.map((g) => banner('error', g)),
          cellList(N.problems, o.problems, 'error', pick),
        );
        return;
      case 'no-sheet':
        fill(results, banner('warn', N.notBuilt));
        return;
    }
  };
  const button = (
    label: string,
    cls: string,
    text: string,
    f: (s: NominationsSession) => Promise<NominationsOutcome>,
  ) =>
    h(
      'button',
      {
        type: 'button',
        class: cls,
        onclick: () => void act(text, f),
        ...(run ? {} : { disabled: true, 'data-off': '1' }),
      },
      label,
    );
  if (own) section.append(h('label', { for: 'nominations-campaign' }, N.campaign), select);
  section.append(
    h(
      'div',
      { class: 'actions' },
      button(N.build, '', N.building, (s) => s.build()),
      button(N.send, 'primary', N.sending, (s) => s.send()),
      button(N.refresh, '', N.refreshing, (s) => s.refresh()),
    ),
    results,
  );
  if (!run) results.before(banner('warn', N.needExcel));
  return section;
};

/** The summary of statuses and the rows over quota or ineligible, each with its reasons. */
function standing(rows: readonly RowReport[], pick: (address: string) => void): HTMLElement {
  const count = (s: NominationStatus) => rows.filter((r) => r.status === s).length;
  const bad = rows.filter((r) => r.status !== 'within_quota');
  return h(
    'div',
    { class: 'nominations-standing' },
    h(
      'p',
      { id: 'nominations-summary' },
      N.summary(count('within_quota'), count('over_quota'), count('ineligible')),
    ),
    bad.length
      ? h(
          'section',
          { class: 'cells warn' },
          h('h3', {}, N.overList),
          h(
            'ul',
            {},
            ...bad.map((r) =>
              h(
                'li',
                { 'data-status': r.status },
                h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => pick(r.address) },
                  `${r.name} — ${statusLabel(r.status)}${r.reasons.length ? `: ${reasonsText(r.reasons)}` : ''}`,
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
