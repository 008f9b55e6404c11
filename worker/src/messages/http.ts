/** Vietnamese texts of the HTTP layer: problem titles and the generic failures of a request. */
export const httpMessages = {
  title: {
    400: 'Yêu cầu không đúng định dạng',
    401: 'Chưa xác thực',
    403: 'Không có quyền',
    404: 'Không tìm thấy',
    405: 'Phương thức không được hỗ trợ',
    409: 'Xung đột dữ liệu',
    413: 'Yêu cầu quá lớn',
    415: 'Kiểu nội dung không được hỗ trợ',
    422: 'Dữ liệu không hợp lệ',
    423: 'Đã khóa',
    500: 'Lỗi máy chủ',
  } as Record<number, string>,
  malformedJson: (detail: string) => `Nội dung yêu cầu không phải là JSON hợp lệ: ${detail}`,
  emptyBody: 'Yêu cầu không có nội dung JSON.',
  notJson: (type: string | undefined) =>
    type
      ? `Nội dung phải là JSON (Content-Type: application/json), không phải "${type}".`
      : 'Nội dung phải là JSON (Content-Type: application/json).',
  tooLarge: (limit: number) => `Nội dung yêu cầu vượt quá giới hạn ${Math.round(limit / 1024)} KB.`,
  invalid: (count: number) => `Dữ liệu gửi lên có ${count} lỗi; xem danh sách "errors".`,
  noRoute: (method: string, path: string) => `Không có địa chỉ ${method} ${path}.`,
  internal: 'Máy chủ gặp lỗi không mong muốn. Vui lòng thử lại sau.',
  notUtf8: 'nội dung không phải UTF-8',
  rangeReversed: 'Thời điểm "to" phải sau "from".',
} as const;
