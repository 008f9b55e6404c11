/** Vietnamese of the contract's repeated field shapes (../contract/fields.ts). */
export const fieldMessages = {
  webUrl: 'Đường dẫn phải là địa chỉ web bắt đầu bằng https:// hoặc http://.',
} as const;
