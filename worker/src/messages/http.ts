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
    406: 'Định dạng không được hỗ trợ',
    415: 'Kiểu nội dung không được hỗ trợ',
    422: 'Dữ liệu không hợp lệ',
    423: 'Đã khóa',
    429: 'Quá nhiều yêu cầu',
    500: 'Lỗi máy chủ',
    503: 'Tạm thời không phục vụ được',
  } as Record<number, string>,
  malformedJson: (kind: 'end' | 'unexpected', at: { line: number; column: number; offset: number }) =>
    `Nội dung yêu cầu không phải là JSON hợp lệ: ${kind === 'end' ? 'nội dung dừng giữa chừng' : 'sai cú pháp'} ở dòng ${at.line}, cột ${at.column} (ký tự thứ ${at.offset + 1}).`,
  malformedJsonSomewhere: 'Nội dung yêu cầu không phải là JSON hợp lệ.',
  tooDeep: (max: number, at: { line: number; column: number }) =>
    `Nội dung JSON lồng nhau quá ${max} cấp (vượt ở dòng ${at.line}, cột ${at.column}); máy chủ không xử lý.`,
  emptyBody: 'Yêu cầu không có nội dung JSON.',
  notJson: (type: string | undefined) =>
    type
      ? `Nội dung phải là JSON (Content-Type: application/json), không phải "${type}".`
      : 'Nội dung phải là JSON (Content-Type: application/json).',
  tooLarge: (limit: number) => `Nội dung yêu cầu vượt quá giới hạn ${Math.round(limit / 1024)} KB.`,
  invalid: (count: number) => `Dữ liệu gửi lên có ${count} lỗi; xem danh sách lỗi kèm theo.`,
  noRoute: (method: string, path: string) => `Không có địa chỉ ${method} ${path}.`,
  internal: 'Máy chủ gặp lỗi không mong muốn. Vui lòng thử lại sau.',
  notUtf8: 'Nội dung yêu cầu không phải là văn bản UTF-8 hợp lệ.',
  /** The health check's entry in the OpenAPI document. */
  rangeReversed: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
} as const;
