/** The secretariat's audit view (GET …/audit with its filters). */
export const auditText = {
  heading: 'Nhật ký thao tác',
  campaign: 'Kế hoạch',
  actor: 'Người thực hiện (nhãn mã)',
  action: 'Thao tác (tên hoặc phần đầu, vd. sheet.)',
  from: 'Từ ngày',
  to: 'Đến ngày',
  limit: 'Tối đa số dòng',
  show: 'Xem nhật ký',
  loading: 'Đang tải nhật ký…',
  none: 'Không có dòng nhật ký nào khớp bộ lọc.',
  shown: (n: number, limit: number) =>
    n >= limit
      ? `${n} dòng (đã đạt giới hạn ${limit}: thu hẹp bộ lọc để xem hết).`
      : `${n} dòng, cũ nhất trước.`,
  badRange: 'Bộ lọc "Từ ngày" phải trước hoặc bằng "Đến ngày".',
  badLimit: 'Tối đa số dòng phải là số nguyên từ 1 đến 5000.',
  role: {
    unit: 'đơn vị',
    secretariat: 'Thường trực',
    council: 'Hội đồng',
    admin: 'quản trị',
  } as Record<string, string>,
  revisions: (before: number | null, after: number | null) =>
    before === null && after === null ? '' : `${before ?? '–'} → ${after ?? '–'}`,
} as const;
