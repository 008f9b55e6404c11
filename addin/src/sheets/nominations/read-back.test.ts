import { describe, expect, it } from 'vitest';
import { awardsPlan, build, valuesOf } from '../../../test/nomination-fixtures';
import { resolveChoice } from './choices';
import { NC } from './columns';
import { buildNominationsPlan } from './layout';
import { readNominationRows } from './read-back';
import { readBirthDate, sentKey } from './values';
import { defaultCells, fillDefaults } from './write-back';

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
    expect(read.problems[0]!.message).toBe(
      `Ô B${r}: "Huân chương" không có trong danh sách danh hiệu/hình thức khen thưởng.`,
    );
  });
});

describe('reading cells', () => {
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
});
