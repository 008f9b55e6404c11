import { describe, expect, it } from 'vitest';
import { awardsPlan, item } from '../../test/nomination-fixtures';
import {
  buildNominationsPlan,
  defaultCells,
  fillDefaults,
  NC,
  NOMINATION_FILL,
  nominationProblemsToCells,
  patchOf,
  readBirthDate,
  readNominationRows,
  resolveChoice,
  sentKey,
  writeBackColumns,
} from './nominations';

const over = 'Phong trào M1: đã đủ 1 cá nhân (chỉ tiêu 1)';
const build = (
  items = [item('N-a', 'Nguyễn Văn A', 'within_quota'), item('N-b', 'Trần Thị B', 'over_quota', [over])],
) => buildNominationsPlan({ plan: awardsPlan, unit: 'U2', owner: 'U2', items });

/** The read range's values as the plan wrote them, with `typed` (row → column → value) over them. */
function valuesOf(plan: ReturnType<typeof build>, typed: Record<number, Record<number, unknown>> = {}) {
  const out: unknown[][] = [];
  for (let r = plan.layout.firstRow; r <= plan.layout.lastRow; r++) {
    const line = plan.cells[r - 1]!.slice(0, NC.sent + 1) as unknown[];
    for (const [c, v] of Object.entries(typed[r] ?? {})) line[Number(c)] = v;
    out.push(line);
  }
  return out;
}

describe('buildNominationsPlan', () => {
  it('writes the server’s nominations with labels, status, reasons, id and sent, and highlights over quota', () => {
    const plan = build();
    const r = plan.layout.firstRow;
    const row = plan.cells[r]!; // second item
    expect(row[NC.award]).toBe('CSTD — Chiến sĩ thi đua cơ sở');
    expect(row[NC.movement]).toBe('M1 — Phong trào một');
    expect(row[NC.kind]).toBe('Cá nhân');
    expect(row[NC.unit]).toBe('U2 — Bệnh viện Hai');
    expect(row[NC.birthDate]).toBe('04/03/1985');
    expect(row[NC.status]).toBe('Vượt chỉ tiêu');
    expect(row[NC.reasons]).toBe(over);
    expect(row[NC.id]).toBe('N-b');
    expect(JSON.parse(String(row[NC.sent]))).toMatchObject({
      award: 'CSTD',
      nominee: { name: 'Trần Thị B' },
    });
    expect(plan.fills).toEqual([
      { address: `N${r}`, color: NOMINATION_FILL.within },
      { address: `A${r + 1}:O${r + 1}`, color: NOMINATION_FILL.over },
    ]);
    // Input cells are text, so "01/02/1990" and staff ids with leading zeros stay as typed.
    expect(plan.numberFormats[r]![NC.birthDate]).toBe('@');
    expect(plan.numberFormats[r]![NC.priority]).toBe('General');
    expect(plan.unlocked).toEqual([`B${r}:M${plan.layout.lastRow}`]);
    // id, sent and the lists are hidden.
    expect(plan.columns[NC.id]!.hidden).toBe(true);
    expect(plan.columns[NC.sent]!.hidden).toBe(true);
    expect(plan.columns[NC.status]!.hidden).toBeUndefined();
  });

  it('offers the plan’s awards, movements, kinds, the unit’s groups and units as drop-down lists from hidden ranges', () => {
    const plan = build([]);
    const award = plan.lists.find((l) => l.address.startsWith('B'))!;
    expect(award.source).toBe('=$S$6:$S$8');
    expect(plan.cells.slice(5, 8).map((r) => r[NC.lists])).toEqual([
      'CO — Cờ thi đua',
      'CSTD — Chiến sĩ thi đua cơ sở',
      'BK — Bằng khen',
    ]);
    expect(plan.lists.map((l) => l.address[0])).toEqual(['B', 'C', 'D', 'E', 'F', 'G']);
    expect(plan.choices.unit[0]!.code).toBe('U2');
    expect(plan.layout.lastRow - plan.layout.firstRow + 1).toBe(30);
  });

  it('keeps rows typed but never sent after the server’s, on a rebuild', () => {
    const plan = buildNominationsPlan({
      plan: awardsPlan,
      unit: 'U2',
      owner: 'U2',
      items: [item('N-a', 'A', 'within_quota')],
      pending: [['CO', '', '', '', '', '', 'Tập thể chưa gửi']],
    });
    expect(plan.cells[plan.layout.firstRow]![NC.award]).toBe('CO');
    expect(plan.cells[plan.layout.firstRow]![NC.name]).toBe('Tập thể chưa gửi');
  });
});

describe('readNominationRows', () => {
  it('files new rows, corrects changed ones, keeps the same, withdraws emptied ones', () => {
    const plan = build();
    const r = plan.layout.firstRow;
    const values = valuesOf(plan, {
      [r]: { [NC.position]: 'Bác sĩ' }, // changed
      [r + 1]: Object.fromEntries(
        [NC.award, NC.movement, NC.kind, NC.unit, NC.name, NC.birthDate].map((c) => [c, '']),
      ), // emptied: withdraw N-b
      [r + 2]: {
        [NC.award]: 'CSTD — Chiến sĩ thi đua cơ sở',
        [NC.movement]: 'M1',
        [NC.name]: ' Lê Văn C ',
        [NC.staffId]: '00123',
        [NC.birthDate]: '2/9/1990',
      },
    });
    const read = readNominationRows(plan, values);
    expect(read.problems).toEqual([]);
    expect(read.actions).toEqual([
      {
        kind: 'correct',
        row: r,
        id: 'N-a',
        input: expect.objectContaining({ award: 'CSTD' }),
        patch: {
          nominee: {
            kind: 'individual',
            unit: 'U2',
            name: 'Nguyễn Văn A',
            staffId: null,
            birthDate: '1985-03-04',
            position: 'Bác sĩ',
          },
        },
      },
      { kind: 'withdraw', row: r + 1, id: 'N-b' },
      {
        kind: 'file',
        row: r + 2,
        // The kind comes from the award; the unit is the connected one.
        input: {
          award: 'CSTD',
          movement: 'M1',
          nominee: {
            kind: 'individual',
            unit: 'U2',
            name: 'Lê Văn C',
            staffId: '00123',
            birthDate: '1990-09-02',
          },
        },
      },
    ]);
    const unchanged = readNominationRows(plan, valuesOf(plan));
    expect(unchanged.actions.map((a) => a.kind)).toEqual(['same', 'same']);
  });

  it('fills a row’s empty kind and unit cells with what the server stored, and reads them back unchanged', () => {
    const plan = build([]);
    const r = plan.layout.firstRow;
    const typed = { [NC.award]: 'CSTD', [NC.name]: 'Lê Văn C' };
    const read = readNominationRows(plan, valuesOf(plan, { [r]: typed, [r + 1]: { [NC.unit]: 'U1' } }));
    expect(read.rows.map((x) => x.blank).slice(0, 3)).toEqual([['kind', 'unit'], ['kind'], []]);
    const action = read.actions[0]!;
    expect(action).toMatchObject({ kind: 'file', input: { nominee: { kind: 'individual', unit: 'U2' } } });
    const state = read.rows[0]!;
    fillDefaults(plan, state, action.kind === 'file' ? action.input : (null as never));
    expect(state.filled).toEqual({ kind: 'Cá nhân', unit: 'U2 — Bệnh viện Hai' });
    const cells = defaultCells(read.rows);
    expect(cells).toEqual([
      { address: `F${r}`, value: 'Cá nhân' },
      { address: `G${r}`, value: 'U2 — Bệnh viện Hai' },
    ]);
    // Once written back with the id and what was sent, the row reads as unchanged.
    const sent = {
      [NC.id]: 'N-1',
      [NC.sent]: sentKey(action.kind === 'file' ? action.input : (null as never)),
    };
    const again = readNominationRows(
      plan,
      valuesOf(plan, { [r]: { ...typed, ...sent, [NC.kind]: cells[0]!.value, [NC.unit]: cells[1]!.value } }),
    );
    expect(again.actions).toMatchObject([{ kind: 'same', row: r, id: 'N-1' }]);
    expect(again.rows[0]!.blank).toEqual([]);
    // Clearing the cells typed, the filled kind and unit left, withdraws it; another unit left is a row.
    const cleared = { [NC.award]: '', [NC.name]: '', ...sent, [NC.kind]: 'Cá nhân' };
    const withdraw = readNominationRows(
      plan,
      valuesOf(plan, { [r]: { ...cleared, [NC.unit]: cells[1]!.value } }),
    );
    expect(withdraw.actions).toEqual([{ kind: 'withdraw', row: r, id: 'N-1' }]);
    const other = readNominationRows(plan, valuesOf(plan, { [r]: { ...cleared, [NC.unit]: 'U1' } }));
    expect(other.problems.map((p) => p.code)).toEqual(['required']);
  });

  it('tells a unit, and only a unit, that an empty unit cell is its own unit', () => {
    expect(String(build([]).cells[2]![NC.tt])).toContain('Để trống cột "Đơn vị" là đơn vị của bạn');
    const staff = buildNominationsPlan({ plan: awardsPlan, unit: null, owner: 'secretariat', items: [] });
    expect(String(staff.cells[2]![NC.tt])).not.toContain('Đơn vị"');
  });

  it('names every cell it cannot read, and sends none of those rows', () => {
    const plan = build([]);
    const r = plan.layout.firstRow;
    const read = readNominationRows(
      plan,
      valuesOf(plan, {
        [r]: { [NC.award]: 'Huân chương', [NC.birthDate]: '31/02/1990', [NC.priority]: '0' },
        [r + 1]: { [NC.award]: 'BK', [NC.name]: 'X' },
      }),
    );
    expect(read.actions).toEqual([]);
    expect(read.problems.map((p) => [p.address, p.code])).toEqual([
      [`B${r}`, 'unknown_choice'],
      [`K${r}`, 'bad_date'],
      [`L${r}`, 'bad_priority'],
      // "Bằng khen" is for either kind: the row must say which.
      [`F${r + 1}`, 'required'],
    ]);
    expect(read.problems[0]!.message).toBe(`Ô B${r}: "Huân chương" không có trong danh sách danh hiệu.`);
  });
});

describe('pieces', () => {
  it('resolves a list value by label, code or "code — …", NFC and case aside', () => {
    const list = [{ code: 'M1', label: 'M1 — Phong trào một' }];
    expect(resolveChoice(list, 'm1 — phong trào một')).toEqual(list[0]);
    expect(resolveChoice(list, 'M1'.normalize('NFD'))).toEqual(list[0]);
    expect(resolveChoice(list, 'M1 - tên cũ')).toEqual(list[0]);
    expect(resolveChoice(list, 'M2')).toBeNull();
  });

  it('reads birth dates as typed or as Excel date serials', () => {
    expect(readBirthDate('04/03/1985')).toBe('1985-03-04');
    expect(readBirthDate('1985-03-04')).toBe('1985-03-04');
    expect(readBirthDate(31110)).toBe('1985-03-04');
    expect(readBirthDate('29/02/2023')).toBeNull();
    expect(readBirthDate('')).toBeUndefined();
  });

  it('patches only what changed, and never a priority the row did not change', () => {
    const before = {
      award: 'CSTD',
      nominee: { kind: 'individual' as const, unit: 'U2', name: 'A' },
      priority: 2,
    };
    expect(patchOf(sentKey(before), { ...before, summary: 'Thành tích' })).toEqual({ summary: 'Thành tích' });
    expect(patchOf(sentKey(before), { ...before, priority: undefined })).toEqual({ priority: null });
  });

  it('maps a 422’s item paths to the cells of the rows sent', () => {
    const rows = [7, 9];
    const mapped = nominationProblemsToCells(
      [
        { path: '/items/1/nominee/name', code: 'name_required', message: 'Cần họ tên.' },
        { path: '/items/0/group', code: 'group_required', message: 'Cần khối.' },
        { path: '', code: 'x', message: 'Chung.' },
      ],
      (path) => {
        const m = /^\/items\/(\d+)\/(.*)$/.exec(path);
        return m ? { row: rows[Number(m[1])]!, rest: m[2]! } : null;
      },
    );
    expect(mapped.cells.map((c) => [c.address, c.message])).toEqual([
      ['H9', 'Dòng 9: Cần họ tên.'],
      ['E7', 'Dòng 7: Cần khối.'],
    ]);
    expect(mapped.general).toEqual(['Chung.']);
  });

  it('writes back the four answer columns of every table row as one block', () => {
    const plan = build([]);
    const cols = writeBackColumns(plan, [
      { row: plan.layout.firstRow + 1, id: 'N-x', sent: '{}', status: 'Trong chỉ tiêu', reasons: '' },
    ]);
    expect(cols).toHaveLength(plan.layout.lastRow - plan.layout.firstRow + 1);
    expect(cols[0]).toEqual(['', '', '', '']);
    expect(cols[1]).toEqual(['Trong chỉ tiêu', '', 'N-x', '{}']);
  });
});
