/**
 * "Lịch các mốc": the campaign's milestones (GET …/calendar) as a pulled table in order of due time, each
 * with what it closes, when, its state (sắp tới / sắp đến hạn / đã khóa) and a reopening with its reason;
 * a closed milestone's row is shaded.
 */
import type { MilestoneView } from '../../../shared/contract/registrations';
import { formatInstantVn } from '../../../shared/time';
import { registrationTablesText as X } from '../messages/registration';
import { area } from '../sheets/a1';
import type { StyleBlock } from '../sheets/types';
import { Block, listTable } from './block';
import type { TablePlan } from './types';

const T = X.calendar;
const HEADER_ROW = 3;
const COLS = 7;
const CLOSED_FILL = '#EDEDED';
const SOON_FILL = '#FFEB9C';

export function calendarTable(input: {
  campaign: string;
  milestones: readonly MilestoneView[];
  at: string;
}): TablePlan {
  const ms = input.milestones;
  const lastRow = HEADER_ROW + Math.max(ms.length, 1);
  const b = new Block(lastRow, COLS);
  b.set(1, 0, T.title);
  b.set(2, 0, T.subtitle(input.campaign, ms.length));
  const h = T.header;
  for (const [col, text] of [h.code, h.title, h.due, h.closes, h.closesAt, h.state, h.reopened].entries())
    b.set(HEADER_ROW, col, text);
  const styles: StyleBlock[] = [];
  for (const [i, m] of ms.entries()) {
    const row = HEADER_ROW + 1 + i;
    const reopened = m.reopened
      ? T.reopened(formatInstantVn(m.reopened.until), m.reopened.reason, m.reopened.reopenedBy)
      : '';
    const cells = [
      m.code,
      m.title,
      formatInstantVn(m.dueAt),
      m.closesLabel ?? '',
      m.closes ? formatInstantVn(m.closesAt) : '',
      m.stateLabel,
      reopened,
    ];
    for (const [col, v] of cells.entries()) b.set(row, col, v, '@');
    if (m.state !== 'upcoming')
      styles.push({
        address: area(row, 0, row, COLS - 1),
        fill: m.state === 'closed' ? CLOSED_FILL : SOON_FILL,
      });
  }
  if (!ms.length) b.set(HEADER_ROW + 1, 0, T.empty);
  return listTable(b, {
    name: T.sheet,
    identity: { kind: 'calendar', campaign: input.campaign },
    source: input.at,
    header: HEADER_ROW,
    widths: [10, 40, 18, 20, 18, 16, 40],
    styles,
  });
}
