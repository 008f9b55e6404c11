/**
 * Validating a sheet or appraisal body against its template: the zod schema (shape) and the shared core's
 * `validateEntries` (unknown or duplicate criteria, not a number, range, step) together, so every problem
 * is listed once and every problem about an entry names its criterion.
 */
import type { z } from 'zod';
import type { Template } from '../../../../shared/contract/template';
import type { Problem } from '../../../../shared/problems';
import { type ScoreInput, validateEntries } from '../../../../shared/scoring';
import { invalid } from '../../errors';
import { problemsOf } from '../../validation';

const SKIP = '\u0000';

/** Parses `raw` with `schema`; 422 listing the schema's and the template's problems. */
export function parseEntriesBody<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  template: Template,
  field: 'self' | 'appraised',
): z.output<S> {
  const parsed = schema.safeParse(raw);
  const rawEntries = (raw as { entries?: unknown } | null)?.entries;
  const inputs: ScoreInput[] = Array.isArray(rawEntries)
    ? rawEntries.map((e) =>
        e !== null && typeof e === 'object' && typeof (e as ScoreInput).criterion === 'string'
          ? { criterion: (e as ScoreInput).criterion.trim(), [field]: (e as Record<string, unknown>)[field] }
          : { criterion: SKIP },
      )
    : [];
  const entryProblems = validateEntries(template, inputs, field).filter((p) => p.criterion !== SKIP);
  const covered = new Set(entryProblems.map((p) => p.path));
  const shapeProblems: Problem[] = parsed.success
    ? []
    : problemsOf(parsed.error, raw).filter((p) => !covered.has(p.path));
  const problems = [...shapeProblems, ...entryProblems];
  if (problems.length || !parsed.success) throw invalid(problems);
  return parsed.data;
}
