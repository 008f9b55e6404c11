/**
 * The pane's "Sổ theo dõi khen thưởng" section (the secretariat): the import sheet of earlier years (open,
 * check, import: ./register-form.ts over the form session) and a view of the register for one year of
 * achievement, written as a table (../tables/register.ts).
 */
import { peopleApi } from '../api/people';
import { writeTables } from '../excel/tables';
import { registerPaneText as R } from '../messages/register';
import { registerTable } from '../tables/register';
import { h } from './dom';
import { formControls } from './form-panel';
import { FormSession } from './form-session';
import type { Panel } from './panel-context';
import { registerForm } from './register-form';
import { reporter } from './secretariat';
import { banner } from './view';

export const registerPanel: Panel = (ctx) => {
  if (ctx.me.role !== 'secretariat' && ctx.me.role !== 'admin') return null;
  const section = h('section', { id: 'register', class: 'role-panel' }, h('h2', {}, R.heading));
  const run = ctx.host.run;
  let session: FormSession<unknown> | null = null;
  const texts = { ...R, loading: R.opening, opened: () => R.opened };
  section.append(
    formControls(ctx, 'register', texts, async () => {
      session ??= new FormSession(
        { api: ctx.api, run: run!, caps: ctx.host.caps },
        registerForm({ api: ctx.api }, ctx.me.role),
      ) as FormSession<unknown>;
      return session;
    }),
  );

  const year = h('input', { id: 'register-year', type: 'number', min: '1945', max: '2100', step: '1' });
  year.value = String(new Date().getFullYear() - 1);
  const result = h('div', { id: 'register-view-result', 'aria-live': 'polite' });
  const { show, act } = reporter(ctx, result);
  const view = () =>
    act(R.viewing, async () => {
      if (!run) return show('warn', R.needExcel);
      const y = Number(year.value);
      if (!Number.isInteger(y) || y < 1945 || y > 2100) return show('error', R.badYear);
      const list = await peopleApi(ctx.api).register(y);
      await writeTables(
        run,
        [registerTable({ year: y, decisions: list.decisions, at: new Date().toISOString() })],
        ctx.host.caps,
      );
      const recipients = list.decisions.reduce((n, d) => n + d.recipients.length, 0);
      show('ok', R.viewed(list.decisions.length, recipients));
    });
  section.append(
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'register-year' }, R.year),
      year,
      h('button', { id: 'register-view', type: 'button', onclick: () => void view() }, R.view),
    ),
    result,
  );
  if (!run) section.append(banner('warn', R.needExcel));
  return section;
};
