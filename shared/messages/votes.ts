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
  voteRoundDecided: (units: string) =>
    `Vòng 1 đã có kết quả (${units} đạt ngưỡng): không bỏ phiếu vòng 2. Muốn sửa vòng 1, hãy sửa kết quả vòng 1 và nêu lý do.`,
  voteNotInRoundTwo: (unit: string, allowed: string) =>
    `Đơn vị "${unit}" không được bỏ phiếu ở vòng 2: vòng 2 chỉ gồm ${allowed}.`,
  voteNothingToCorrect: (round: number) => `Vòng ${round} chưa được ghi: không có kết quả nào để sửa.`,
  voteCorrectionReason: 'Sửa kết quả bỏ phiếu đã ghi phải nêu lý do (có nội dung).',
  voteRoundTwoStands:
    'Đã ghi kết quả vòng 2: vòng 1 sau khi sửa phải vẫn chưa có kết quả và gồm các đơn vị của vòng 2.',
  voteAlreadyRecorded: (round: number) =>
    `Kết quả vòng ${round} đã được ghi: muốn sửa, phải ghi rõ lý do sửa.`,
} as const;
