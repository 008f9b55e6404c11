/** The PATCH of a corrected nomination row: what differs from what the row last sent. */
import type { NominationInput, NominationPatch } from '../../../../shared/contract/nominations';

/**
 * The PATCH of a corrected row: the fields that differ from what was last sent (null clears); the nominee
 * whole. A priority is sent only when it changed, so a unit correcting a name never sends one (403).
 */
export function patchOf(sent: string | null, input: NominationInput): NominationPatch {
  let before: Partial<NominationInput> = {};
  try {
    before = sent ? (JSON.parse(sent) as NominationInput) : {};
  } catch {
    before = {};
  }
  const patch: Record<string, unknown> = {};
  for (const k of ['award', 'movement', 'programme', 'group', 'summary', 'priority'] as const) {
    const a = before[k] ?? null;
    const b = input[k] ?? null;
    if (a !== b) patch[k] = b;
  }
  const nb = before.nominee as Record<string, unknown> | undefined;
  const ni = input.nominee as Record<string, unknown>;
  const keys = ['kind', 'unit', 'name', 'staffId', 'birthDate', 'position'];
  if (!nb || keys.some((k) => (nb[k] ?? null) !== (ni[k] ?? null)))
    patch.nominee = Object.fromEntries(keys.map((k) => [k, ni[k] ?? null]));
  if (Object.keys(patch).length === 0) patch.award = input.award;
  return patch as NominationPatch;
}
