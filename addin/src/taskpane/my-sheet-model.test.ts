import { describe, expect, it } from 'vitest';
import type { Api, SheetPath } from '../api/client';
import type { GroupRanking, SheetHistory } from '../api/unit-reads';
import { historyLines, myRankLines, rankingAccess, withdrawSubmission } from './my-sheet-model';

/** A fake API that records every call and answers the sheet with the given state. */
function fakeApi(status: 'draft' | 'submitted' | 'appraised', revision = 4) {
  const calls: [string, string, unknown?][] = [];
  const view = (s: string, r: number) => ({ status: s, revision: r, entries: [] }) as never;
  const api: Api = {
    me: () => Promise.reject(new Error('unused')),
    campaigns: () => Promise.reject(new Error('unused')),
    campaign: () => Promise.reject(new Error('unused')),
    sheet: async (p: SheetPath) => {
      calls.push(['GET', `${p.campaign}/${p.group}/${p.unit}`]);
      return view(status, revision);
    },
    putSheet: async (p: SheetPath, body) => {
      calls.push(['PUT', `${p.campaign}/${p.group}/${p.unit}`, body]);
      return view('draft', body.revision + 1);
    },
    request: async <T>(method: string, path: string) => {
      calls.push([method, path]);
      return {} as T;
    },
  };
  return { api, calls };
}

const path = { campaign: 'BRVT-YT-2023', group: 'KHOI-BV', unit: 'BV-VT' };

describe('the unit panel', () => {
  it('reads the ranking only once the deadline has passed, as the Worker allows', () => {
    const deadline = '2023-11-30T17:00:00+07:00';
    const at = Date.parse('2023-11-30T10:00:00Z');
    expect(rankingAccess(deadline, at - 1)).toEqual({ kind: 'before', deadline });
    expect(rankingAccess(deadline, at)).toEqual({ kind: 'open' });
    expect(rankingAccess(null, at)).toEqual({ kind: 'no-deadline' });
  });

  it('says the unit’s rank of all, its total and classification; unranked when it did not submit', () => {
    const row = (unit: string, rank: number | null, total: number | null, classification: string | null) => ({
      rank,
      unit,
      name: unit,
      status: rank === null ? 'draft' : 'submitted',
      total,
      totalSelf: total,
      sections: {},
      classification,
      votes: null,
      voteShare: null,
      leading: false,
    });
    const ranking = {
      group: 'KHOI-BV',
      name: 'Khối bệnh viện',
      generatedAt: '2023-12-01T08:00:00+07:00',
      rows: [row('BV-BR', 1, 96.5, 'Xuất sắc'), row('BV-VT', 2, 88.25, 'Tốt'), row('BV-X', null, null, null)],
    } as GroupRanking;
    expect(myRankLines(ranking, 'BV-VT')).toEqual(['Hạng 2/3', 'Tổng điểm: 88,25', 'Xếp loại: Tốt']);
    expect(myRankLines(ranking, 'BV-X')).toEqual([
      'Chưa xếp hạng (chưa nộp bảng điểm)',
      'Tổng điểm: chưa có',
      'Xếp loại: chưa có',
    ]);
    expect(myRankLines(ranking, 'NONE')).toEqual(['Đơn vị không có trong bảng xếp hạng này.']);
  });

  it('lists each version with who, when, the status in words and the totals', () => {
    const history = {
      versions: [
        {
          revision: 2,
          at: '2023-11-20T09:00:00+07:00',
          actor: 'BV Vũng Tàu',
          role: 'unit',
          status: 'submitted',
          entries: [],
          totals: { self: 90.5, final: 90.5 },
          classification: 'Tốt',
        },
        {
          revision: 1,
          at: '2023-11-19T09:00:00+07:00',
          actor: 'BV Vũng Tàu',
          role: 'unit',
          status: 'draft',
          entries: [],
          totals: { self: 40, final: 40 },
          classification: null,
        },
      ],
    } as SheetHistory;
    expect(historyLines(history, (iso) => iso.slice(0, 10))).toEqual([
      ['Phiên bản 2 · 2023-11-20 · BV Vũng Tàu · Đã nộp', 'Tự chấm 90,5 · Kết quả 90,5 · Tốt'],
      ['Phiên bản 1 · 2023-11-19 · BV Vũng Tàu · Chưa nộp', 'Tự chấm 40 · Kết quả 40'],
    ]);
  });

  it('withdraws a submitted sheet with submit:false at its stored revision, changing no score', async () => {
    const { api, calls } = fakeApi('submitted', 4);
    expect(await withdrawSubmission(api, path)).toEqual({ done: true, revision: 5 });
    expect(calls).toEqual([
      ['GET', 'BRVT-YT-2023/KHOI-BV/BV-VT'],
      ['PUT', 'BRVT-YT-2023/KHOI-BV/BV-VT', { revision: 4, entries: [], submit: false }],
    ]);
  });

  it('never withdraws a draft or an appraised sheet, and says its state', async () => {
    for (const [status, words] of [
      ['draft', 'Chưa nộp'],
      ['appraised', 'Đã thẩm định'],
    ] as const) {
      const { api, calls } = fakeApi(status);
      expect(await withdrawSubmission(api, path)).toEqual({ done: false, status: words });
      expect(calls.map((c) => c[0])).toEqual(['GET']);
    }
  });
});
