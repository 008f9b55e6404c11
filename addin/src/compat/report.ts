/**
 * The self-test's report: which host and requirement sets, each step with its result and, for a failure,
 * Excel's own error (OfficeExtension.Error: `code`, `message`, `debugInfo`), and whether the scratch
 * worksheets were removed; rendered as plain text for the person who sends it to whoever deploys the add-in.
 */
import { ExcelOperationError } from '../excel/types';
import { compatText as T } from '../messages/compat';

export type StepStatus = 'ok' | 'failed' | 'skipped' | 'notRun';

export interface ErrorInfo {
  /** The adapter's operation that failed (its Vietnamese name), when it went through one. */
  operation?: string;
  /** OfficeExtension.Error's code ("InvalidArgument", "AccessDenied", "RequestPayloadSizeLimitExceeded", …). */
  code?: string;
  message: string;
  debugInfo?: unknown;
}

export interface StepResult {
  id: string;
  name: string;
  status: StepStatus;
  ms: number;
  detail?: string;
  error?: ErrorInfo;
}

export interface HostInfo {
  kind: string;
  /** Office.context.diagnostics, where there is one. */
  host?: string;
  platform?: string;
  version?: string;
  userAgent?: string;
}

export interface CompatReport {
  at: string;
  host: HostInfo;
  /** ExcelApi 1.1 … 1.17, each with whether the host says it supports it. */
  requirements: { version: string; supported: boolean }[];
  steps: StepResult[];
  /** True when no scratch worksheet is left in the workbook. */
  cleanedUp: boolean;
}

/** The ExcelApi versions the report asks about. */
export const EXCEL_API_VERSIONS = Array.from({ length: 17 }, (_, i) => `1.${i + 1}`);

export function requirementsOf(supports: (set: string, version: string) => boolean) {
  return EXCEL_API_VERSIONS.map((version) => {
    let supported = false;
    try {
      supported = supports('ExcelApi', version);
    } catch {
      // An old host may throw instead of answering: it does not support the set.
    }
    return { version, supported };
  });
}

/** Excel's error, unwrapped from the adapter's ExcelOperationError. */
export function errorInfo(error: unknown): ErrorInfo {
  const operation = error instanceof ExcelOperationError ? error.operation : undefined;
  const cause = error instanceof ExcelOperationError ? error.cause : error;
  const e = (cause ?? {}) as { code?: unknown; message?: unknown; debugInfo?: unknown };
  const debugInfo =
    e.debugInfo ?? (error instanceof ExcelOperationError ? error.debugInfo : undefined) ?? undefined;
  return {
    ...(operation ? { operation } : {}),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    message: typeof e.message === 'string' ? e.message : String(cause),
    ...(debugInfo !== undefined ? { debugInfo } : {}),
  };
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** The report as text, one fact a line, for the clipboard. */
export function reportText(r: CompatReport): string {
  const R = T.report;
  const q = (s: string | undefined) => s || R.unknown;
  const list = (ok: boolean) =>
    r.requirements
      .filter((x) => x.supported === ok)
      .map((x) => x.version)
      .join(', ') || R.none;
  const lines = [
    R.title,
    R.at(r.at),
    R.host(r.host.kind, q(r.host.host), q(r.host.platform), q(r.host.version)),
    ...(r.host.userAgent ? [R.agent(r.host.userAgent)] : []),
    R.supported(list(true)),
    R.unsupported(list(false)),
    R.steps,
  ];
  r.steps.forEach((s, i) => {
    lines.push(R.step(i + 1, T.status[s.status], s.name, s.ms));
    if (s.detail) lines.push(R.detail(s.detail));
    if (s.error) {
      if (s.error.operation) lines.push(R.operation(s.error.operation));
      if (s.error.code) lines.push(R.code(s.error.code));
      lines.push(R.message(s.error.message));
      if (s.error.debugInfo !== undefined) lines.push(R.debugInfo(json(s.error.debugInfo)));
    }
  });
  lines.push(r.cleanedUp ? R.cleaned : R.notCleaned);
  return lines.join('\n');
}

/** Counts of the steps by result, for the banner. */
export function tally(steps: readonly StepResult[]) {
  const n = (s: StepStatus) => steps.filter((x) => x.status === s).length;
  return { ok: n('ok'), failed: n('failed'), skipped: n('skipped') + n('notRun') };
}
