/**
 * Snapshots larger than one chunk (db/snapshots.ts, CHUNK_CHARS) read back byte-identical: directly through
 * the repository with 600k+ characters (Vietnamese, and characters outside the BMP placed across every chunk
 * boundary), and end to end with a campaign whose nominations carry long achievement summaries.
 */

import { env } from 'cloudflare:test';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, find, insertStatements } from '../src/db/snapshots';
import { seedAwards } from './awards-fixtures';
import { call, uid } from './helpers';

async function sha(text: string) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('large snapshots', () => {
  it('a 600k-character content in several chunks reads back byte-identical (astral characters at the seams)', async () => {
    const { code } = await seedAwards();
    const phrase = 'Tóm tắt thành tích: hoàn thành xuất sắc nhiệm vụ năm 2023 — “Lương y như từ mẫu”. ';
    const fill = (n: number) => phrase.repeat(Math.ceil(n / phrase.length)).slice(0, n);
    // An emoji (a surrogate pair: two UTF-16 units) straddles each chunk boundary.
    const seam = '🏆';
    const content = [fill(CHUNK_CHARS - 1), seam, fill(CHUNK_CHARS - 2), seam, fill(120_000)].join('');
    expect(content.slice(CHUNK_CHARS - 1, CHUNK_CHARS + 1)).toBe(seam);
    expect(content.slice(2 * CHUNK_CHARS - 1, 2 * CHUNK_CHARS + 1)).toBe(seam);
    expect(content.length).toBeGreaterThan(2 * CHUNK_CHARS);

    const id = `S-${uid()}`;
    const row = {
      id,
      campaign: code,
      created_at: Date.now(),
      created_by: 'Kiểm thử',
      sha256: await sha(content),
      chunks: 0,
      bytes: bytes(content).length,
    };
    await env.DB.batch(insertStatements(env.DB, row, content));
    const stored = await env.DB.prepare('SELECT chunks, bytes FROM snapshots WHERE id = ?1').bind(id).first();
    expect(stored).toEqual({ chunks: 3, bytes: row.bytes });

    const back = await find(env.DB, code, id);
    expect(back).not.toBeNull();
    expect(back!.content.length).toBe(content.length);
    // Byte-identical (a deep toEqual over 600k bytes is needlessly slow): same text, same UTF-8 digest.
    expect(back!.content === content).toBe(true);
    expect(bytes(back!.content).length).toBe(row.bytes);
    expect(await sha(back!.content)).toBe(row.sha256);
  });

  it('end to end: nominations with long summaries make a multi-chunk snapshot that GET returns exactly', async () => {
    const { code, u } = await seedAwards();
    const summary = (i: number) =>
      `Hồ sơ ${i}. ${'Đồng chí đã chủ trì triển khai kỹ thuật mới, giảm thời gian chờ khám của người bệnh. '.repeat(200)}`
        .slice(0, 18_000)
        .trimEnd();
    for (const batch of [0, 1]) {
      const items = Array.from({ length: 20 }, (_, k) => {
        const i = batch * 20 + k;
        return {
          award: 'LDTT',
          movement: i % 2 ? 'M1' : 'M2',
          nominee: {
            kind: 'individual',
            unit: u(1 + (i % 7)),
            name: `Nguyễn Văn Số ${i}`,
            staffId: `NV-${i}`,
          },
          summary: summary(i),
        };
      });
      const r = await call('POST', `/campaigns/${code}/nominations`, { body: { items } });
      expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(201);
    }

    const made = await call('POST', `/campaigns/${code}/snapshots`);
    expect(made.status).toBe(201);
    const head = await env.DB.prepare('SELECT chunks, bytes FROM snapshots WHERE id = ?1')
      .bind(made.body.id)
      .first<{ chunks: number; bytes: number }>();
    expect(head!.chunks).toBeGreaterThan(2);

    const got = await call('GET', `/campaigns/${code}/snapshots/${made.body.id}`);
    expect(got.status).toBe(200);
    const { id, createdAt, sha256, ...content } = got.body;
    const text = canonicalize(content)!;
    expect(bytes(text).length).toBe(head!.bytes);
    expect(await sha(text)).toBe(made.body.sha256);
    expect(content.nominations).toHaveLength(40);
    expect(content.nominations[39].summary).toBe(summary(39));
    // Later changes leave it as frozen.
    await call('DELETE', `/campaigns/${code}/nominations/${content.nominations[0].id}`);
    expect((await call('GET', `/campaigns/${code}/snapshots/${made.body.id}`)).body).toEqual(got.body);
  });
});
