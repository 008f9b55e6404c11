// What `npm start` (scripts/start.mjs) tells the person running it: its steps, then the URLs, the demo
// tokens and a few requests to try.

export const startText = {
  building: '› Đóng gói add-in (npm run build)…',
  adminTokenCreated: '› Đã tạo ADMIN_TOKEN ngẫu nhiên trong .dev.vars',
  migrating: '› Áp dụng migration cho D1 cục bộ…',
  /** @param {number} port */
  starting: (port) => `› Khởi động wrangler dev trên cổng ${port}…`,
  /** @param {string} campaign */
  demoPresent: (campaign) => `› Kế hoạch mẫu ${campaign} đã có sẵn (bỏ qua).`,
  /**
   * The banner once everything runs.
   * @param {{ origin: string, campaign: string, admin: string, tokens: { who: string, token: string, label: string, note: string }[] }} p
   * @returns {string[]}
   */
  running: ({ origin, campaign, admin, tokens }) => {
    const c = `${origin}/api/v1/campaigns/${campaign}`;
    return [
      '',
      '════════════════ Thi đua đang chạy ════════════════',
      `  API          ${origin}/api/v1   (OpenAPI: ${origin}/api/v1/openapi.json)`,
      `  Task pane    ${origin}/taskpane`,
      `  Xem thử      ${origin}/preview   (task pane + sổ tính trong trình duyệt, không cần Excel)`,
      `  Manifest     ${origin}/manifest.xml`,
      '',
      `  admin        ${admin}`,
      '               Quản trị (ADMIN_TOKEN trong .dev.vars)',
      ...tokens.flatMap((t) => [`  ${t.who.padEnd(12)} ${t.token}`, `               ${t.label} — ${t.note}`]),
      '',
      '  Thử:',
      `    curl -H "Authorization: Bearer <mã>" ${origin}/api/v1/me`,
      `    curl -H "Authorization: Bearer <mã TTYT-BR>" ${c}/groups/KHOI-TTYT/units/TTYT-BR/sheet`,
      `    curl -H "Authorization: Bearer <mã Thường trực>" ${c}/rankings   (và /quotas, /nominations, /calendar)`,
      `    curl -OJ -H "Authorization: Bearer <mã Thường trực>" "${c}/groups/KHOI-BV/consolidated?format=xlsx"`,
      `    curl -X POST -H "Authorization: Bearer <mã Thường trực>" ${c}/snapshots   (Hội đồng đọc: GET …/snapshots/{id})`,
      '  Mã mới: POST /api/v1/tokens với mã admin, hoặc xóa .wrangler/demo-tokens.json rồi chạy lại.',
      '═══════════════════════════════════════════════════',
    ];
  },
};
