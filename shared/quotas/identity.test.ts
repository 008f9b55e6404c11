import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, PersonIndex, type PersonKey, personKey, samePerson } from './identity';

const VIETNAMESE =
  'AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ';

describe('foldName', () => {
  it('folds case, Unicode form and white space', () => {
    expect(foldName('  NGUYỄN   Văn\tAn ')).toBe('nguyễn văn an');
    expect(foldName('Đặng Thị Ánh'.normalize('NFD'))).toBe(foldName('đặng thị ánh'));
    expect(foldName('Đặng Thị Ánh'.normalize('NFD'))).toBe('đặng thị ánh'.normalize('NFC'));
    expect(foldName(null)).toBe('');
    expect(foldName('   ')).toBe('');
    // Different tones are different names.
    expect(foldName('Lê Văn Tú')).not.toBe(foldName('Lê Văn Tư'));
  });

  it('lower-cases exactly as toLocaleLowerCase("vi") does', () => {
    expect(VIETNAMESE.toLowerCase()).toBe(VIETNAMESE.toLocaleLowerCase('vi'));
    expect(foldName(VIETNAMESE)).toBe(VIETNAMESE.normalize('NFC').toLocaleLowerCase('vi'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(s.toLowerCase()).toBe(s.toLocaleLowerCase('vi'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('samePerson', () => {
  const p = (unit: string, name: string | null, staffId?: string | null, birthDate?: string | null) =>
    personKey({ unit, name, staffId, birthDate });

  it('follows the contract: unit, then staff ids when both have one, else names and birth dates', () => {
    expect(samePerson(p('A', 'An', 'S1'), p('A', 'Bình', 'S1'))).toBe(true);
    expect(samePerson(p('A', 'An', 'S1'), p('A', 'An', 'S2'))).toBe(false);
    expect(samePerson(p('A', 'An', 'S1'), p('B', 'An', 'S1'))).toBe(false);
    expect(samePerson(p('A', 'An', 'S1'), p('A', 'AN'))).toBe(true);
    expect(samePerson(p('A', 'An', null, '1980-01-01'), p('A', 'an', null, '1980-01-01'))).toBe(true);
    expect(samePerson(p('A', 'An', null, '1980-01-01'), p('A', 'an', null, '1990-01-01'))).toBe(false);
    expect(samePerson(p('A', 'An', null, '1980-01-01'), p('A', 'an'))).toBe(true);
    expect(samePerson(p('A', 'An', ' S1 '), p('A', 'X', 'S1'))).toBe(true);
    expect(samePerson(p('A', null), p('A', null))).toBe(false);
  });

  it('ignores soft hyphens, zero-width and format characters, spacing and case, in names and staff ids', () => {
    expect(samePerson(p('A', 'Nguy\u00ADễn Văn An'), p('A', 'nguyễn văn an'))).toBe(true);
    expect(samePerson(p('A', 'Nguyễn\u200B Văn  An'), p('A', 'NGUYỄN VĂN AN'))).toBe(true);
    expect(samePerson(p('A', 'Nguyễn Văn\u2060An'), p('A', 'Nguyễn VănAn'))).toBe(true);
    expect(samePerson(p('A', 'X', 'NV\u200B-01'), p('A', 'Y', 'nv-01'))).toBe(true);
    expect(samePerson(p('A', 'X', ' NV  01 '), p('A', 'Y', 'NV 01'))).toBe(true);
    expect(samePerson(p('A', 'X', 'NV-01'), p('A', 'X', 'NV-02'))).toBe(false);
    expect(samePerson(p('A', '\u200B\u00AD'), p('A', '\u200B'))).toBe(false); // no name at all: nobody
    expect(personKey({ unit: 'A', staffId: '\u200B ' }).staffId).toBeNull();
  });
});

describe('PersonIndex', () => {
  const person = fc
    .record({
      unit: fc.constantFrom('A', 'B'),
      name: fc.constantFrom('An', 'AN', 'Bình', null),
      staffId: fc.option(fc.constantFrom('S1', 'S2'), { nil: null }),
      birthDate: fc.option(fc.constantFrom('1980-01-01', '1990-01-01'), { nil: null }),
    })
    .map(personKey);

  it('finds exactly the people samePerson matches', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), person, (stored, key) => {
        const index = new PersonIndex<PersonKey>();
        for (const s of stored) index.add('scope', s);
        const expected = stored.filter((s) => samePerson(key, s));
        const found = index.find('scope', key);
        expect(found).toHaveLength(expected.length); // each once
        expect(new Set(found)).toEqual(new Set(expected));
        expect(index.has('scope', key)).toBe(expected.length > 0);
        expect(index.has('other', key)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
