import { describe, expect, it } from 'vitest';
import { addin } from './addin';

const env = (PUBLIC_ORIGIN: string) => ({ PUBLIC_ORIGIN }) as never;

describe('GET /manifest.xml', () => {
  it('renders the manifest for PUBLIC_ORIGIN', async () => {
    const res = await addin.request(
      'http://127.0.0.1:8787/manifest.xml',
      {},
      env('https://thidua.example.gov.vn'),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toContain('<SourceLocation DefaultValue="https://thidua.example.gov.vn/taskpane"/>');
    expect(xml).not.toContain('127.0.0.1');
  });

  it("falls back to the request's own origin", async () => {
    const res = await addin.request('https://localhost:8787/manifest.xml', {}, env(''));
    expect(await res.text()).toContain('https://localhost:8787/taskpane');
  });
});

describe('GET /manifest.xml refuses an origin Excel would not load', () => {
  const problemOf = async (url: string, origin: string) => {
    const res = await addin.request(url, {}, env(origin));
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    return { status: res.status, body: (await res.json()) as Record<string, string> };
  };

  it('a plain-HTTP PUBLIC_ORIGIN: 400 in Vietnamese naming PUBLIC_ORIGIN', async () => {
    const { status, body } = await problemOf(
      'https://thidua.example.gov.vn/manifest.xml',
      'http://thidua.example.gov.vn',
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      status: 400,
      title: 'Manifest cần địa chỉ HTTPS',
      origin: 'http://thidua.example.gov.vn',
    });
    expect(body.detail).toContain('PUBLIC_ORIGIN');
    expect(body.detail).toContain('chỉ tải add-in qua HTTPS');
  });

  it("a plain-HTTP request to a public host when PUBLIC_ORIGIN is empty: 400, the request's origin named", async () => {
    const { status, body } = await problemOf('http://thidua.example.gov.vn/manifest.xml', '');
    expect(status).toBe(400);
    expect(body.from).toBe('request');
    expect(body.detail).toContain('http://thidua.example.gov.vn');
    expect(body.detail).toContain('PUBLIC_ORIGIN');
  });

  it('a PUBLIC_ORIGIN that is not a web address: 400, never a 500', async () => {
    for (const origin of ['thidua.example.gov.vn', 'ftp://thidua.example.gov.vn']) {
      const { status, body } = await problemOf('https://x.example/manifest.xml', origin);
      expect(status, origin).toBe(400);
      expect(body.detail).toContain('không phải là một địa chỉ web');
    }
  });

  it('plain HTTP on this machine (localhost, 127.0.0.1, [::1]) is development: rendered', async () => {
    for (const url of ['http://localhost:8787', 'http://127.0.0.1:8787', 'http://[::1]:8787']) {
      const res = await addin.request(`${url}/manifest.xml`, {}, env(''));
      expect(res.status, url).toBe(200);
      expect(await res.text()).toContain(`${url}/taskpane`);
    }
    const configured = await addin.request(
      'https://x.example/manifest.xml',
      {},
      env('http://localhost:8787'),
    );
    expect(configured.status).toBe(200);
  });
});
