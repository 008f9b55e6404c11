/** Vietnamese texts of the add-in's manifest: what Excel shows in its ribbon and add-in list. */
export const manifestMessages = {
  provider: 'Sở Y tế',
  name: 'Thi đua',
  description:
    'Chấm điểm thi đua ngay trong Excel: tải bảng tiêu chí của khối, tự chấm, kiểm tra, lưu nháp và nộp bảng điểm.',
  group: 'Thi đua',
  button: 'Bảng điểm thi đua',
  tooltip: 'Mở ngăn Thi đua để tải bảng tự chấm điểm, kiểm tra và nộp.',
} as const;
