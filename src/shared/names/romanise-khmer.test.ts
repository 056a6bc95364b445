import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key.ts';
import { containsKhmer, romaniseKhmer } from './romanise-khmer.ts';

/** Common Cambodian names in Khmer script and their usual Latin spellings. */
const NAMES: [string, ...string[]][] = [
  ['សុខ', 'Sok'],
  ['ចាន់', 'Chan'],
  ['ស្រីពៅ', 'Sreypov', 'Srey Pov'],
  ['ដារា', 'Dara', 'Darah'],
  ['សុភា', 'Sophea', 'Sopha'],
  ['វណ្ណៈ', 'Vannak', 'Vanak'],
  ['ពិសី', 'Pisey', 'Pisei'],
  ['ពិសិដ្ឋ', 'Piseth', 'Pisith'],
  ['គឹមលី', 'Kimly', 'Kimlee'],
  ['ចាន់ថា', 'Chantha', 'Chanta'],
  ['សុខា', 'Sokha', 'Sokhar'],
  ['រតនា', 'Ratana', 'Rathana'],
  ['សម្បត្តិ', 'Sambath', 'Sambat'],
  ['បុប្ផា', 'Bopha', 'Bophar'],
  ['ម៉ៅ', 'Mao'],
  ['ហេង', 'Heng'],
  ['លី', 'Ly', 'Lee'],
  ['ជា', 'Chea'],
  ['ឈុន', 'Chhun', 'Chun'],
  ['ញឹម', 'Nhem', 'Nhim'],
  ['ស៊ាន', 'Sean'],
  ['យ៉ាន', 'Yan'],
  ['គង់', 'Kong'],
  ['ប៊ុន', 'Bun', 'Boun'],
  ['ទូច', 'Touch'],
  ['កែវ', 'Keo'],
  ['ពេជ្រ', 'Pich', 'Pech'],
  ['អ៊ុំ', 'Oum', 'Um'],
  ['អ៊ុក', 'Ouk', 'Uk'],
  ['ឆាយ', 'Chhay', 'Chay'],
  ['នួន', 'Nuon', 'Noun'],
  ['ស្វាយ', 'Svay'],
  ['មាស', 'Meas'],
  ['សុផល', 'Sophal'],
  ['វិចិត្រ', 'Vichet'],
  ['ចន្ទ្រា', 'Chantrea'],
  ['វាសនា', 'Veasna'],
  ['មករា', 'Makara'],
  ['រិទ្ធី', 'Rithy'],
  ['ចំរើន', 'Chamroeun'],
];

describe('romaniseKhmer', () => {
  it.each([
    ['សុខ', 'sok'],
    ['ចាន់ថា', 'chantha'],
    ['ស្រីពៅ', 'sreipov'],
    ['វណ្ណៈ', 'vannak'],
    ['សម្បត្តិ', 'sambat'],
    ['គង់', 'kong'],
    ['ម៉ៅ', 'mao'],
    ['ស៊ាន', 'sean'],
    ['សុផល', 'sophal'],
    ['រតនា', 'ratanea'],
    ['ឆាយ', 'chhay'],
  ])('%s → %s', (khmer, latin) => {
    expect(romaniseKhmer(khmer)).toBe(latin);
  });

  // Joined: whether Srey Pov is one word or two is the matcher's business (it tries both).
  const key = (name: string) => nameKey(name).join('');
  it.each(NAMES)('%s has the key of its usual spellings', (khmer, ...latin) => {
    for (const spelling of latin) expect(key(khmer), spelling).toBe(key(spelling));
  });

  it('tells apart names that sound alike but are different', () => {
    expect(key('ពិសី')).not.toBe(key('ពិសិដ្ឋ')); // Pisey, Piseth
    expect(key('ចាន់ដា')).not.toBe(key('ចាន់ថា')); // Chanda, Chantha
    expect(key('សុខា')).not.toBe(key('សុភា')); // Sokha, Sophea
  });

  it('keeps words apart, leaves other scripts alone and treats a zero-width space as a word break', () => {
    expect(romaniseKhmer('សុខ ចាន់ថា')).toBe('sok chantha');
    expect(romaniseKhmer('Sok ចាន់ថា (2010)')).toBe('Sok chantha (2010)');
    expect(romaniseKhmer('ស្រី\u200Bពៅ')).toBe('srei pov');
  });

  it('reads a letter typed twice as once', () => {
    expect(romaniseKhmer('កែវវ')).toBe(romaniseKhmer('កែវ'));
    expect(romaniseKhmer('ស្រេងង')).toBe('sreng');
  });

  it('never throws on broken sequences', () => {
    for (const text of ['្', '៉ា', 'ា់ំ', '្្ក', '៍', 'ឥ', 'ឯក', '១២៣', '']) expect(() => romaniseKhmer(text)).not.toThrow();
  });

  it('detects Khmer script', () => {
    expect(containsKhmer('Sok សុខ')).toBe(true);
    expect(containsKhmer('Sok Chantha')).toBe(false);
  });
});
