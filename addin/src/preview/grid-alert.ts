/**
 * Excel's data-validation alert, drawn in the preview as a dialog above the grid: the validation's title and
 * message, and Excel's buttons for its style — Stop: Retry, Cancel; Warning: "Continue?" Yes, No, Cancel;
 * Information: OK, Cancel. The default button takes the focus, as in Excel (Retry, No, OK).
 */
import { previewText as T } from '../messages/preview';
import { h } from '../taskpane/dom';
import type { EntryAlert } from './workbook';

/** What the person chose: keep the entry, edit it again, or give it up. */
export type AlertChoice = 'keep' | 'edit' | 'cancel';

export function showAlert(host: HTMLElement, alert: EntryAlert, done: (choice: AlertChoice) => void): void {
  const button = (label: string, choice: AlertChoice) =>
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          host.replaceChildren();
          host.hidden = true;
          done(choice);
        },
      },
      label,
    );
  const buttons =
    alert.style === 'Stop'
      ? [button(T.retry, 'edit'), button(T.cancel, 'cancel')]
      : alert.style === 'Warning'
        ? [button(T.yes, 'keep'), button(T.no, 'edit'), button(T.cancel, 'cancel')]
        : [button(T.ok, 'keep'), button(T.cancel, 'cancel')];
  const byDefault = alert.style === 'Warning' ? buttons[1]! : buttons[0]!;
  host.replaceChildren(
    h('strong', { id: 'preview-alert-title' }, alert.title),
    h('p', {}, alert.message),
    ...(alert.style === 'Warning' ? [h('p', {}, T.alertContinue)] : []),
    h('div', { class: 'buttons' }, ...buttons),
  );
  host.dataset.style = alert.style;
  // Escape is Excel's Cancel here too.
  host.onkeydown = (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    closeAlert(host);
    done('cancel');
  };
  host.hidden = false;
  byDefault.focus();
}

/** Closes an open alert without a choice (the person clicked elsewhere: Excel's Cancel). */
export function closeAlert(host: HTMLElement): void {
  host.replaceChildren();
  host.hidden = true;
}
