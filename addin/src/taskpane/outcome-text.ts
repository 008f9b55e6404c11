/**
 * The one way a failure becomes on-screen text, for every panel: an expired token, no right, a deadline,
 * offline, the server's refusal with each error it listed, or a local failure.
 */
import { formatInstantVn } from '../../../shared/time';
import { paneText as P } from '../messages/pane';
import { type Failure, outcomeOf } from './outcome';
import type { Tone } from './view';

/** A failure's lines: the headline, then each error the server listed. */
export function failureLines(f: Failure): string[] {
  switch (f.kind) {
    case 'locked':
      return [f.locksAt ? P.states.locked(formatInstantVn(f.locksAt)) : (f.detail ?? P.states.locked(null))];
    case 'unauthorized':
      return [P.states.unauthorized];
    case 'forbidden':
      return [P.states.forbidden(f.detail)];
    case 'offline':
      return [P.states.offline];
    case 'refused':
      return [f.detail, ...f.listed];
    case 'failed':
      return [P.states.failed(f.detail)];
  }
}

/** A failure in one sentence. */
export const failureText = (f: Failure): string => failureLines(f).join(' ');

/** A deadline is a warning; every other failure an error. */
export const failureTone = (f: Failure): Tone => (f.kind === 'locked' ? 'warn' : 'error');

/** An error, as the pane says it. */
export const errorText = (error: unknown): string => failureText(outcomeOf(error));
