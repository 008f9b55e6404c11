/** What `scripts/verify-audit.ts` tells the person who runs it (the breaks' own sentences: shared/messages/audit.ts). */
export const verifyAuditText = {
  usage:
    'Cách dùng: node scripts/run-verify-audit.mjs [--local | --remote | --sqlite TỆP.sqlite | --dump TỆP.sql | --json TỆP.json]\n' +
    '  --local / --remote [tùy chọn của wrangler, vd. --persist-to THƯ-MỤC, --env production]: đọc D1 "DB" qua wrangler d1 execute (mặc định: --local)\n' +
    '  --sqlite: một tệp SQLite (bản sao D1 cục bộ); --dump: tệp SQL của wrangler d1 export\n' +
    '  --json: kết quả `wrangler d1 execute DB --json --command "<AUDIT_SQL>; <ANCHOR_SQL>"`',
  chainOk: (name: string, entries: number, seq: number) =>
    `✓ ${name}: ${entries} mục, đầu chuỗi số ${seq}, nguyên vẹn.`,
  chainBroken: (name: string, message: string) => `✗ ${name}: ${message}`,
  noChains: 'Không có dòng nhật ký nào để kiểm tra.',
  summary: (ok: number, broken: number) =>
    broken === 0
      ? `Tất cả ${ok} chuỗi nhật ký đều nguyên vẹn.`
      : `${broken} chuỗi nhật ký bị hỏng, ${ok} chuỗi nguyên vẹn.`,
} as const;
