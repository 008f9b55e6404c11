/**
 * The nominations sheet, pure: `buildNominationsPlan` lays out a table of nominees (award, movement,
 * programme, group, collective or individual, unit, name, position, staff id, birth date, priority, summary)
 * with drop-down lists taken from the plan document, the server's status and reasons beside each row, and the
 * nomination's id and what was last sent in hidden columns. `readNominationRows` is its reverse: what each row
 * asks for (file, correct, withdraw) or why a cell cannot be read; `writeBackColumns` is the block of status,
 * reasons, id and sent written after an answer, as one 2D array whatever the number of rows. A row's empty
 * "Tập thể/Cá nhân" or "Đơn vị" cell is sent as the award's kind or the connected unit; once the server
 * has the nomination, `fillDefaults` and `defaultCells` write what it stored into those cells.
 */
import type { NominationInput, NominationPatch } from '../../../shared/contract/nominations';
import type { Plan } from '../../../shared/contract/plan';
import type { Problem } from '../../../shared/problems';
import type { NominationStatus, NominationView } from '../api/awards';
import { nominationSheetText as T, nominationCellText as X } from '../messages-awards';
import { area, cell, colLetter } from './a1';
import { Grid } from './grid';
import type { CellMessage } from './read-back';
import { readText } from './score-text';
import type { CellContent, ColumnSpec, GridPlan, StyleBlock } from './types';

/** Column indexes (0-based). Inputs B–M, server's answer N–O, hidden P–Q, hidden lists from S. */
export const NC = {
  tt: 0,
  award: 1,
  movement: 2,
  programme: 3,
  group: 4,
  kind: 5,
  unit: 6,
  name: 7,
  position: 8,
  staffId: 9,
  birthDate: 10,
  priority: 11,
  summary: 12,
  status: 13,
  reasons: 14,
  id: 15,
  sent: 16,
  lists: 18,
} as const;

export type InputField = Exclude<keyof typeof NC, 'tt' | 'status' | 'reasons' | 'id' | 'sent' | 'lists'>;
const INPUTS: readonly InputField[] = [
  'award',
  'movement',
  'programme',
  'group',
  'kind',
  'unit',
  'name',
  'position',
  'staffId',
  'birthDate',
  'priority',
  'summary',
];
const HEADER_ROW = 5;
const FREE_ROWS = 30;
const FONT = { name: 'Times New Roman', size: 12 };

/** Row fills after an answer: over quota and ineligible rows, the status of one within quota. */
export const NOMINATION_FILL = { over: '#FCE4D6', ineligible: '#EDEDED', within: '#C6EFCE' } as const;

export interface Choice {
  code: string;
  label: string;
}

type ListName = 'award' | 'movement' | 'programme' | 'group' | 'kind' | 'unit';
export type Choices = Record<ListName, Choice[]>;

export interface ListValidation {
  address: string;
  /** A range of this sheet holding the list ("=$S$6:$S$9"). */
  source: string;
  title: string;
  prompt: string;
  alert: string;
}

export interface NominationsIdentity {
  campaign: string;
  /** Who the sheet is for: the unit's code, or the staff role. */
  owner: string;
  sheet: string;
}

export interface NominationsPlan extends GridPlan {
  identity: NominationsIdentity;
  lists: ListValidation[];
  choices: Choices;
  /** Each award's nominee kind: an empty "Tập thể/Cá nhân" cell takes it when it is not "any". */
  awardKinds: Record<string, 'collective' | 'individual' | 'any'>;
  /** The unit an empty "Đơn vị" cell means (the connected unit), or null for the secretariat. */
  defaultUnit: string | null;
  layout: { headerRow: number; firstRow: number; lastRow: number };
  /** Fills of the rows as written (statuses of the server's items). */
  fills: Fill[];
}

export interface Fill {
  address: string;
  color: string;
}

export interface NominationsPlanInput {
  plan: Plan;
  /** The connected unit (its own groups and itself offered first), or null for the secretariat. */
  unit: string | null;
  owner: string;
  /** The server's nominations, as GET returns them. */
  items: readonly NominationView[];
  /** Rows typed but never sent, kept across a rebuild (input columns B–M as read). */
  pending?: readonly (readonly unknown[])[];
}

const dash = ' — ';

/** The drop-down lists of a plan; a unit sees its own groups and itself first. */
export function choicesOf(plan: Plan, unit: string | null): Choices {
  const label = (code: string, name: string) => `${code}${dash}${name}`;
  const groups = plan.groups.filter((g) => !unit || g.members.includes(unit));
  return {
    award: plan.awards.map((a) => ({ code: a.code, label: label(a.code, a.name) })),
    movement: plan.movements.map((m) => ({ code: m.code, label: label(m.code, m.name) })),
    programme: plan.movements.flatMap((m) =>
      m.programmes.map((p) => ({ code: p.code, label: label(p.code, p.name) })),
    ),
    group: groups.map((g) => ({ code: g.code, label: label(g.code, g.name) })),
    kind: [
      { code: 'collective', label: T.kind.collective },
      { code: 'individual', label: T.kind.individual },
    ],
    unit: [...plan.units]
      .sort((a, b) => Number(b.code === unit) - Number(a.code === unit))
      .map((u) => ({ code: u.code, label: label(u.code, u.name) })),
  };
}

/** Worksheet name: "Đề nghị khen thưởng". */
export const NOMINATIONS_SHEET = 'Đề nghị khen thưởng';

const labelOf = (list: readonly Choice[], code: string | null | undefined) =>
  code ? (list.find((c) => c.code === code)?.label ?? code) : '';

/** "1990-05-02" → "02/05/1990". */
export const dateVi = (iso: string | undefined) => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? '');
};

/** The input of a nomination, in one fixed shape and key order: what "sent" stores and compares. */
export function inputOf(n: NominationInput): NominationInput {
  const out: Record<string, unknown> = { award: n.award };
  for (const k of ['movement', 'programme', 'group'] as const) if (n[k]) out[k] = n[k];
  const nominee: Record<string, unknown> = { kind: n.nominee.kind, unit: n.nominee.unit };
  for (const k of ['name', 'staffId', 'birthDate', 'position'] as const)
    if (n.nominee[k]) nominee[k] = n.nominee[k];
  out.nominee = nominee;
  if (n.summary) out.summary = n.summary;
  if (n.priority !== undefined && n.priority !== null) out.priority = n.priority;
  return out as NominationInput;
}

export const sentKey = (n: NominationInput) => JSON.stringify(inputOf(n));

/** Status and reasons as the sheet shows them. */
export const statusLabel = (s: NominationStatus | string) => T.status[s] ?? s;
export const reasonsText = (reasons: readonly string[]) => reasons.join('; ');

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
    name: NOMINATIONS_SHEET,
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

/** The fills a status gives its row. */
export function statusFills(row: number, status: NominationStatus | null): Fill[] {
  if (status === 'over_quota')
    return [{ address: area(row, NC.tt, row, NC.reasons), color: NOMINATION_FILL.over }];
  if (status === 'ineligible')
    return [{ address: area(row, NC.tt, row, NC.reasons), color: NOMINATION_FILL.ineligible }];
  if (status === 'within_quota') return [{ address: cell(row, NC.status), color: NOMINATION_FILL.within }];
  return [];
}

/** The range the read needs: the table's rows, from TT through the hidden "sent" column. */
export const nominationsReadRange = (plan: NominationsPlan) =>
  area(plan.layout.firstRow, NC.tt, plan.layout.lastRow, NC.sent);

/** The block written back after an answer: status, reasons, id, sent. */
export const writeBackRange = (plan: NominationsPlan) =>
  area(plan.layout.firstRow, NC.status, plan.layout.lastRow, NC.sent);

/** What one row asks for. */
export type RowAction =
  | { kind: 'file'; row: number; input: NominationInput }
  | { kind: 'correct'; row: number; id: string; input: NominationInput; patch: NominationPatch }
  | { kind: 'withdraw'; row: number; id: string }
  | { kind: 'same'; row: number; id: string; input: NominationInput };

/** Input cells a row may leave empty: the award's kind, the connected unit. */
export type DefaultField = 'kind' | 'unit';

export interface RowState {
  row: number;
  id: string | null;
  sent: string | null;
  status: string;
  reasons: string;
  /** Of the defaultable cells, those the row left empty when read. */
  blank?: DefaultField[];
  /** What to write into those cells: the labels of what the server stored. */
  filled?: Partial<Record<DefaultField, string>>;
}

export interface NominationsRead {
  actions: RowAction[];
  /** Every row of the table with what its hidden and answer columns held. */
  rows: RowState[];
  problems: CellMessage[];
}

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/** A typed list value: its label, its code, or "code — anything". */
export function resolveChoice(list: readonly Choice[], typed: string): Choice | null {
  const t = norm(typed);
  return (
    list.find((c) => norm(c.label) === t) ??
    list.find((c) => norm(c.code) === t) ??
    list.find((c) => t.startsWith(`${norm(c.code)}${dash.trim()}`) || t.startsWith(`${norm(c.code)} -`)) ??
    null
  );
}

/** Reads a birth date: dd/mm/yyyy (or with . or -), yyyy-mm-dd, or an Excel date serial. */
export function readBirthDate(value: unknown): string | null | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  let y: number;
  let m: number;
  let d: number;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1) return null;
    const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else {
    const s = String(value).trim();
    const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (vi) [d, m, y] = [Number(vi[1]), Number(vi[2]), Number(vi[3])];
    else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else return null;
  }
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads the table (values of `nominationsReadRange`): each non-empty row becomes a nomination to file (no
 * id), to correct (its input differs from what was last sent), or unchanged; a row emptied that has an id
 * is a withdrawal. A kind, or the connected unit, alone does not make a row: those are what the sheet fills
 * in after a send, left behind when a person clears the cells they typed. Cells that cannot be read are problems, and their rows are not sent.
 */
export function readNominationRows(
  plan: NominationsPlan,
  values: readonly (readonly unknown[])[],
): NominationsRead {
  const out: NominationsRead = { actions: [], rows: [], problems: [] };
  const { choices } = plan;
  values.forEach((line, i) => {
    const row = plan.layout.firstRow + i;
    const text = (f: InputField) => readText(line[NC[f]]);
    const id = readText(line[NC.id]);
    const sent = readText(line[NC.sent]);
    // A row left with only what the sheet fills in itself (a kind, the connected unit) is empty.
    const filler = (f: InputField) =>
      f === 'kind' ||
      (f === 'unit' &&
        !!plan.defaultUnit &&
        resolveChoice(choices.unit, text(f)!)?.code === plan.defaultUnit);
    const empty = INPUTS.every((f) => text(f) === null || filler(f));
    out.rows.push({
      row,
      id,
      sent,
      status: readText(line[NC.status]) ?? '',
      reasons: readText(line[NC.reasons]) ?? '',
      blank: empty ? [] : (['kind', 'unit'] as const).filter((f) => text(f) === null),
    });
    if (empty) {
      if (id) out.actions.push({ kind: 'withdraw', row, id });
      return;
    }
    const problems: CellMessage[] = [];
    const at = (f: InputField) => cell(row, NC[f]);
    const problem = (f: InputField, code: string, message: string) =>
      problems.push({ address: at(f), code, message });
    const pick = (f: ListName): string | undefined => {
      const typed = text(f);
      if (typed === null) return undefined;
      const c = resolveChoice(choices[f], typed);
      if (!c) problem(f, 'unknown_choice', X.unknown(at(f), T.header[f].toLocaleLowerCase('vi'), typed));
      return c?.code;
    };
    const award = pick('award');
    if (text('award') === null) problem('award', 'required', X.required(at('award'), 'danh hiệu'));
    const movement = pick('movement');
    const programme = pick('programme');
    const group = pick('group');
    let kind = pick('kind') as 'collective' | 'individual' | undefined;
    if (!kind && text('kind') === null) {
      const a = awardKind(plan, award);
      if (a) kind = a;
      // An unknown award is the cell to fix; the kind is asked only when the award allows either.
      else if (award) problem('kind', 'required', X.required(at('kind'), 'loại (tập thể/cá nhân)'));
    }
    const unit = pick('unit') ?? (text('unit') === null ? (plan.defaultUnit ?? undefined) : undefined);
    if (!unit && text('unit') === null) problem('unit', 'required', X.required(at('unit'), 'đơn vị'));
    const birthDate = readBirthDate(line[NC.birthDate]);
    if (birthDate === null)
      problem('birthDate', 'bad_date', X.birthDate(at('birthDate'), String(line[NC.birthDate]).trim()));
    const p = line[NC.priority];
    let priority: number | undefined;
    if (p !== '' && p !== null && p !== undefined) {
      const n = typeof p === 'number' ? p : /^\s*\d+\s*$/.test(String(p)) ? Number(p) : Number.NaN;
      if (Number.isInteger(n) && n >= 1) priority = n;
      else problem('priority', 'bad_priority', X.priority(at('priority'), String(p).trim()));
    }
    if (id && !/^N-[\w-]+$/.test(id))
      problems.push({
        address: cell(row, NC.id),
        code: 'id_changed',
        message: X.idChanged(cell(row, NC.id)),
      });
    if (problems.length || !award || !kind || !unit) {
      out.problems.push(...problems);
      return;
    }
    const input = inputOf({
      award,
      ...(movement ? { movement } : {}),
      ...(programme ? { programme } : {}),
      ...(group ? { group } : {}),
      nominee: {
        kind,
        unit,
        ...(text('name') ? { name: text('name')! } : {}),
        ...(text('staffId') ? { staffId: text('staffId')! } : {}),
        ...(birthDate ? { birthDate } : {}),
        ...(text('position') ? { position: text('position')! } : {}),
      },
      ...(text('summary') ? { summary: text('summary')! } : {}),
      ...(priority !== undefined ? { priority } : {}),
    });
    if (!id) out.actions.push({ kind: 'file', row, input });
    else if (sent === sentKey(input)) out.actions.push({ kind: 'same', row, id, input });
    else out.actions.push({ kind: 'correct', row, id, input, patch: patchOf(sent, input) });
  });
  return out;
}

function awardKind(
  plan: NominationsPlan,
  award: string | undefined,
): 'collective' | 'individual' | undefined {
  const nominee = award ? plan.awardKinds[award] : undefined;
  return nominee === 'collective' || nominee === 'individual' ? nominee : undefined;
}

/**
 * The PATCH of a corrected row: the fields that differ from what was last sent (null clears); the nominee
 * whole. A priority is sent only when it changed, so a unit correcting a name never sends one (403).
 */
export function patchOf(sent: string | null, input: NominationInput): NominationPatch {
  let before: Partial<NominationInput> = {};
  try {
    before = sent ? (JSON.parse(sent) as NominationInput) : {};
  } catch {
    before = {};
  }
  const patch: Record<string, unknown> = {};
  for (const k of ['award', 'movement', 'programme', 'group', 'summary', 'priority'] as const) {
    const a = before[k] ?? null;
    const b = input[k] ?? null;
    if (a !== b) patch[k] = b;
  }
  const nb = before.nominee as Record<string, unknown> | undefined;
  const ni = input.nominee as Record<string, unknown>;
  const keys = ['kind', 'unit', 'name', 'staffId', 'birthDate', 'position'];
  if (!nb || keys.some((k) => (nb[k] ?? null) !== (ni[k] ?? null)))
    patch.nominee = Object.fromEntries(keys.map((k) => [k, ni[k] ?? null]));
  if (Object.keys(patch).length === 0) patch.award = input.award;
  return patch as NominationPatch;
}

const FIELD_OF_PATH: Record<string, InputField> = {
  award: 'award',
  movement: 'movement',
  programme: 'programme',
  group: 'group',
  summary: 'summary',
  priority: 'priority',
  'nominee/kind': 'kind',
  'nominee/unit': 'unit',
  'nominee/name': 'name',
  'nominee/staffId': 'staffId',
  'nominee/birthDate': 'birthDate',
  'nominee/position': 'position',
  nominee: 'name',
};

/**
 * Maps a 422's problems to cells: `rowOf(path)` gives the sheet row and the rest of the path ("/items/3/
 * nominee/name" → row of the fourth filed item, "nominee/name"); the field gives the column. Problems with no
 * row stay general messages.
 */
export function nominationProblemsToCells(
  problems: readonly Problem[],
  rowOf: (path: string) => { row: number; rest: string } | null,
): { cells: CellMessage[]; general: string[] } {
  const out = { cells: [] as CellMessage[], general: [] as string[] };
  for (const p of problems) {
    const at = rowOf(p.path);
    if (!at) {
      out.general.push(p.message);
      continue;
    }
    const field = FIELD_OF_PATH[at.rest] ?? FIELD_OF_PATH[at.rest.split('/')[0]!] ?? 'award';
    out.cells.push({ address: cell(at.row, NC[field]), code: p.code, message: X.row(at.row, p.message) });
  }
  return out;
}

/** Notes, for each empty defaultable cell of a row, the label of what the server stored for it. */
export function fillDefaults(
  plan: NominationsPlan,
  state: RowState,
  stored: Pick<NominationInput, 'nominee'>,
): void {
  if (!state.blank?.length) return;
  const labels: Record<DefaultField, string> = {
    kind: labelOf(plan.choices.kind, stored.nominee.kind),
    unit: labelOf(plan.choices.unit, stored.nominee.unit),
  };
  state.filled = Object.fromEntries(state.blank.map((f) => [f, labels[f]]));
}

/** The cells `fillDefaults` filled, with their values. */
export function defaultCells(rows: readonly RowState[]): { address: string; value: string }[] {
  return rows.flatMap((r) =>
    Object.entries(r.filled ?? {}).map(([f, value]) => ({
      address: cell(r.row, NC[f as DefaultField]),
      value: value as string,
    })),
  );
}

/** The status, reasons, id and sent columns of every table row, as one 2D array. */
export function writeBackColumns(plan: NominationsPlan, rows: readonly RowState[]): string[][] {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const out: string[][] = [];
  for (let r = plan.layout.firstRow; r <= plan.layout.lastRow; r++) {
    const s = byRow.get(r);
    out.push([s?.status ?? '', s?.reasons ?? '', s?.id ?? '', s?.sent ?? '']);
  }
  return out;
}
