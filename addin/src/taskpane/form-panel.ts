/**
 * The controls of a form table in the pane (the staff list, the register import, the registration): "Mở /
 * tải lại", "Kiểm tra", "Gửi" over a `FormSession` (./form-session.ts), the confirmation before a reload
 * overwrites edits not sent, and each outcome beside the buttons — the cells to fix as a list that selects
 * its cell.
 */
import { formatInstantVn } from '../../../shared/time';
import type { StoredForm } from '../excel/form-table';
import { selectCell } from '../excel/workbook';
import { confirmText as C } from '../messages/confirm';
import { confirmIn } from './confirm';
import { fill, h } from './dom';
import type { FormOutcome } from './form-session';
import { isFailure } from './outcome';
import { failureLines, failureTone } from './outcome-text';
import type { PanelContext } from './panel-context';
import { banner, cellList } from './view';

export interface FormTexts {
  open: string;
  check: string;
  send: string;
  loading: string;
  checking: string;
  sending: string;
  opened(count: number, at: string | null): string;
  notOpened: string;
  checked(count: number): string;
  sent(count: number): string;
  invalid: string;
  serverInvalid: string;
  problems: string;
  overwrite: string;
}

/** What the controls drive: a `FormSession` of any form. */
export interface FormActions {
  readonly stored: StoredForm | null;
  open(force?: boolean): Promise<FormOutcome>;
  check(): Promise<FormOutcome>;
  send(): Promise<FormOutcome>;
}

type Action = 'open' | 'check' | 'send';

/** The buttons, the confirmation slot and the results of one form, for the session `session()` gives. */
export function formControls(
  ctx: PanelContext,
  id: string,
  texts: FormTexts,
  session: () => Promise<FormActions>,
): HTMLElement {
  const run = ctx.host.run;
  const results = h('div', { id: `${id}-results`, 'aria-live': 'polite' });
  const confirmSlot = h('div', { id: `${id}-confirm` });
  const confirmer = confirmIn(confirmSlot);
  let current: FormActions | null = null;
  const pick = (address: string) => {
    const ws = current?.stored?.worksheetId;
    if (ws && run) void selectCell(run, ws, address).catch(() => undefined);
  };
  const show = (o: FormOutcome) => {
    if (isFailure(o)) {
      if (o.kind === 'unauthorized') ctx.failed(o);
      else fill(results, ...failureLines(o).map((line) => banner(failureTone(o), line)));
      return;
    }
    switch (o.kind) {
      case 'opened':
        return fill(results, banner('ok', texts.opened(o.count, o.at ? formatInstantVn(o.at) : null)));
      case 'checked':
        return fill(results, banner('ok', texts.checked(o.count)));
      case 'sent':
        return fill(results, banner('ok', texts.sent(o.count)));
      case 'no-sheet':
        return fill(results, banner('warn', texts.notOpened));
      case 'unsaved':
        return;
      case 'invalid':
        return fill(
          results,
          banner('error', o.sent ? texts.serverInvalid : texts.invalid),
          ...o.general.map((g) => banner('error', g)),
          cellList(texts.problems, o.problems, 'error', pick),
        );
    }
  };
  const act = async (busy: string, f: (s: FormActions) => Promise<FormOutcome>) => {
    ctx.busy(busy);
    let o: FormOutcome;
    try {
      current = await session();
      o = await f(current);
    } finally {
      ctx.busy(null);
    }
    if (o.kind === 'unsaved') {
      if (!(await confirmer.ask(texts.overwrite))) return fill(results, banner('info', C.cancelled));
      return act(busy, (s) => s.open(true));
    }
    show(o);
  };
  const busyText: Record<Action, string> = {
    open: texts.loading,
    check: texts.checking,
    send: texts.sending,
  };
  const button = (action: Action, cls = '') =>
    h(
      'button',
      {
        type: 'button',
        id: `${id}-${action}`,
        class: cls,
        onclick: () =>
          void act(busyText[action], (s) => s[action]()).catch((e) =>
            show({ kind: 'failed', detail: String(e) }),
          ),
        ...(run ? {} : { disabled: true, 'data-off': '1' }),
      },
      texts[action],
    );
  return h(
    'div',
    { class: 'form-controls' },
    h('div', { class: 'actions' }, button('open'), button('check'), button('send', 'primary')),
    confirmSlot,
    results,
  );
}
