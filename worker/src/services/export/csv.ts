/**
 * CSV of a table of cells. `excel-vi` (default): UTF-8 with BOM, `;` between fields, decimal comma — what
 * Excel with Vietnamese regional settings opens correctly; `rfc4180`: `,` and `.`, for programs. Text cells
 * are neutralised against formula injection; fields are quoted when they hold a separator, quote or newline.
 */
import type { CsvDialect } from '../../../../shared/contract/enums';
import { neutralise } from './neutralise';

export type Cell = string | number | null;

function field(cell: Cell, dialect: CsvDialect): string {
  if (cell === null) return '';
  const sep = dialect === 'rfc4180' ? ',' : ';';
  const text =
    typeof cell === 'number'
      ? dialect === 'rfc4180'
        ? String(cell)
        : String(cell).replace('.', ',')
      : neutralise(cell);
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text (CRLF line ends); the Vietnamese Excel dialect starts with a BOM. */
export function toCsv(rows: readonly (readonly Cell[])[], dialect: CsvDialect = 'excel-vi'): string {
  const sep = dialect === 'rfc4180' ? ',' : ';';
  const body = rows.map((r) => r.map((c) => field(c, dialect)).join(sep)).join('\r\n');
  return `${dialect === 'rfc4180' ? '' : '\uFEFF'}${body}\r\n`;
}
