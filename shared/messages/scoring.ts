/** Vietnamese texts about scoring sheets, appraisal and votes (contract: "Scoring sheets", "Rankings, votes"). */
import { num } from './plan';

/** "Tiêu chí 1.1 (Hoàn thành chỉ tiêu khám chữa bệnh)". */
const criterionName = (code: string, title: string) => `Tiêu chí ${code} (${title})`;

/** A value as the user typed it: numbers with a decimal comma, anything else quoted. */
const shown = (value: unknown) =>
  typeof value === 'number' ? num(value) : typeof value === 'string' ? `"${value}"` : String(value);

export const scoringMessages = {
  scoreCriterionName: criterionName,

  // Entries of a sheet or an appraisal (422)
  scoreUnknownCriterion: (code: string, template: string) =>
    `Không có tiêu chí "${code}" trong bảng tiêu chí ${template}.`,
  scoreDuplicateCriterion: (code: string, title: string) =>
    `${criterionName(code, title)}: được gửi hai lần trong cùng một yêu cầu.`,
  scoreNotANumber: (code: string, title: string, value: unknown) =>
    `${criterionName(code, title)}: điểm ${shown(value)} không phải là một số.`,
  scoreBelowZero: (code: string, title: string, value: number) =>
    `${criterionName(code, title)}: điểm ${num(value)} không được nhỏ hơn 0.`,
  scoreAboveMax: (code: string, title: string, value: number, max: number) =>
    `${criterionName(code, title)}: điểm ${num(value)} vượt điểm chuẩn ${num(max)}.`,
  scoreOffStep: (code: string, title: string, value: number, step: number) =>
    `${criterionName(code, title)}: điểm ${num(value)} không phải là bội của bước điểm ${num(step)}.`,
  scoreMissing: (code: string, title: string) =>
    `${criterionName(code, title)}: chưa có điểm tự chấm; phải chấm đủ mọi tiêu chí chuẩn trước khi nộp.`,

  // Vote rounds (422)
  votePresentAboveMembers: (present: number, members: number) =>
    `Số thành viên có mặt (${present}) không được lớn hơn tổng số thành viên (${members}).`,
  voteAbovePresent: (unit: string, votes: number, present: number) =>
    `Đơn vị "${unit}": số phiếu (${votes}) không được lớn hơn số thành viên có mặt (${present}).`,
  voteUnknownCandidate: (unit: string) => `Đơn vị "${unit}" không phải là thành viên của khối/cụm.`,
  voteDuplicateCandidate: (unit: string) => `Đơn vị "${unit}" được liệt kê hai lần trong danh sách bình xét.`,
} as const;
