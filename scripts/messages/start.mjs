// What `npm start` (scripts/start.mjs) tells the person running it: its steps, then the URLs, the demo
// tokens and a few requests to try.

export const startText = {
  building: '› Đóng gói add-in (npm run build)…',
  adminTokenCreated: '› Đã tạo ADMIN_TOKEN ngẫu nhiên trong .dev.vars',
  migrating: '› Áp dụng migration cho D1 cục bộ…',
  /** @param {number} port @param {boolean} [https] */
  starting: (port, https = false) => `› Khởi động wrangler dev trên cổng ${port}${https ? ' (HTTPS)' : ''}…`,
  /** @param {string} arg */
  badOption: (arg) =>
    `Không hiểu tham số "${arg}". Dùng: npm start [-- --https | --http] (PORT=8790 để đổi cổng, HTTPS=1 thay cho --https).`,
  /** @param {string} value */
  badHttpsEnv: (value) => `HTTPS="${value}" không hợp lệ: dùng HTTPS=1 (bật) hoặc HTTPS=0 (tắt).`,
  /** @param {string} value */
  badPort: (value) => `PORT="${value}" không hợp lệ: cần một số cổng từ 1 đến 65535.`,
  certificate: '› Chuẩn bị chứng chỉ HTTPS cho localhost (office-addin-dev-certs)…',
  /** @param {string} cert @param {boolean} created */
  certReady: (cert, created) => `› ${created ? 'Đã tạo' : 'Dùng lại'} chứng chỉ ${cert}`,
  certTrusted: '› Máy này đã tin cậy chứng chỉ: Excel tải được add-in qua HTTPS.',
  /**
   * The certificate works but this machine does not trust its CA yet: what to do.
   * @param {string} reason @param {string} ca
   * @returns {string[]}
   */
  certUntrusted: (reason, ca) => [
    `! Chưa tin cậy được chứng chỉ trên máy này${reason ? ` (${reason})` : ''}.`,
    '  Máy chủ vẫn chạy qua HTTPS, nhưng Excel và trình duyệt sẽ từ chối cho đến khi CA được tin cậy:',
    '    npx office-addin-dev-certs install        (với quyền quản trị: sudo trên Linux; Windows/macOS sẽ hỏi)',
    `  hoặc nhập ${ca} vào kho "Trusted Root Certification Authorities" (Windows),`,
    '  Keychain "System" (macOS) hoặc /usr/local/share/ca-certificates + update-ca-certificates (Linux),',
    '  rồi chạy lại npm start -- --https.',
  ],
  /** @param {string} reason */
  certFailed: (reason) =>
    `Không tạo được chứng chỉ HTTPS (${reason}). Chạy "npx office-addin-dev-certs install" rồi thử lại, hoặc chạy npm start không có --https.`,
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
      `  Manifest     ${origin}/manifest.xml${origin.startsWith('https:') ? '   (nạp vào Excel: README, "Sideload it")' : ''}`,
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
