/**
 * The pane's pages as the Worker serves them (static assets, addin/dist/_headers; decision 0029): a CSP that
 * lets only the pane's own scripts and Office.js run, requests go only to its own origin, and Office's hosts
 * frame it. Read from the headers the assets binding serves (what wrangler dev and a deployment answer
 * before the Worker runs; wrangler.toml [assets]), not from the build script. `/taskpane.html` is
 * redirected to `/taskpane` (html_handling), with the same headers.
 */
const page = (path: string) => env.ASSETS.fetch(`http://localhost${path}`, { redirect: 'manual' });

import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

/** The directives of a CSP header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("the pane's Content-Security-Policy", () => {
  for (const [path, status] of [
    ['/taskpane', 200],
    ['/taskpane.html', 307],
    ['/commands', 200],
    ['/', 200],
  ] as const) {
    it(`${path}: own scripts and Office.js only, own origin only, framed by Office`, async () => {
      const res = await page(path);
      expect(res.status).toBe(status);
      await res.arrayBuffer();
      const csp = directives(res.headers.get('content-security-policy') ?? '');
      expect(csp.get('default-src')).toEqual(["'none'"]);
      expect(csp.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
      expect(csp.get('connect-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('form-action')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(
        expect.arrayContaining(["'self'", 'https://*.officeapps.live.com', 'https://*.cloud.microsoft']),
      );
      for (const values of csp.values()) {
        expect(values).not.toContain("'unsafe-eval'");
        expect(values).not.toContain('*');
      }
      expect(res.headers.get('x-frame-options')).toBeNull();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    });
  }

  it('is met by the pages themselves: no inline script, every script from an allowed source', async () => {
    for (const path of ['/taskpane', '/commands']) {
      const html = await (await page(path)).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(body!.trim(), `${path}: inline script`).toBe('');
        const src = /\bsrc="([^"]+)"/.exec(attrs!)?.[1] ?? '';
        expect(
          src.startsWith('https://appsforoffice.microsoft.com/') || !/^[a-z]+:|^\/\//i.test(src),
          `${path}: ${src}`,
        ).toBe(true);
      }
    }
  });
});
