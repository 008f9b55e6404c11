/**
 * The administrative form around a scoring sheet's table (domain.md, "What the sheet looks like to its
 * users"): the heading (the body and the unit on the left, the national heading on the right, the title and
 * the group) and the signature block (recipients bottom left, the signer bottom right).
 */
import type { Campaign, Group, Unit } from '../../../shared/contract/plan';
import { sheetText as T } from '../messages/sheet';
import { area } from './a1';
import type { Canvas } from './grid';
import type { PlanColumns, SheetMode } from './types';

/** The recipients, each on its own line after a dash, as the administrative form writes them. */
export function recipientsOf(campaign: Campaign): string[] {
  return (campaign.recipients?.length ? campaign.recipients : T.defaultRecipients).map((r) =>
    r.startsWith('-') ? r : `- ${r}`,
  );
}

/** Rows 1–6: the heading, the title and the group. */
export function writeHeading(
  cv: Canvas,
  C: PlanColumns,
  lastCol: number,
  at: { campaign: Campaign; group: Group; unit: Unit; mode: SheetMode },
): void {
  const { campaign, group, unit, mode } = at;
  const body = (unit.parent ?? campaign.authority ?? '').toLocaleUpperCase('vi');
  cv.mergeText(1, C.tt, C.title, body, { hAlign: 'center' });
  cv.mergeText(2, C.tt, C.title, unit.name.toLocaleUpperCase('vi'), { hAlign: 'center', bold: true });
  cv.mergeText(1, C.max, lastCol, T.nation, { hAlign: 'center', bold: true });
  cv.mergeText(2, C.max, lastCol, T.motto, { hAlign: 'center', bold: true, underline: true });
  cv.mergeText(3, C.max, lastCol, T.placeDate(campaign.place ?? '……', campaign.year), {
    hAlign: 'center',
    italic: true,
  });
  cv.mergeText(5, C.tt, lastCol, T.title(campaign.year, mode), { hAlign: 'center', bold: true, size: 14 });
  cv.mergeText(6, C.tt, lastCol, T.group(group.kind, group.name), { hAlign: 'center', bold: true });
}

/** From `signRow`: recipients bottom left, the head of the unit (or the appraiser) bottom right. */
export function writeSignature(
  cv: Canvas,
  C: PlanColumns,
  lastCol: number,
  signRow: number,
  recipients: readonly string[],
  mode: SheetMode,
): void {
  cv.g.set(signRow, C.tt, T.recipients);
  cv.styles.push({ address: area(signRow, C.tt, signRow, C.title), bold: true, italic: true });
  recipients.forEach((r, i) => {
    cv.g.set(signRow + 1 + i, C.tt, r);
  });
  cv.styles.push({ address: area(signRow + 1, C.tt, signRow + recipients.length, C.title), size: 11 });
  cv.mergeText(signRow, C.max, lastCol, mode === 'unit' ? T.signer : T.signerAppraisal, {
    hAlign: 'center',
    bold: true,
  });
  cv.mergeText(signRow + 1, C.max, lastCol, T.signHint, { hAlign: 'center', italic: true });
}
