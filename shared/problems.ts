import type { ProblemItem } from './contract/problem';

/** One problem found in a request or a document: where (JSON Pointer), what (a stable code), and why (Vietnamese). */
export type Problem = ProblemItem;

/** Builds a JSON Pointer (RFC 6901) from path segments: ["groups", 0, "lead"] → "/groups/0/lead". */
export function pointer(segments: readonly PropertyKey[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
