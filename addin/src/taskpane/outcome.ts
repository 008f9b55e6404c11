/**
 * What a pane action ended with. The sheet session's outcomes (written, checked, saved, invalid, conflict)
 * and the failures every panel shares; `outcomeOf` is the one way a thrown error becomes a failure.
 */
import { ApiError, OfflineError } from '../api/client';
import type { SheetView } from '../api/types';
import type { ServerChange } from '../sheets/conflict';
import type { CellMessage } from '../sheets/read-back';

/** A failure, as any panel may meet it: what `outcomeOf` makes of an error. */
export type Failure =
  | { kind: 'locked'; locksAt: string | null; detail: string | undefined }
  | { kind: 'unauthorized' }
  | { kind: 'forbidden'; detail: string | undefined }
  | { kind: 'offline' }
  /** The server refused (a status other than 401, 403, 423): its detail and each error it listed. */
  | { kind: 'refused'; detail: string; listed: string[] }
  /** Anything else: Excel, or a step of the pane itself. */
  | { kind: 'failed'; detail: string };

/** What an action of the sheet session ended with, for the view. */
export type Outcome =
  | { kind: 'written'; sheet: SheetView }
  | { kind: 'checked'; problems: CellMessage[]; notices: CellMessage[]; general: string[] }
  | { kind: 'saved'; sheet: SheetView; submitted: boolean; notices: CellMessage[] }
  /** Cells to fix; `sent` false when the local check stopped it before any request. */
  | { kind: 'invalid'; problems: CellMessage[]; notices: CellMessage[]; general: string[]; sent: boolean }
  | { kind: 'conflict'; changes: ServerChange[]; server: SheetView; submit: boolean | undefined }
  | Failure;

const FAILURES = new Set<string>(['locked', 'unauthorized', 'forbidden', 'offline', 'refused', 'failed']);

export const isFailure = (o: { kind: string }): o is Failure => FAILURES.has(o.kind);

/**
 * Turns an error into a failure: offline, 401 expired token, 403, 423 deadline (with the sheet's lock time
 * when `base` is known), another refusal of the server, or a local failure (Excel's message).
 */
export function outcomeOf(error: unknown, base: SheetView | null = null): Failure {
  if (error instanceof OfflineError) return { kind: 'offline' };
  if (error instanceof ApiError) {
    if (error.status === 401) return { kind: 'unauthorized' };
    if (error.status === 403) return { kind: 'forbidden', detail: error.problem.detail };
    if (error.status === 423)
      return { kind: 'locked', locksAt: base?.locksAt ?? null, detail: error.problem.detail };
    return {
      kind: 'refused',
      detail: error.message,
      listed: (error.problem.errors ?? []).map((e) => e.message),
    };
  }
  return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
}
