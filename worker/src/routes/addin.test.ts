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
