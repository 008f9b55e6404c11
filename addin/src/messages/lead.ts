/** The group panel's words: the members' sheets, the appraisal, the vote rounds. */
import { capital, groupWord, num, pct } from './numbers';

/** The lead unit's group panel: the members' sheets, the appraisal, the vote. */
export const leadText = {
  openGroup: (kind: 'khoi' | 'cum' | undefined) => `Bảng điểm của ${groupWord(kind)}`,
  heading: (name: string) => `Bảng điểm các thành viên: ${name}`,
  reload: 'Làm mới danh sách',
  columns: ['Đơn vị', 'Trạng thái', 'Tổng', 'Nộp lúc', ''] as const,
  appraise: 'Thẩm định',
  ownSheet: 'Đơn vị mình (Thường trực thẩm định)',
  draft: 'Chưa nộp',
  submittedCount: (n: number, of: number) => `Đã nộp: ${n}/${of} đơn vị.`,
  empty: (kind: 'khoi' | 'cum') => `${capital(groupWord(kind))} chưa có thành viên.`,
  staffHeading: 'Khối/cụm thi đua (thẩm định, bỏ phiếu)',
  sheet: {
    build: 'Tạo / làm mới bảng thẩm định',
    check: 'Kiểm tra',
    send: 'Gửi thẩm định',
    title: (unit: string, group: string) => `Thẩm định ${unit} · ${group}`,
    sent: 'Đã gửi kết quả thẩm định.',
  },
  vote: {
    heading: 'Bỏ phiếu bình xét',
    round: 'Vòng',
    members: 'Số thành viên',
    present: 'Số có mặt',
    candidate: 'Đơn vị',
    votes: 'Số phiếu',
    record: 'Ghi kết quả bỏ phiếu',
    correct: 'Sửa kết quả đã ghi',
    correctionReason: 'Lý do sửa kết quả đã ghi (bắt buộc)',
    recording: 'Đang ghi kết quả bỏ phiếu…',
    noRule: (kind?: 'khoi' | 'cum') =>
      `${capital(groupWord(kind))} không đặt ngưỡng bỏ phiếu trong kế hoạch thi đua năm: chỉ ghi số phiếu.`,
    rule: (percent: number, of: 'members' | 'present') =>
      `Ngưỡng: ${num(percent)}% ${of === 'present' ? 'số có mặt' : 'số thành viên'}`,
    threshold: (threshold: number, base: number) => `cần ít nhất ${threshold} phiếu (trên ${base}).`,
    resultHeading: (round: number) => `Kết quả vòng ${round}`,
    recorded: (round: number) => `Đã ghi kết quả vòng ${round}.`,
    columns: ['Đơn vị', 'Phiếu', 'Tỷ lệ', 'Kết quả'] as const,
    share: pct,
    reached: 'Đạt ngưỡng',
    notReached: 'Chưa đạt',
    notNumber: (what: string) => `${what}: phải là số nguyên không âm.`,
    reachedList: (units: string) => `Đạt ngưỡng: ${units}.`,
    noneReached: 'Chưa đơn vị nào đạt ngưỡng.',
  },
} as const;
