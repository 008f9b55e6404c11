/** The summary sheet that opens a group's xlsx export (decision 0033). */
export const councilBookMessages = {
  summarySheet: 'Tổng hợp',
  summaryHeader: {
    section: (code: string) => `Mục ${code}`,
    votes: 'Số phiếu',
    voteShare: 'Tỷ lệ phiếu',
    leading: 'Đạt ngưỡng',
    leadingYes: 'Đạt',
  },
} as const;
