/** Texts of the CSV of rankings and quotas (`?format=csv`), and the refusal of a format a route lacks. */
export const tableApiMessages = {
  rankingsHeader: {
    group: 'Mã khối/cụm',
    groupName: 'Tên khối/cụm',
    rank: 'Hạng',
    unit: 'Mã đơn vị',
    name: 'Tên đơn vị',
    status: 'Trạng thái',
    totalSelf: 'Tổng tự chấm',
    total: 'Tổng điểm',
    classification: 'Xếp loại',
    votes: 'Số phiếu',
    voteShare: 'Tỷ lệ phiếu',
  },
  sheetStatus: { draft: 'Chưa nộp', submitted: 'Đã nộp', appraised: 'Đã thẩm định' } as Record<
    string,
    string
  >,
  quotaScope: {
    movement: 'Phong trào',
    programme: 'Chương trình',
    group: 'Khối/cụm',
    unit: 'Đơn vị',
    person: 'Tập thể/cá nhân',
  } as Record<string, string>,
  quotasHeader: {
    rule: 'Mã giới hạn',
    label: 'Giới hạn',
    scope: 'Phạm vi',
    limit: 'Tối đa',
    used: 'Đã dùng',
    over: 'Vượt',
  },
  /** 406: the format asked for is not one this route answers in. */
  formatNotAcceptable: (f: string, allowed: readonly string[]) =>
    `Tham số "format": định dạng "${f}" không hỗ trợ ở đường dẫn này (chỉ ${allowed.join(', ')}).`,
} as const;
