/** Vietnamese texts of the vote-round rules both sides check (shared/votes.ts): the Worker's 422, the pane's form. */
import { type GroupKind, groupWord } from './words';

export const voteMessages = {
  voteMembersMismatch: (members: number, count: number, kind?: GroupKind | string | null) =>
    `Tổng số thành viên (${members}) phải bằng số đơn vị của ${groupWord(kind)} trong kế hoạch thi đua năm (${count}).`,
  voteUnknownRound: (round: string, rounds: readonly number[]) =>
    `Vòng bỏ phiếu "${round}" không có (chỉ có vòng ${rounds.join(' và ')}).`,
  voteNoCandidates: 'Kết quả bỏ phiếu phải có số phiếu của ít nhất một đơn vị.',
  voteRoundSkipped: (round: number, before: number) =>
    `Chưa ghi kết quả vòng ${before}: không thể ghi vòng ${round}.`,
} as const;
