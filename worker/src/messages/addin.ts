/** Vietnamese texts of GET /manifest.xml: why a manifest is not rendered for an origin. */
export const addinMessages = {
  manifestTitle: 'Manifest cần địa chỉ HTTPS',
  /**
   * @param problem 'insecure' (plain HTTP) or 'invalid' (not a web address)
   * @param from where the origin came from: the PUBLIC_ORIGIN variable or the request's own address
   */
  manifestOrigin: (problem: 'invalid' | 'insecure', from: 'PUBLIC_ORIGIN' | 'request', origin: string) => {
    const what =
      problem === 'insecure'
        ? `Địa chỉ ${origin} dùng HTTP: Excel chỉ tải add-in qua HTTPS (HTTP chỉ được dùng cho localhost hoặc 127.0.0.1 khi phát triển trên máy này).`
        : `"${origin}" không phải là một địa chỉ web (https://…).`;
    const fix =
      from === 'PUBLIC_ORIGIN'
        ? ' Hãy đặt PUBLIC_ORIGIN trong wrangler.toml là địa chỉ HTTPS công khai của máy chủ, ví dụ https://thidua.example.gov.vn.'
        : ' Hãy mở manifest qua https://, hoặc đặt PUBLIC_ORIGIN trong wrangler.toml là địa chỉ HTTPS công khai của máy chủ.';
    return what + fix;
  },
} as const;
