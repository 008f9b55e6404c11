/**
 * A token's label as its holder is recognised (decision 0029): two labels that read the same are the same
 * holder, so only one live token may carry them. Folded: NFC, lower case, every run of white space one
 * space, no leading or trailing space, and no invisible characters (zero-width, joiners, soft hyphen, bidi
 * marks) at all.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const SPACE = /\p{White_Space}/gu;

export function labelKey(label: string): string {
  return label
    .normalize('NFC')
    .replace(SPACE, ' ')
    .replace(INVISIBLE, '')
    .replace(/ +/g, ' ')
    .trim()
    .toLowerCase()
    .normalize('NFC');
}
