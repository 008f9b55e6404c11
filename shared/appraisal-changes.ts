/**
 * Appraisal changes and conflicts of interest (issue 16; decision 0026): every score an appraisal changed
 * (appraised ≠ self), with who appraised it and why, and a flag where the appraiser is a unit that is itself
 * a candidate of the group's ballot, changing a rival's sheet. The Worker puts these in the consolidated
 * sheet, its exports and the snapshot; the pane's council table shows the flag. Pure.
 */
import type { SheetEntry } from './contract/sheets';
import { toHundredths, toPoints } from './points';

/** Who appraised one criterion, as a sheet stores it: `unit` is the lead unit, null for the secretariat. */
export interface Appraiser {
  label: string;
  unit: string | null;
  role: string;
  /** Milliseconds since the epoch. */
  at: number;
}

/** Criterion code → who last appraised it. */
export type Appraisers = Record<string, Appraiser>;

/**
 * Who appraised each criterion after an appraisal: every criterion the write sent is now `who`'s, unless it
 * is left without an appraised score (then nobody appraised it); the others keep their appraiser.
 */
export function withAppraisers(
  stored: Readonly<Appraisers>,
  sent: readonly string[],
  entries: readonly Pick<SheetEntry, 'criterion' | 'appraised'>[],
  who: Appraiser,
): Appraisers {
  const next: Appraisers = { ...stored };
  const appraised = new Map(entries.map((e) => [e.criterion, e.appraised]));
  for (const criterion of sent) {
    if (appraised.get(criterion) == null) delete next[criterion];
    else next[criterion] = who;
  }
  return next;
}

/**
 * The candidates of a group's vote: every unit named in a recorded round; before any round is recorded, the
 * lead unit, which is up for the group's title until a ballot says otherwise.
 */
export function groupCandidates(
  lead: string,
  rounds: readonly { candidates: readonly { unit: string }[] }[],
): string[] {
  const named = [...new Set(rounds.flatMap((r) => r.candidates.map((c) => c.unit)))];
  return rounds.length > 0 ? named : [lead];
}

export interface AppraisalChange {
  /** The sheet's unit. */
  unit: string;
  criterion: string;
  self: number | null;
  appraised: number;
  /** appraised − self in points (self missing counts as 0). */
  delta: number;
  reason: string | null;
  /** Null when the sheet does not know (appraised before appraisers were kept). */
  appraiser: { label: string; unit: string | null } | null;
  appraisedAt: number | null;
  /** The appraiser's unit is a candidate of the group's vote and the sheet is another unit's. */
  conflict: boolean;
}

/** Per candidate that appraised rivals: how many scores it changed, on whose sheets, by how much in all. */
export interface ConflictSummary {
  candidates: string[];
  changes: number;
  byAppraiser: { unit: string; changes: number; sheets: string[]; delta: number }[];
}

/** A member's sheet as the consolidated sheet reads it. */
export interface AppraisedSheet {
  unit: string;
  entries: readonly SheetEntry[];
  appraisers: Readonly<Appraisers>;
}

const hundredths = (p: number) => toHundredths(p) ?? Math.round(p * 100);

/** Every changed score of the group's sheets, in the sheets' order then the entries' order. */
export function appraisalChanges(
  sheets: readonly AppraisedSheet[],
  candidates: readonly string[],
): AppraisalChange[] {
  const isCandidate = new Set(candidates);
  const changes: AppraisalChange[] = [];
  for (const sheet of sheets)
    for (const e of sheet.entries) {
      if (e.appraised === null) continue;
      if (e.self !== null && hundredths(e.self) === hundredths(e.appraised)) continue;
      const who = sheet.appraisers[e.criterion];
      const by = who?.unit ?? null;
      changes.push({
        unit: sheet.unit,
        criterion: e.criterion,
        self: e.self,
        appraised: e.appraised,
        delta: toPoints(hundredths(e.appraised) - hundredths(e.self ?? 0)),
        reason: e.reason,
        appraiser: who ? { label: who.label, unit: by } : null,
        appraisedAt: who?.at ?? null,
        conflict: by !== null && by !== sheet.unit && isCandidate.has(by),
      });
    }
  return changes;
}

/** The council's glance: the conflicted changes counted per appraising candidate. */
export function conflictSummary(
  changes: readonly AppraisalChange[],
  candidates: readonly string[],
): ConflictSummary {
  const per = new Map<string, { changes: number; sheets: Set<string>; delta: number }>();
  for (const c of changes) {
    if (!c.conflict || !c.appraiser?.unit) continue;
    const s = per.get(c.appraiser.unit) ?? { changes: 0, sheets: new Set<string>(), delta: 0 };
    s.changes += 1;
    s.sheets.add(c.unit);
    s.delta += hundredths(c.delta);
    per.set(c.appraiser.unit, s);
  }
  return {
    candidates: [...candidates],
    changes: changes.filter((c) => c.conflict).length,
    byAppraiser: [...per].map(([unit, s]) => ({
      unit,
      changes: s.changes,
      sheets: [...s.sheets],
      delta: toPoints(s.delta),
    })),
  };
}
