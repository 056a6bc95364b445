import { describe, expect, it } from 'vitest';
import { nameKey, nameTokens, nameWords, searchKey } from './name-key.ts';

describe('nameKey', () => {
  it.each([
    // aspiration dropped, final -r/-h after a vowel dropped
    ['Sokha', 'Sokhar', 'Sokhaa'],
    ['Chhay', 'Chay'],
    ['Dara', 'Darah', 'Darra'],
    ['Sophea', 'Sopha', 'Sophear'],
    // doubled letters, c/k
    ['Vannak', 'Vanak', 'Vannac'],
    // ey/ei/i/y, ee
    ['Pisey', 'Pisei'],
    ['Ly', 'Lee', 'Li'],
    // ou/u/oo/uo
    ['Nuon', 'Noun'],
    ['Touch', 'Tuch'],
    ['Bun', 'Boun'],
    // e/i, accents, letters NFD leaves alone
    ['Nhem', 'Nhim'],
    ['Nguyễn Văn Anh', 'Nguyen Van Anh', 'NGUYEN van anh'],
    ['Đặng', 'Dang'],
    ['Müller', 'Muller'],
    ['John', 'Jon'],
  ])('%s is keyed like its other spellings', (first, ...others) => {
    for (const other of others) expect(nameKey(other), other).toEqual(nameKey(first));
  });

  it.each([
    ['Pisey', 'Piseth'],
    ['Sokha', 'Sophea'],
    ['Chanda', 'Chantha'],
    ['Chan', 'Chun'],
    ['Sok', 'Sam'],
  ])('%s and %s stay apart', (a, b) => {
    expect(nameKey(a)).not.toEqual(nameKey(b));
  });

  it('keeps the order and one token per word', () => {
    expect(nameKey('Sok Chantha')).toEqual(['sok', 'chanta']);
    expect(nameKey('Chantha Sok')).toEqual(['chanta', 'sok']);
    expect(nameKey('សុខ ចាន់ថា')).toEqual(['sok', 'chanta']);
    expect(nameKey("  O'Brien,  Mary-Jane ")).toEqual(['obrin', 'mari', 'jani']);
    expect(nameKey('')).toEqual([]);
    expect(nameKey('1234 -')).toEqual([]);
  });

  it('keeps the written word beside the key, in Khmer script when written so', () => {
    expect(nameTokens('សុខ ចាន់ថា')).toEqual([
      { key: 'sok', written: 'សុខ' },
      { key: 'chanta', written: 'ចាន់ថា' },
    ]);
    expect(nameTokens('Sok Chantha')).toEqual([
      { key: 'sok', written: 'sok' },
      { key: 'chanta', written: 'chantha' },
    ]);
    expect(nameWords('Nguyễn  Thị-Hoa')).toEqual(['nguyen', 'thi', 'hoa']);
  });
});

describe('searchKey', () => {
  it('is the same for either order and either script', () => {
    expect(searchKey('Sok Chantha')).toBe('chanta sok');
    expect(searchKey('Chantha Sok')).toBe('chanta sok');
    expect(searchKey('សុខ ចាន់ថា')).toBe('chanta sok');
  });

  it('is short and deterministic', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}x`).join(' ');
    expect(searchKey(long).length).toBeLessThanOrEqual(64);
    expect(searchKey(long)).toBe(searchKey(long));
    expect(searchKey(long)).not.toMatch(/\s$/);
    expect(searchKey('Sok Sok')).toBe('sok');
  });
});
