import { describe, expect, it } from 'vitest';
import { awardsPlan, build, item, over } from '../../../test/nomination-fixtures';
import { NC, NOMINATION_FILL } from './columns';
import { buildNominationsPlan } from './layout';

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
