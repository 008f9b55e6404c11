/** The unit's "Kết quả và lịch sử" panel: its rank after the deadline, its sheet's history, withdrawing. */
import { groupWord, num } from './numbers';

export const mySheetText = {
  heading: 'Kết quả, lịch sử và rút bảng điểm',
  none: 'Đơn vị chưa thuộc khối/cụm nào.',
  group: 'Khối/cụm',
  /** By code: the group's name is already in the group list above (and a second copy confuses a search by it). */
  option: (group: string, campaign: string) => `${group} · ${campaign}`,
  ranking: 'Xem hạng và xếp loại',
  rankingLoading: 'Đang tải bảng xếp hạng…',
  noDeadline: (kind: 'khoi' | 'cum') => `${groupWord(kind)} này chưa có hạn nộp: chưa xem được xếp hạng.`,
  beforeDeadline: (when: string) => `Xếp hạng xem được sau hạn nộp (${when}).`,
  rank: (rank: number, of: number) => `Hạng ${rank}/${of}`,
  unranked: 'Chưa xếp hạng (chưa nộp bảng điểm)',
  total: (total: number | null) => (total === null ? 'Tổng điểm: chưa có' : `Tổng điểm: ${num(total)}`),
  classification: (c: string | null) => `Xếp loại: ${c ?? 'chưa có'}`,
  notListed: 'Đơn vị không có trong bảng xếp hạng này.',
  history: 'Xem lịch sử bảng điểm',
  historyLoading: 'Đang tải lịch sử…',
  historyNone: 'Bảng điểm chưa có phiên bản nào được lưu.',
  version: (revision: number, at: string, actor: string, status: string) =>
    `Phiên bản ${revision} · ${at} · ${actor} · ${status}`,
  versionTotals: (self: number, final: number, classification: string | null) =>
    `Tự chấm ${num(self)} · Kết quả ${num(final)}${classification ? ` · ${classification}` : ''}`,
  withdraw: 'Rút lại bảng điểm',
  withdrawAsk:
    'Rút bảng đã nộp về trạng thái "Chưa nộp"? Điểm vẫn giữ nguyên; đơn vị phải nộp lại trước hạn để được xếp hạng.',
  withdrawYes: 'Xác nhận rút',
  withdrawNo: 'Không rút',
  withdrawing: 'Đang rút bảng điểm…',
  withdrawn: (revision: number) => `Đã rút: bảng điểm nay ở trạng thái "Chưa nộp" (phiên bản ${revision}).`,
  notSubmitted: (status: string) => `Không có gì để rút: bảng điểm đang ở trạng thái "${status}".`,
  cancelled: 'Đã hủy: bảng điểm không thay đổi.',
  status: { draft: 'Chưa nộp', submitted: 'Đã nộp', appraised: 'Đã thẩm định' } as Record<string, string>,
} as const;
