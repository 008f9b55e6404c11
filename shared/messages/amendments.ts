/** Vietnamese of the amendment and unit update schemas (../contract/amendments.ts). */
export const amendmentFieldMessages = {
  unitUpdateEmpty:
    'Cần ghi ít nhất một thông tin của đơn vị để cập nhật: tên, loại hình, cơ quan cấp trên hoặc tỷ lệ nữ.',
} as const;
