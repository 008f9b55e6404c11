import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan';
import { dongnai2020 } from './dongnai-2020';

/** The seed, copied verbatim into docs/seeds/ so the checks run on every clone. */
const seedPath = fileURLToPath(new URL('../../docs/seeds/003_7994a21b64d930d4.txt', import.meta.url));
const seed = readFileSync(seedPath, 'utf8').normalize('NFC');

/** The bullets of the seed's section II ("NỘI DUNG, THỜI GIAN THỰC HIỆN"), by quarter, without the final stop. */
function calendarBullets(text: string): Map<number, string[]> {
  const start = text.indexOf('II. NỘI DUNG, THỜI GIAN THỰC HIỆN');
  const end = text.indexOf('III. TỔ CHỨC THỰC HIỆN');
  const byQuarter = new Map<number, string[]>();
  let quarter = 0;
  for (const line of text.slice(start, end).split('\n')) {
    const heading = /(\d)\. Quý/.exec(line);
    if (heading) quarter = Number(heading[1]);
    else if (line.trim().startsWith('- ') && quarter > 0) {
      const bullet = line.trim().slice(2).replace(/\.$/, '');
      byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), bullet]);
    }
  }
  return byQuarter;
}

const milestones = dongnai2020.milestones ?? [];

describe('Đồng Nai 2020 demo plan', () => {
  it('is a valid plan document', () => {
    const result = validatePlan(dongnai2020);
    if (!result.ok) console.error(result.problems);
    expect(result.ok).toBe(true);
  });

  it('has milestones in all four quarters, each due inside its quarter', () => {
    expect(new Set(milestones.map((m) => m.quarter))).toEqual(new Set([1, 2, 3, 4]));
    for (const m of milestones) {
      const month = Number(m.due.slice(5, 7));
      expect(m.due.startsWith('2020-'), m.code).toBe(true);
      expect(Math.ceil(month / 3), m.code).toBe(m.quarter);
    }
  });

  it('closes registration with the Q1 registration bullet', () => {
    const closing = milestones.filter((m) => m.closes === 'registration');
    expect(closing.map((m) => [m.quarter, m.title])).toEqual([
      [1, 'Đăng ký thi đua khen thưởng ngành Y tế năm 2020'],
    ]);
  });

  it('has the sector clusters as "cum", bloc 12 as "khoi" with the Sở a member, every group voting at 80 % of members', () => {
    const groups = dongnai2020.groups ?? [];
    const bloc12 = groups.filter((g) => g.kind === 'khoi');
    expect(bloc12.map((g) => g.name)).toEqual(['Khối Thi đua 12 (Khối Văn hóa - Xã hội)']);
    expect(bloc12[0]?.members).toContain('DN-SYT');
    expect(groups.filter((g) => g.kind === 'cum').length).toBeGreaterThanOrEqual(4);
    for (const g of groups) expect(g.vote, g.code).toEqual({ percent: 80, of: 'members' });
    const coThiDua = (dongnai2020.rules ?? []).filter(
      (r) => r.kind === 'eligibility' && r.award === 'CO-THI-DUA',
    );
    expect(coThiDua).toEqual([expect.objectContaining({ voted: true })]);
  });

  it('has the three thematic movements of section III.4 and the Q2 thematic commendation', () => {
    const names = (dongnai2020.movements ?? []).map((m) => m.name);
    expect(names).toEqual([
      'Toàn tỉnh chung sức xây dựng nông thôn mới',
      'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
      'Doanh nghiệp Đồng Nai hội nhập và phát triển',
      'Khen thưởng chuyên đề năm 2020',
    ]);
  });

  describe('against the seed', () => {
    const bullets = calendarBullets(seed);

    it('reads 5, 5, 4 and 5 bullets from the seed calendar', () => {
      expect([1, 2, 3, 4].map((q) => bullets.get(q)?.length)).toEqual([5, 5, 4, 5]);
    });

    it('has one milestone per bullet of each quarter, titled as the seed writes it', () => {
      for (const q of [1, 2, 3, 4]) {
        const titles = milestones.filter((m) => m.quarter === q).map((m) => m.title);
        expect(titles.length, `quý ${q}`).toBe(bullets.get(q)?.length);
        expect(new Set(titles), `quý ${q}`).toEqual(new Set(bullets.get(q)));
      }
    });

    it('copies campaign title, basis, recipients, movement names and contents verbatim', () => {
      const c = dongnai2020.campaign;
      expect(seed).toContain(c.title);
      expect(seed).toContain(c.basis);
      for (const r of c.recipients ?? []) expect(seed).toContain(`- ${r}`);
      for (const m of (dongnai2020.movements ?? []).slice(0, 3)) {
        expect(seed).toContain(`“${m.name}”`);
        expect(seed).toContain(m.content);
      }
    });
  });
});
