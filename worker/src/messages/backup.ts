/** Vietnamese texts of backups, restores and a storage failure (503). */
export const backupApiMessages = {
  storageUnavailable: (seconds: number) =>
    `Cơ sở dữ liệu tạm thời không phản hồi; thao tác chưa được ghi (không có thay đổi nào được lưu). Vui lòng thử lại sau ${seconds} giây.`,
  restoreExists: (code: string) =>
    `Kế hoạch thi đua năm với mã "${code}" đã có trong cơ sở dữ liệu; chỉ khôi phục vào cơ sở dữ liệu chưa có kế hoạch này.`,
  restoreDigest: 'Bản sao lưu đã bị thay đổi hoặc hỏng: mã SHA-256 không khớp với nội dung.',
  restoreForeignRow: (table: string, code: string) =>
    `Bảng "${table}" của bản sao lưu có dòng không thuộc kế hoạch "${code}".`,
  restoreUnknownTable: (table: string) => `Cơ sở dữ liệu không có bảng "${table}" của bản sao lưu.`,
  restoreUnknownColumn: (table: string, column: string) =>
    `Bảng "${table}" của cơ sở dữ liệu không có cột "${column}" của bản sao lưu.`,
  restoreNewerSchema: (migration: string) =>
    `Bản sao lưu được tạo với cấu trúc dữ liệu mới hơn (bản cập nhật "${migration}" chưa áp dụng ở đây).`,
  restoreRejected: (tables: string) =>
    `Không ghi được dữ liệu của bản sao lưu (vi phạm ràng buộc ở bảng ${tables}); đã xóa phần vừa ghi.`,
  restoreMismatch: (table: string) =>
    `Sau khi khôi phục, dữ liệu bảng "${table}" không khớp với bản sao lưu; đã xóa phần vừa ghi.`,
  restoreAuditValue: (row: number, column: string) =>
    `Dòng ${row + 1} của nhật ký (bảng "audit_log") trong bản sao lưu có giá trị cột "${column}" không ghi được đúng như trong bản sao lưu; chưa ghi gì.`,
  restoreAuditIdTaken: (id: number) =>
    `Cơ sở dữ liệu đã có dòng nhật ký số ${id} của nơi khác; chỉ khôi phục vào cơ sở dữ liệu chưa có các dòng nhật ký này.`,
  restoreAuditRejected: (table: string) =>
    `Không ghi được nhật ký của bản sao lưu (bảng "${table}"); các dòng đã ghi được giữ nguyên vì nhật ký chỉ được ghi thêm, không được xóa.`,
  onlyAdmin: 'Chỉ quản trị hệ thống được sao lưu hoặc khôi phục dữ liệu.',
  restoreColumns: (table: string) => `Các dòng của bảng "${table}" trong bản sao lưu phải có cùng các cột.`,
} as const;
