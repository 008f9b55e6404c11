/** Numbers the Vietnamese way, for every text of the add-in. */
import { formatPointsVi, toHundredths } from '../../../shared/points';

/** A point value the Vietnamese way (18.5 → "18,5"). */
export const num = (n: number): string => {
  const h = toHundredths(n);
  return h === null ? String(n).replace('.', ',') : formatPointsVi(h);
};

/** A group's word by its kind: "khối" or "cụm", "khối/cụm" when the kind is not known. */
export const groupWord = (kind: 'khoi' | 'cum' | undefined) =>
  kind === 'khoi' ? 'khối' : kind === 'cum' ? 'cụm' : 'khối/cụm';

/** A text with its first letter capitalised ("khối" → "Khối"). */
export const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** A share as a percentage with one decimal (0.6667 → "66,7%"). */
export const pct = (share: number) => `${(Math.round(share * 1000) / 10).toString().replace('.', ',')}%`;
