/**
 * Words that follow the facts: a group is a "khối" or a "cụm" (the plan's `kind`), its lead the "trưởng
 * khối" or "trưởng cụm"; when the kind is not known the text says both.
 */
export type GroupKind = 'khoi' | 'cum';

/** "khối" / "cụm" / "khối/cụm". */
export const groupWord = (kind?: GroupKind | string | null) =>
  kind === 'cum' ? 'cụm' : kind === 'khoi' ? 'khối' : 'khối/cụm';

/** "trưởng khối" / "trưởng cụm" / "trưởng khối/cụm". */
export const leadWord = (kind?: GroupKind | string | null) => `trưởng ${groupWord(kind)}`;

/** The first letter in capitals ("khối" → "Khối"). */
export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "danh hiệu/hình thức khen thưởng": an award of the plan may be either (Bằng khen is a hình thức). */
export const AWARD_WORD = 'danh hiệu/hình thức khen thưởng';
