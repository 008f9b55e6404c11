/**
 * The council's meeting sheet ("Phiên họp"): one row per proposal decided by a secret ballot, with the four
 * figures the tellers type (issued, returned, valid, in favour) in unlocked cells while the meeting is open,
 * and, from the server, the share, the votes needed, the outcome and its reason. The proposal's id sits in a
 * last column, hidden. Pure: the Excel adapter (excel/meeting.ts) writes it, the read-back reads it.
 */
import type { MeetingView, Proposal } from '../../../../shared/contract/meetings';
import { meetingSheetText as T } from '../../messages/meeting';
import { area } from '../a1';
import type { CellContent, GridPlan, StyleBlock } from '../types';

/** Column indexes (0-based). */
export const MC = {
  tt: 0,
  nominee: 1,
  unit: 2,
  award: 3,
  issued: 4,
  returned: 5,
  valid: 6,
  inFavour: 7,
  share: 8,
  required: 9,
  outcome: 10,
  reason: 11,
  id: 12,
} as const;
export const FIGURES = ['issued', 'returned', 'valid', 'inFavour'] as const;
export type Figure = (typeof FIGURES)[number];

export const HEADER_ROW = 5;
const COLS = 13;
const FONT = { name: 'Times New Roman', size: 12 };

export interface MeetingSheetPlan extends GridPlan {
  identity: { campaign: string; meeting: string };
  editable: boolean;
  councilSize: number;
  /** First and last rows of the proposals (lastRow < firstRow: none). */
  layout: { firstRow: number; lastRow: number };
  /** The proposal id of each table row, top to bottom. */
  ids: string[];
}

const nomineeName = (p: Proposal) => p.nominee.name ?? p.nominee.unit;

/** The server's columns of a proposal: share, votes needed, outcome, reason. */
export function answerCells(p: Proposal): CellContent[] {
  return [p.share ?? '', p.ballot?.required ?? '', T.outcome[p.state] ?? p.state, p.reason ?? ''];
}

export function buildMeetingPlan(m: MeetingView, heldAt: string): MeetingSheetPlan {
  const rows = m.proposals.filter((p) => p.ballot !== null);
  const firstRow = HEADER_ROW + 1;
  const lastRow = HEADER_ROW + rows.length;
  const editable = m.status === 'open';
  const blank = () => Array<CellContent>(COLS).fill('');
  const top: CellContent[][] = [
    [T.title, ...blank().slice(1)],
    [T.info(heldAt, m.place, m.present, m.councilSize), ...blank().slice(1)],
    [T.sha(m.snapshotSha256), ...blank().slice(1)],
    [editable ? T.help : T.closed, ...blank().slice(1)],
    Object.values(T.header),
  ];
  const body = rows.map((p, i): CellContent[] => [
    i + 1,
    nomineeName(p),
    p.nominee.unit,
    p.awardName,
    ...FIGURES.map((f) => p.result?.[f] ?? ''),
    ...answerCells(p),
    p.id,
  ]);
  const cells = [...top, ...body];
  const text = new Set<number>([MC.nominee, MC.unit, MC.award, MC.outcome, MC.reason, MC.id]);
  const numberFormats = cells.map((r, i) =>
    r.map((_, c) => (i < HEADER_ROW || text.has(c) ? '@' : c === MC.share ? '0.00' : '0')),
  );
  const styles: StyleBlock[] = [
    { address: 'A1:M1', bold: true, size: 14, hAlign: 'center' },
    { address: 'A4:M4', italic: true },
    {
      address: area(HEADER_ROW, 0, HEADER_ROW, COLS - 1),
      bold: true,
      wrap: true,
      hAlign: 'center',
      fill: '#D9E1F2',
    },
  ];
  if (rows.length) styles.push({ address: area(HEADER_ROW, 0, lastRow, COLS - 2), grid: true, wrap: true });
  return {
    name: T.sheet,
    identity: { campaign: m.campaign, meeting: m.id },
    editable,
    councilSize: m.councilSize,
    layout: { firstRow, lastRow },
    ids: rows.map((p) => p.id),
    rows: cells.length,
    cols: COLS,
    cells,
    numberFormats,
    merges: ['A1:M1', 'A2:M2', 'A3:M3', 'A4:M4'],
    styles,
    columns: [5, 26, 12, 24, 9, 9, 9, 9, 11, 10, 16, 48, 4].map((width, i) => ({
      width,
      ...(i === MC.id ? { hidden: true } : {}),
    })),
    rowHeights: { [HEADER_ROW]: 32 },
    font: FONT,
    unlocked: editable && rows.length ? [area(firstRow, MC.issued, lastRow, MC.inFavour)] : [],
    freezeRows: HEADER_ROW,
  };
}

/** The range the read-back loads: every proposal row, all columns. */
export const meetingReadRange = (plan: MeetingSheetPlan) =>
  area(plan.layout.firstRow, 0, Math.max(plan.layout.firstRow, plan.layout.lastRow), COLS - 1);
