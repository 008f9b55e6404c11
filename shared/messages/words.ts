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

/**
 * What a code of the plan names, in problems about codes ("Mã … bị trùng", "Không có … với mã …"). A group
 * is a "khối" or "cụm" by its kind; an award of the plan may be a danh hiệu or a hình thức.
 */
export const THINGS = {
  unit: 'đơn vị',
  award: AWARD_WORD,
  template: 'bảng tiêu chí',
  group: 'khối/cụm',
  movement: 'phong trào',
  milestone: 'mốc thời gian',
  programme: 'chương trình',
  band: 'xếp loại',
  section: 'mục',
  criterion: 'tiêu chí',
} as const;

export type Thing = keyof typeof THINGS;

/** The word for a thing; a group's follows its kind when known ("khối", "cụm", else "khối/cụm"). */
export const thingWord = (thing: Thing, groupKind?: GroupKind | string | null) =>
  thing === 'group' ? groupWord(groupKind) : THINGS[thing];
