/**
 * The pane's "Đăng ký thi đua" section: a unit's registration (its collective titles, its staff picked from
 * the staff list with their target titles) as a form (./registration-form.ts), a unit's own or any unit's
 * for the secretariat, who also pulls every unit's registrations and the calendar with each milestone's
 * state as tables (../tables/registrations.ts, ../tables/calendar.ts).
 */
import { registrationsApi } from '../api/registrations';
import { writeTables } from '../excel/tables';
import { registrationPaneText as R } from '../messages/registration';
import { calendarTable } from '../tables/calendar';
import { registeredRows, registrationsTable } from '../tables/registrations';
import { h } from './dom';
import type { PanelContext } from './panel-context';
import { registrationForm } from './registration-form';
import { reporter } from './secretariat';
import { unitFormPanel } from './unit-form-panel';

function pulls(ctx: PanelContext, campaign: () => string): HTMLElement[] {
  if (ctx.me.role !== 'secretariat' && ctx.me.role !== 'admin') return [];
  const api = registrationsApi(ctx.api);
  const result = h('div', { id: 'registration-pull-result', 'aria-live': 'polite' });
  const { show, act } = reporter(ctx, result);
  const registrations = () =>
    act(R.pullingRegistrations, async () => {
      const run = ctx.host.run;
      if (!run) return show('warn', R.needExcel);
      const code = campaign();
      const [list, doc] = await Promise.all([api.registrations(code), ctx.document(code)]);
      const awards = new Map(doc.awards.map((a) => [a.code, a.name]));
      const at = new Date().toISOString();
      const table = registrationsTable({ campaign: code, registrations: list.registrations, awards, at });
      await writeTables(run, [table], ctx.host.caps);
      const rows = list.registrations.map(registeredRows);
      show(
        'ok',
        R.pulledRegistrations(
          rows.filter((n) => n > 0).length,
          rows.reduce((a, n) => a + n, 0),
        ),
      );
    });
  const calendar = () =>
    act(R.pullingCalendar, async () => {
      const run = ctx.host.run;
      if (!run) return show('warn', R.needExcel);
      const code = campaign();
      const cal = await api.calendar(code);
      await writeTables(
        run,
        [calendarTable({ campaign: code, milestones: cal.milestones, at: new Date().toISOString() })],
        ctx.host.caps,
      );
      show('ok', R.pulledCalendar(cal.milestones.length));
    });
  return [
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', id: 'registration-pull', onclick: () => void registrations() },
        R.pullRegistrations,
      ),
      h('button', { type: 'button', id: 'calendar-pull', onclick: () => void calendar() }, R.pullCalendar),
    ),
    result,
  ];
}

export const registrationPanel = unitFormPanel({
  id: 'registration',
  texts: R,
  form: (deps, t) => registrationForm(deps, { campaign: t.campaign, unit: t.unit, plan: t.doc }),
  extra: pulls,
});
