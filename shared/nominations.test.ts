import { describe, expect, it } from 'vitest';
import { NominationInput, NominationPatch, NominationsPost } from './contract/nominations';
import { Registration } from './contract/registrations';
import {
  checkNominationRef,
  checkNominationRefs,
  checkRegistrationRefs,
  mergeNominationPatch,
} from './nominations';
import { parsePlan, planInput } from './quotas/test-plan';

const plan = parsePlan();
const person = { kind: 'individual' as const, unit: 'BV-BR', name: 'Nguyễn Văn An' };

describe('request schemas', () => {
  it('accepts a full nomination and a batch of 1 to 500', () => {
    const item = {
      award: 'LDTT',
      movement: '2.4',
      group: 'KHOI-BV',
      nominee: { ...person, staffId: 'NV-1', birthDate: '1980-02-29', position: 'Bác sĩ' },
      summary: 'Hoàn thành xuất sắc nhiệm vụ',
      priority: 1,
    };
    expect(NominationInput.parse(item)).toEqual(item);
    expect(NominationsPost.safeParse({ items: [item] }).success).toBe(true);
    expect(NominationsPost.safeParse({ items: Array(500).fill(item) }).success).toBe(true);
    expect(NominationsPost.safeParse({ items: Array(501).fill(item) }).success).toBe(false);
    expect(NominationsPost.safeParse({ items: [] }).success).toBe(false);
  });

  it('rejects a bad kind, priority or birth date, naming the path', () => {
    const r = NominationsPost.safeParse({
      items: [
        { award: 'LDTT', nominee: { kind: 'person', unit: 'BV-BR' } },
        { award: 'LDTT', nominee: person, priority: 0 },
        { award: 'LDTT', nominee: { ...person, birthDate: '1980-02-30' } },
        { award: 'LDTT', nominee: person, priority: 1.5 },
      ],
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('/'));
    expect(paths).toEqual([
      'items/0/nominee/kind',
      'items/1/priority',
      'items/2/nominee/birthDate',
      'items/3/priority',
    ]);
  });

  it('takes a patch of any field, null clearing, and refuses an empty one', () => {
    expect(NominationPatch.safeParse({}).success).toBe(false);
    expect(NominationPatch.safeParse({}).error?.issues[0]?.message).toBe('Không có trường nào để sửa.');
    expect(NominationPatch.parse({ priority: null })).toEqual({ priority: null });
    expect(NominationPatch.safeParse({ priority: 0 }).success).toBe(false);
    expect(NominationPatch.parse({ nominee: { name: 'Lê B' } })).toEqual({ nominee: { name: 'Lê B' } });
  });

  it('parses a registration with defaults', () => {
    expect(Registration.parse({ awards: ['TAP-THE-LDXS'] })).toEqual({
      awards: ['TAP-THE-LDXS'],
      individuals: [],
    });
    expect(Registration.safeParse({ individuals: [{ staffId: 'X', awards: [] }] }).success).toBe(false); // no name
  });
});

describe('mergeNominationPatch', () => {
  it('replaces sent fields, clears nulls, keeps the rest, merges the nominee field by field', () => {
    const current = NominationInput.parse({
      award: 'LDTT',
      movement: '2.4',
      group: 'KHOI-BV',
      nominee: { ...person, staffId: 'NV-1', position: 'Bác sĩ' },
      priority: 2,
      summary: 'Cũ',
    });
    const merged = mergeNominationPatch(
      current,
      NominationPatch.parse({
        priority: null,
        summary: 'Mới',
        nominee: { position: null, birthDate: '1980-01-01' },
      }),
    );
    expect(merged).toEqual({
      award: 'LDTT',
      movement: '2.4',
      group: 'KHOI-BV',
      nominee: { ...person, staffId: 'NV-1', birthDate: '1980-01-01' },
      summary: 'Mới',
    });
    expect(current.priority).toBe(2); // not mutated
  });
});

describe('checkNominationRefs', () => {
  const codes = (items: Parameters<typeof checkNominationRefs>[1]) =>
    checkNominationRefs(plan, items).map((p) => `${p.code} ${p.path}`);

  it('passes sound nominations', () => {
    expect(
      codes([
        { award: 'LDTT', movement: '2.4', nominee: person },
        {
          award: 'BANG-KHEN',
          movement: '2.1',
          programme: 'CT-LAO',
          group: 'KHOI-BV',
          nominee: { kind: 'collective', unit: 'BV-VT' },
        },
        { award: 'CO-THI-DUA', group: 'CUM-TT', nominee: { kind: 'collective', unit: 'TTYT-A' } },
      ]),
    ).toEqual([]);
  });

  it('lists every problem of every item with its JSON Pointer and a Vietnamese message', () => {
    const problems = checkNominationRefs(plan, [
      { award: 'NOPE', movement: 'X', group: 'G', nominee: { kind: 'collective', unit: 'ZZ' } },
      { award: 'CO-THI-DUA', movement: '2.1', nominee: { kind: 'individual', unit: 'BV-BR' } },
      { award: 'LDTT', movement: '2.1', programme: 'CT-X', nominee: person },
      { award: 'LDTT', movement: '2.4', programme: 'CT-LAO', nominee: person },
      { award: 'LDTT', programme: 'CT-LAO', nominee: person },
      { award: 'LDTT', movement: '2.11', nominee: person },
      { award: 'CO-THI-DUA', group: 'KHOI-BV', nominee: { kind: 'collective', unit: 'TTYT-A' } },
      { award: 'BANG-KHEN', nominee: person },
    ]);
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'unknown_award /items/0/award',
      'unknown_unit /items/0/nominee/unit',
      'unknown_movement /items/0/movement',
      'unknown_group /items/0/group',
      'nominee_kind /items/1/nominee/kind',
      'name_required /items/1/nominee/name',
      'programme_required /items/1/programme',
      'group_required /items/1/group',
      'unknown_programme /items/2/programme',
      'unknown_programme /items/3/programme',
      'unknown_programme /items/4/programme',
      'award_not_in_movement /items/5/award',
      'not_member /items/6/group',
      'group_required /items/7/group',
    ]);
    const message = (code: string) => problems.find((p) => p.code === code)?.message;
    expect(message('nominee_kind')).toBe('Danh hiệu/hình thức khen thưởng Cờ thi đua chỉ dành cho tập thể.');
    expect(message('programme_required')).toBe(
      'Phong trào 2.1 xét theo từng chương trình: phải chọn chương trình.',
    );
    expect(message('award_not_in_movement')).toBe(
      'Phong trào 2.11 không xét danh hiệu/hình thức khen thưởng Lao động tiên tiến.',
    );
    expect(message('not_member')).toBe('Đơn vị "TTYT-A" không phải là thành viên của khối/cụm "KHOI-BV".');
    expect(message('group_required')).toBe(
      'Danh hiệu/hình thức khen thưởng Cờ thi đua được xét theo khối/cụm: phải chọn khối/cụm.',
    );
    expect(message('unknown_award')).toBe('Không có danh hiệu/hình thức khen thưởng với mã "NOPE".');
  });

  it('requires a group only for awards whose rules read it', () => {
    const p = planInput();
    p.rules = [{ kind: 'eligibility', award: 'TAP-THE-LDXS', registered: true }];
    const loose = parsePlan(p);
    expect(
      checkNominationRefs(loose, [{ award: 'CO-THI-DUA', nominee: { kind: 'collective', unit: 'BV-BR' } }]),
    ).toEqual([]);
    expect(
      checkNominationRefs(loose, [{ award: 'TAP-THE-LDXS', nominee: { kind: 'collective', unit: 'BV-BR' } }]),
    ).toEqual([]);
  });

  it('checks one item under another base path (a PATCH)', () => {
    expect(
      checkNominationRef(plan, { award: 'LDTT', movement: '2.9', nominee: person }).map((p) => p.path),
    ).toEqual(['/movement']);
  });
});

describe('checkRegistrationRefs', () => {
  it('flags unknown and repeated awards, awards of the wrong kind and a person listed twice', () => {
    const problems = checkRegistrationRefs(
      plan,
      'BV-BR',
      Registration.parse({
        awards: ['TAP-THE-LDXS', 'LDTT', 'TAP-THE-LDXS', 'NOPE'],
        individuals: [
          { name: 'Nguyễn Văn An', awards: ['CSTDCS', 'CO-THI-DUA'] },
          { name: 'NGUYỄN VĂN AN', awards: ['LDTT'] },
          { name: 'Trần Bình', staffId: 'S1', awards: [] },
          { name: 'Trần Bình', staffId: 'S2', awards: [] },
        ],
      }),
    );
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'nominee_kind /awards/1',
      'duplicate_code /awards/2',
      'unknown_award /awards/3',
      'nominee_kind /individuals/0/awards/1',
      'duplicate_person /individuals/1',
    ]);
    expect(problems[0]!.message).toBe(
      'Danh hiệu Lao động tiên tiến dành cho cá nhân, không đăng ký cho tập thể.',
    );
  });
});
