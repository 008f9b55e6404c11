/**
 * "Kiểm tra tương thích": runs the self-test (../compat/steps.ts) on scratch worksheets of this workbook,
 * lists each step with its result as it comes, and shows the report (../compat/report.ts) as text that can
 * be copied (the clipboard API, or a selected textarea and the copy command where the API is refused).
 * For every role: whoever deploys the add-in runs it once per Excel host and sends the report.
 */
import {
  type CompatReport,
  errorInfo,
  reportText,
  requirementsOf,
  type StepResult,
  tally,
} from '../compat/report';
import { runSelfTest } from '../compat/steps';
import { compatText as T } from '../messages/compat';
import { fill, h } from './dom';
import type { Panel } from './panel-context';
import { banner, type Tone } from './view';

const TONE = { ok: 'ok', failed: 'error', skipped: 'warn', notRun: 'warn' } as const;

function suffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(3));
  return [...bytes]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

function stepItem(s: StepResult): HTMLElement {
  const error = s.error ? [s.error.code, s.error.message].filter(Boolean).join(': ') : '';
  return h(
    'li',
    { 'data-step': s.id, 'data-status': s.status, class: `tone-${TONE[s.status]}` },
    `[${T.status[s.status]}] ${s.name}`,
    s.detail ? h('div', { class: 'detail' }, s.detail) : null,
    error ? h('div', { class: 'detail' }, error) : null,
  );
}

/** Copies the text; falls back to selecting the textarea and the copy command. */
async function copy(text: string, area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    area.focus();
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export const compatPanel: Panel = (ctx) => {
  const list = h('ol', { id: 'compat-steps' });
  const area = h('textarea', { id: 'compat-report', readonly: true, rows: '12', hidden: true });
  const copyButton = h('button', { type: 'button', id: 'compat-copy', hidden: true }, T.copy);
  const runButton = h('button', { type: 'button', id: 'compat-run' }, T.run);
  let text = '';
  // What the self-test ended with, beside its buttons.
  const result = h('div', { id: 'compat-result', 'aria-live': 'polite' });
  const say = (tone: Tone, line: string) => fill(result, banner(tone, line));

  runButton.addEventListener('click', async () => {
    const run = ctx.host.run;
    if (!run) return say('warn', T.noExcel);
    fill(list);
    fill(result);
    area.hidden = true;
    copyButton.hidden = true;
    ctx.busy(T.running);
    const at = new Date().toISOString();
    let report: CompatReport;
    try {
      const { steps, cleanedUp } = await runSelfTest({
        run,
        caps: ctx.host.caps,
        suffix: suffix(),
        onStep: (s) => list.append(stepItem(s)),
      });
      report = {
        at,
        host: { kind: ctx.host.kind, ...ctx.host.diagnostics, userAgent: navigator.userAgent },
        requirements: requirementsOf(ctx.host.supports ?? (() => false)),
        steps,
        cleanedUp,
      };
    } catch (error) {
      // The runner keeps every step's failure; this is only reached if it fails itself.
      const e = errorInfo(error);
      report = { at, host: { kind: ctx.host.kind }, requirements: [], steps: [], cleanedUp: false };
      report.steps.push({ id: 'runner', name: T.heading, status: 'failed', ms: 0, error: e });
    } finally {
      ctx.busy(null);
    }
    text = reportText(report);
    area.value = text;
    area.hidden = false;
    copyButton.hidden = false;
    const n = tally(report.steps);
    say(n.failed ? 'warn' : 'ok', T.done(n.ok, n.failed, n.skipped));
    section.dataset.done = '1';
  });

  copyButton.addEventListener('click', async () => {
    const ok = await copy(text, area);
    say(ok ? 'ok' : 'warn', ok ? T.copied : T.copyFailed);
  });

  const section = h(
    'section',
    { id: 'compat', class: 'role-panel' },
    h('h2', {}, T.heading),
    h('p', { class: 'muted' }, T.intro),
    runButton,
    result,
    list,
    area,
    copyButton,
  );
  return section;
};
