/** A scoring template of the plan document: sections of criteria, classification bands, tie-breaks. */
import * as z from 'zod';
import { SectionKind } from './enums';
import { code, LIST_MAX, longText, points, text } from './fields';

export const Criterion = z.object({
  code,
  title: text,
  max: points,
  /** Scores must be a multiple of the step; without one, of 0.01. */
  step: points.optional(),
  /** Guidance shown to the unit: how to score, what evidence is expected. */
  guidance: longText.optional(),
});

export const Section = z.object({
  code,
  title: text,
  kind: SectionKind,
  /** Upper bound of the section total; bonus and deduction sections must have one. */
  cap: points.optional(),
  criteria: z.array(Criterion).min(1).max(LIST_MAX.many),
});

export const ClassificationBand = z.object({
  label: text,
  min: points,
  /** Reached only when no standard criterion scores 0 in the final scores. */
  noZero: z.boolean().optional(),
});

export const TieBreak = z.discriminatedUnion('by', [
  z.object({ by: z.literal('section'), section: code }),
  z.object({ by: z.literal('deductions') }),
  z.object({ by: z.literal('votes') }),
  z.object({ by: z.literal('womenShare') }),
]);

export const Template = z.object({
  code,
  title: text,
  sections: z.array(Section).min(1).max(LIST_MAX.few),
  classification: z.array(ClassificationBand).max(LIST_MAX.few).default([]),
  tieBreak: z.array(TieBreak).max(LIST_MAX.few).default([]),
});

export type Criterion = z.output<typeof Criterion>;
export type Section = z.output<typeof Section>;
export type ClassificationBand = z.output<typeof ClassificationBand>;
export type TieBreak = z.output<typeof TieBreak>;
export type Template = z.output<typeof Template>;
