/**
 * Spreadsheet formula injection (CSV/xlsx): a text cell that begins with `=`, `+`, `@`, a tab or CR, or with
 * `-` not followed by a number, would be read as a formula by Excel or LibreOffice. Such cells get a leading
 * apostrophe, the usual neutral prefix. Numbers and number-like texts ("-5", "-0,5") are left alone.
 */
const DANGEROUS = /^[=+@\t\r]/;
const NEGATIVE_NUMBER = /^-\d+([.,]\d+)?$/;

export function neutralise(text: string): string {
  if (DANGEROUS.test(text) || (text.startsWith('-') && !NEGATIVE_NUMBER.test(text))) return `'${text}`;
  return text;
}
