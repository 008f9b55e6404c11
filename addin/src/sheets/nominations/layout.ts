/**
 * `buildNominationsPlan` lays out the nominations sheet: a table of nominees (award, movement, programme,
 * group, collective or individual, unit, name, position, staff id, birth date, priority, summary) with
 * drop-down lists taken from the plan document, the server's status and reasons beside each row, and the
 * nomination's id and what was last sent in hidden columns. Rows typed but never sent are kept on a rebuild.
 */
import { nominationSheetText as T } from '../../messages/nominations';
import { area, colLetter } from '../a1';
import { campaignSheetName } from '../campaign-name';
import { Grid } from '../grid';
import type { CellContent, ColumnSpec, StyleBlock } from '../types';
import { choicesOf, labelOf } from './choices';
import {
  type Fill,
  FONT,
  FREE_ROWS,
  HEADER_ROW,
  INPUTS,
  type InputField,
  NC,
  NOMINATIONS_SHEET,
  statusFills,
} from './columns';
import type { ListName, ListValidation, NominationsPlan, NominationsPlanInput } from './types';
import { dateVi, reasonsText, sentKey, statusLabel } from './values';

export function buildNominationsPlan(input: NominationsPlanInput): NominationsPlan {
  const { plan, unit } = input;
  const choices = choicesOf(plan, unit);
  const pending = input.pending ?? [];
  const used = input.items.length + pending.length;
  const capacity = used + FREE_ROWS;
  const firstRow = HEADER_ROW + 1;
  const lastRow = HEADER_ROW + capacity;
  const listNames: ListName[] = ['award', 'movement', 'programme', 'group', 'kind', 'unit'];
  const longest = Math.max(...listNames.map((n) => choices[n].length));
  const rows = Math.max(lastRow, HEADER_ROW + longest);
  const cols = NC.lists + listNames.length;
  const g = new Grid(rows, cols);
  const styles: StyleBlock[] = [];
  const merges: string[] = [];
  const fills: Fill[] = [];

  g.set(1, NC.tt, T.title(plan.campaign.year));
  merges.push(area(1, NC.tt, 1, NC.reasons));
  styles.push({ address: area(1, NC.tt, 1, NC.reasons), bold: true, size: 14, hAlign: 'center' });
  g.set(2, NC.tt, T.subtitle(plan.campaign.code, input.owner));
  merges.push(area(2, NC.tt, 2, NC.reasons));
  styles.push({ address: area(2, NC.tt, 2, NC.reasons), hAlign: 'center', italic: true });
  g.set(3, NC.tt, unit ? `${T.hint} ${T.hintUnit}` : T.hint);
  merges.push(area(3, NC.tt, 3, NC.reasons));
  styles.push({ address: area(3, NC.tt, 3, NC.reasons), wrap: true, size: 11, italic: true });

  const headers: Array<[number, string]> = [
    [NC.tt, T.header.tt],
    ...INPUTS.map((f) => [NC[f], T.header[f]] as [number, string]),
    [NC.status, T.header.status],
    [NC.reasons, T.header.reasons],
    [NC.id, T.header.id],
    [NC.sent, T.header.sent],
  ];
  for (const [col, text] of headers) g.set(HEADER_ROW, col, text);
  styles.push({
    address: area(HEADER_ROW, NC.tt, HEADER_ROW, NC.reasons),
    bold: true,
    hAlign: 'center',
    wrap: true,
    fill: '#D9E1F2',
  });

  // Every cell of the table starts empty with its format: text where a person types words or codes.
  for (let r = firstRow; r <= lastRow; r++) {
    g.set(r, NC.tt, r - HEADER_ROW);
    for (const f of INPUTS) g.set(r, NC[f], '', f === 'priority' ? 'General' : '@');
    g.set(r, NC.status, '', '@');
    g.set(r, NC.reasons, '', '@');
    g.set(r, NC.id, '', '@');
    g.set(r, NC.sent, '', '@');
  }
  input.items.forEach((n, i) => {
    const r = firstRow + i;
    const values: Record<InputField, CellContent> = {
      award: labelOf(choices.award, n.award),
      movement: labelOf(choices.movement, n.movement),
      programme: labelOf(choices.programme, n.programme),
      group: labelOf(choices.group, n.group),
      kind: labelOf(choices.kind, n.nominee.kind),
      unit: labelOf(choices.unit, n.nominee.unit),
      name: n.nominee.name ?? '',
      position: n.nominee.position ?? '',
      staffId: n.nominee.staffId ?? '',
      birthDate: dateVi(n.nominee.birthDate),
      priority: n.priority ?? '',
      summary: n.summary ?? '',
    };
    for (const f of INPUTS) g.set(r, NC[f], values[f], f === 'priority' ? 'General' : '@');
    g.set(r, NC.status, statusLabel(n.status), '@');
    g.set(r, NC.reasons, reasonsText(n.reasons), '@');
    g.set(r, NC.id, n.id, '@');
    g.set(r, NC.sent, sentKey(n), '@');
    fills.push(...statusFills(r, n.status));
  });
  pending.forEach((line, i) => {
    const r = firstRow + input.items.length + i;
    for (const f of INPUTS) {
      const v = line[NC[f] - 1];
      if (typeof v === 'string' || typeof v === 'number')
        g.set(r, NC[f], v, f === 'priority' ? 'General' : '@');
    }
  });

  // The lists, in hidden columns of the same sheet: a range source has no length limit nor comma escaping.
  const lists: ListValidation[] = [];
  listNames.forEach((name, k) => {
    const col = NC.lists + k;
    const list = choices[name];
    g.set(HEADER_ROW, col, T.header[name]);
    list.forEach((c, i) => {
      g.set(HEADER_ROW + 1 + i, col, c.label, '@');
    });
    if (!list.length) return;
    const letter = colLetter(col);
    const what = T.header[name].toLocaleLowerCase('vi');
    lists.push({
      address: area(firstRow, NC[name], lastRow, NC[name]),
      source: `=$${letter}$${HEADER_ROW + 1}:$${letter}$${HEADER_ROW + list.length}`,
      title: T.listTitle(what),
      prompt: T.listPrompt(what),
      alert: T.listAlert(what),
    });
  });

  styles.push({ address: area(HEADER_ROW, NC.tt, lastRow, NC.reasons), grid: true, vAlign: 'center' });
  styles.push({ address: area(firstRow, NC.tt, lastRow, NC.tt), hAlign: 'center' });
  styles.push({ address: area(firstRow, NC.status, lastRow, NC.reasons), italic: true, wrap: true });
  styles.push({ address: area(firstRow, NC.summary, lastRow, NC.summary), wrap: true });

  const widths: Record<number, number> = {
    [NC.tt]: 5,
    [NC.award]: 24,
    [NC.movement]: 22,
    [NC.programme]: 14,
    [NC.group]: 18,
    [NC.kind]: 11,
    [NC.unit]: 20,
    [NC.name]: 22,
    [NC.position]: 16,
    [NC.staffId]: 11,
    [NC.birthDate]: 12,
    [NC.priority]: 8,
    [NC.summary]: 36,
    [NC.status]: 16,
    [NC.reasons]: 40,
  };
  const columns: ColumnSpec[] = Array.from({ length: cols }, (_, c) =>
    c === NC.id || c === NC.sent || c >= NC.lists - 1
      ? { width: 12, hidden: true }
      : { width: widths[c] ?? 10 },
  );

  return {
    name: campaignSheetName(T.tab, plan.campaign.code),
    identity: { campaign: plan.campaign.code, owner: input.owner, sheet: NOMINATIONS_SHEET },
    rows,
    cols,
    cells: g.cells,
    numberFormats: g.formats,
    merges,
    styles,
    columns,
    rowHeights: { 3: 30, [HEADER_ROW]: 32 },
    font: FONT,
    lists,
    unlocked: [area(firstRow, NC.award, lastRow, NC.summary)],
    freezeRows: HEADER_ROW,
    choices,
    awardKinds: Object.fromEntries(plan.awards.map((a) => [a.code, a.nominee])),
    defaultUnit: unit,
    layout: { headerRow: HEADER_ROW, firstRow, lastRow },
    fills,
  };
}
