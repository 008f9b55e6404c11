/** What the demo loader (scripts/seed-demo.ts) tells the person running `npm start`. */
import { groupWord } from '../../shared/messages/words';

/** A group of the plan, named with its kind ("khối KHOI-BV"). */
export interface NamedGroup {
  code: string;
  kind?: string | null;
}

const named = (g: NamedGroup) => `${groupWord(g.kind)} ${g.code}`;

export const seedText = {
  sheetsLoaded: (campaign: string, submitted: number, open: NamedGroup, until: string) =>
    `Đã nạp kế hoạch mẫu ${campaign}: ${submitted} bảng điểm đã nộp; ${named(open)} được gia hạn đến ${until}.`,
  /** Reasons of the demo's deadline changes, kept in the audit log. */
  extendReason: 'Dữ liệu minh họa: gia hạn để nạp các bảng điểm mẫu.',
  closeReason:
    'Dữ liệu minh họa: đóng hạn nộp ngay sau khi nạp các bảng điểm mẫu (thời điểm nộp là ngày nạp).',
  yearEndLoaded: (vote: NamedGroup, leader: string, registrations: number, nominations: number) =>
    `Đã nạp: bỏ phiếu ${named(vote)} (dẫn đầu ${leader}), ${registrations} bản đăng ký thi đua, 1 giao ước, ${nominations} hồ sơ đề nghị khen thưởng (có hồ sơ vượt chỉ tiêu và không đủ điều kiện).`,
  peopleLoaded: (lists: number, people: number, decisions: number, recipients: number) =>
    `Đã nạp: ${lists} danh sách cán bộ (${people} lượt người, các năm 2019–2023) và sổ theo dõi khen thưởng (${decisions} quyết định, ${recipients} lượt tập thể, cá nhân).`,
  meetingLoaded: (ballots: number, proposed: number, notProposed: number) =>
    `Đã nạp phiên họp Hội đồng (đã kết thúc) trên một bản chốt: ${ballots} đề nghị bỏ phiếu kín; ${proposed} đề nghị, ${notProposed} không đề nghị.`,
} as const;
