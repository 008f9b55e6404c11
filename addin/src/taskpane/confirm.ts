/**
 * An in-pane confirmation (Office add-ins cannot rely on window.confirm): a question with "Đồng ý" and "Hủy"
 * shown in the slot beside the action that asks. `Confirmer` is the logic (one question at a time per slot; a
 * new question cancels the pending one), `confirmIn` draws it; the pane's tests drive the logic directly.
 */
import { confirmText as C } from '../messages/confirm';
import { fill, h } from './dom';

export interface Question {
  text: string;
  /** Answers the pending question; a second answer is ignored. */
  answer(yes: boolean): void;
}

export class Confirmer {
  private pending: Question | null = null;

  /** `render` shows a question, or nothing (null) once it is answered. */
  constructor(private readonly render: (q: Question | null) => void) {}

  get current(): Question | null {
    return this.pending;
  }

  ask(text: string): Promise<boolean> {
    this.pending?.answer(false);
    return new Promise<boolean>((resolve) => {
      let done = false;
      const q: Question = {
        text,
        answer: (yes) => {
          if (done) return;
          done = true;
          if (this.pending === q) {
            this.pending = null;
            this.render(null);
          }
          resolve(yes);
        },
      };
      this.pending = q;
      this.render(q);
    });
  }
}

/** A confirmer drawn into `slot`: the question, then the two buttons (confirm first, the primary one). */
export function confirmIn(slot: HTMLElement): Confirmer {
  return new Confirmer((q) =>
    fill(
      slot,
      q
        ? h(
            'div',
            { class: 'confirm', role: 'alertdialog', 'aria-live': 'assertive' },
            h('p', {}, q.text),
            h(
              'div',
              { class: 'actions' },
              h(
                'button',
                { type: 'button', class: 'primary confirm-ok', onclick: () => q.answer(true) },
                C.ok,
              ),
              h(
                'button',
                { type: 'button', class: 'confirm-cancel', onclick: () => q.answer(false) },
                C.cancel,
              ),
            ),
          )
        : null,
    ),
  );
}
