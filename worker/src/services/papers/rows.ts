/**
 * The rows of a proposal's list, one table per kind (collectives, individuals), shared by the Word and the
 * Excel list and by the annexes of the Tờ trình and the Quyết định.
 */
import { wmsg } from '../../messages';
import type { PaperNominee } from './data';

export interface ListTable {
  header: string[];
  /** Relative widths of the columns in Word. */
  weights: number[];
  /** Columns (0-based) centred. */
  centred: number[];
  rows: string[][];
}

export function collectiveTable(nominees: readonly PaperNominee[]): ListTable {
  const h = wmsg.paper.list.header;
  return {
    header: [h.no, h.collective, h.unit, h.summary],
    weights: [7, 28, 25, 40],
    centred: [0],
    rows: nominees.map((n, i) => [String(i + 1), n.name, n.unit, n.summary ?? '']),
  };
}

export function individualTable(nominees: readonly PaperNominee[]): ListTable {
  const h = wmsg.paper.list.header;
  const sex = wmsg.paper.sex;
  return {
    header: [h.no, h.name, h.position, h.unit, h.birthYear, h.sex, h.summary],
    weights: [7, 18, 13, 18, 9, 8, 27],
    centred: [0, 4, 5],
    rows: nominees.map((n, i) => [
      String(i + 1),
      n.name,
      n.position ?? '',
      n.unit,
      n.birthYear ? String(n.birthYear) : '',
      n.sex ? sex[n.sex] : '',
      n.summary ?? '',
    ]),
  };
}
