/** The side panel of a scoring sheet, outside the print area: whose sheet, its status, deadline and revision. */
import type { Campaign, Group, Unit } from '../../../shared/contract/plan';
import { formatInstantVn } from '../../../shared/time';
import { sheetText as T } from '../messages/sheet';
import { area } from './a1';
import type { Canvas } from './grid';
import type { SheetPlanInput } from './layout';
import type { PlanColumns } from './types';

export function writeSidePanel(
  cv: Canvas,
  C: PlanColumns,
  at: { campaign: Campaign; group: Group; unit: Unit; sheet: SheetPlanInput['sheet']; refreshedAt?: string },
  editable: boolean,
): void {
  const { campaign, group, unit, sheet } = at;
  const side: Array<[string, string | number]> = [
    [T.side.campaign, campaign.code],
    [T.side.group(group.kind), group.code],
    [T.side.unit, unit.code],
    [T.side.status, T.status[sheet.status] ?? sheet.status],
    [T.side.deadline, sheet.locksAt ? formatInstantVn(sheet.locksAt) : T.noDeadline],
    [T.side.revision, sheet.revision],
    [T.side.editable, editable ? T.side.yes : T.side.no],
  ];
  if (sheet.lockedAt) side.push([T.side.lockedAt, formatInstantVn(sheet.lockedAt)]);
  if (at.refreshedAt) side.push([T.side.refreshed, formatInstantVn(at.refreshedAt)]);
  cv.g.set(1, C.sideLabel, T.side.heading);
  side.forEach(([label, value], i) => {
    cv.g.set(2 + i, C.sideLabel, label);
    cv.g.set(2 + i, C.sideValue, value);
  });
  cv.styles.push({
    address: area(1, C.sideLabel, 1 + side.length, C.sideValue),
    grid: true,
    fill: '#F2F2F2',
    size: 11,
  });
  cv.styles.push({ address: area(1, C.sideLabel, 1 + side.length, C.sideLabel), bold: true });
}
