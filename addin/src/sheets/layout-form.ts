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

/** Who a sheet is issued by and sent to: the group's lead, or the secretariat where the lead has no say. */
export interface SheetParties {
  campaign: Campaign;
  group: Group;
  unit: Unit;
  /** The group's lead unit (`group.lead`), when the caller knows it. */
  lead?: Unit;
  mode: SheetMode;
}

/** The lead appraises its members' sheets; the lead's own sheet goes to the secretariat. */
const leadOf = (p: SheetParties): Unit | undefined =>
  p.lead && p.lead.code === p.group.lead && p.lead.code !== p.unit.code ? p.lead : undefined;

/**
 * The recipients of the sheet itself, not of the department's plan (`campaign.recipients` are the plan's):
 * a unit's self-score sheet goes to whoever appraises it and is filed; an appraisal goes back to the appraised
 * unit, is reported to the secretariat and filed.
 */
export function recipientsOf(p: SheetParties): string[] {
  const lead = leadOf(p);
  if (p.mode === 'unit')
    return [lead ? T.toLead(lead.name, p.group.kind) : T.toSecretariat(p.campaign.authority), T.filed];
  return [T.toAppraised(p.unit.name), ...(lead ? [T.toSecretariat(p.campaign.authority)] : []), T.filed];
}

/** The issuer's two heading lines: the unit for its own sheet, the appraiser (lead or secretariat) otherwise. */
function issuerOf(p: SheetParties): [string, string] {
  const authority = p.campaign.authority ?? '';
  if (p.mode === 'unit') return [p.unit.parent ?? authority, p.unit.name];
  const lead = leadOf(p);
  return lead ? [lead.parent ?? authority, lead.name] : [authority, T.secretariat];
}

/** Rows 1–6: the heading, the title and the group. */
export function writeHeading(cv: Canvas, C: PlanColumns, lastCol: number, at: SheetParties): void {
  const { campaign, group, unit, mode } = at;
  const [body, issuer] = issuerOf(at);
  cv.mergeText(1, C.tt, C.title, body.toLocaleUpperCase('vi'), { hAlign: 'center' });
  cv.mergeText(2, C.tt, C.title, issuer.toLocaleUpperCase('vi'), { hAlign: 'center', bold: true });
  cv.mergeText(1, C.max, lastCol, T.nation, { hAlign: 'center', bold: true });
  cv.mergeText(2, C.max, lastCol, T.motto, { hAlign: 'center', bold: true, underline: true });
  cv.mergeText(3, C.max, lastCol, T.placeDate(campaign.place ?? '……', campaign.year), {
    hAlign: 'center',
    italic: true,
  });
  cv.mergeText(5, C.tt, lastCol, T.title(campaign.year, mode), { hAlign: 'center', bold: true, size: 14 });
  cv.mergeText(6, C.tt, lastCol, T.group(group.kind, group.name), { hAlign: 'center', bold: true });
  // The appraised unit is named under the title, since it is no longer the issuer.
  if (mode === 'appraisal') cv.mergeText(7, C.tt, lastCol, T.appraisedLine(unit.name), { hAlign: 'center' });
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
