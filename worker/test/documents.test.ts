/**
 * The papers inside workerd (decision 0038): `docx` and exceljs pack there under nodejs_compat; the list and
 * each file come from one snapshot or one closed meeting, never live data; Vietnamese file names; 404 / 406 /
 * 409 as the contract says.
 */
import { env, SELF } from 'cloudflare:test';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { call, checked, issue, seedPlan } from './helpers';
import { openBody, seedMeeting } from './meeting-fixtures';

const figures = (inFavour: number) => ({ issued: 9, returned: 9, valid: 9, inFavour });

async function file(path: string, token: string = env.ADMIN_TOKEN) {
  const res = await checked(
    'GET',
    path,
    await SELF.fetch(`http://localhost/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } }),
  );
  return res;
}

/** The text of a docx's body and footers (XML tags dropped). */
async function docxText(res: Response): Promise<string> {
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|footer\d*)\.xml$/.test(n));
  const xml = await Promise.all(parts.map((n) => zip.file(n)!.async('string')));
  return xml
    .join(' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');
}

describe('the papers', () => {
  it('answer 409 before any snapshot, then come from the snapshot, then from the closed meeting', async () => {
    const none = await seedPlan();
    const empty = await call('GET', `/campaigns/${none.code}/documents`);
    expect(empty.status).toBe(200);
    expect(empty.body.documents).toEqual([]);
    expect((await file(`/campaigns/${none.code}/documents/submission`)).status).toBe(409);

    const s = await seedMeeting();
    const D = `/campaigns/${s.code}/documents`;
    const listed = await call('GET', D);
    expect(listed.body.documents.map((d: { code: string }) => d.code)).toEqual([
      'proposal-list',
      'submission',
      'draft-decision',
      'achievement-reports',
    ]);
    expect(listed.body.documents[0]).toMatchObject({
      snapshot: s.snapshot,
      sha256: s.sha256,
      formats: ['docx', 'xlsx'],
    });

    const fromSnapshot = await file(`${D}/proposal-list?format=docx`);
    expect(fromSnapshot.status).toBe(200);
    expect(fromSnapshot.headers.get('Content-Type')).toMatch(/wordprocessingml/);
    const cd = fromSnapshot.headers.get('Content-Disposition')!;
    expect(cd).toContain(`filename="Danh sach de nghi khen thuong - ${s.code}.docx"`);
    expect(decodeURIComponent(cd.split("filename*=UTF-8''")[1]!)).toBe(
      `Danh sách đề nghị khen thưởng - ${s.code}.docx`,
    );
    const text = await docxText(fromSnapshot);
    for (const name of [
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Cường',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      s.sha256,
    ])
      expect(text).toContain(name);

    // Errors: unknown paper, a format it does not have, a meeting paper without a meeting, a unit.
    expect((await file(`${D}/nope`)).status).toBe(404);
    expect((await file(`${D}/submission?format=xlsx`)).status).toBe(406);
    expect((await file(`${D}/proposal-list?format=pdf`)).status).toBe(406);
    expect((await file(`${D}/council-minutes`)).status).toBe(409);
    expect((await file(`${D}/proposal-list?snapshot=S-nope`)).status).toBe(404);
    expect((await file(`${D}/proposal-list`, await issue('unit', s.u(1)))).status).toBe(403);
    const xlsx = await file(`${D}/proposal-list?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));

    // The meeting: 8 of 9 for An, 7 for Bình (below 80 %), Lê Cường by the list; closed.
    const M = `/campaigns/${s.code}/meetings`;
    const m = (await call('POST', M, { body: openBody(s.snapshot) })).body;
    expect((await file(`${D}/council-minutes?meeting=${m.id}`)).status).toBe(409); // not closed yet
    await call('PUT', `${M}/${m.id}/ballots`, {
      body: {
        results: [
          { nomination: s.ids[0], ...figures(8) },
          { nomination: s.ids[1], ...figures(7) },
        ],
      },
    });
    await call('PUT', `${M}/${m.id}/list`, { body: { items: [{ nomination: s.ids[2], propose: true }] } });
    expect((await call('POST', `${M}/${m.id}/close`)).status).toBe(200);
    const reason = (await call('GET', `${M}/${m.id}`)).body.proposals[1].reason as string;

    // Live data changes after the meeting; the papers do not.
    expect((await call('DELETE', `/campaigns/${s.code}/nominations/${s.ids[0]}`)).status).toBe(204);

    const council = await issue('council');
    const all = await call('GET', D, { token: council });
    expect(all.body.documents).toHaveLength(6);
    expect(all.body.documents.every((d: { meeting: string }) => d.meeting === m.id)).toBe(true);
    const minutes = await docxText(await file(`${D}/council-minutes`, council));
    expect(minutes).toContain('Nguyễn Văn An: số phiếu phát ra 9, thu về 9, hợp lệ 9, đồng ý 8, đạt 88,89 %');
    expect(minutes).toContain(reason);
    expect(minutes).toContain('Không đề nghị');
    const count = await docxText(await file(`${D}/ballot-count`, council));
    expect(count).toContain('77,78 %');
    expect(count).toContain('Thành viên 2');
    const list = await docxText(await file(`${D}/proposal-list`));
    expect(list).toContain('Nguyễn Văn An');
    expect(list).not.toContain('Trần Thị Bình');
    for (const code of ['submission', 'draft-decision', 'achievement-reports'])
      expect(await docxText(await file(`${D}/${code}`))).toContain('Lê Cường');
    // The snapshot alone still lists every nomination within quota.
    expect(await docxText(await file(`${D}/proposal-list?snapshot=${s.snapshot}`))).toContain(
      'Trần Thị Bình',
    );
  });
});
