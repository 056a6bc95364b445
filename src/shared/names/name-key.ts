/**
 * Matching keys for person names in either script. Khmer is romanised first;
 * Latin is folded to ASCII and reduced with rules for the ways the same Khmer
 * sound is spelt in Latin letters (Sokha/Sokhar, Chhay/Chay, Pisey/Pisei,
 * Nuon/Noun, Thida/Tida). The key is deliberately lossy: two spellings of one
 * name should land on one key, and the fuzzy comparison in `match.ts` handles
 * what is left. It is not meant for display.
 */
import { romaniseKhmer } from './romanise-khmer.ts';

/** Letters NFD does not decompose into a base letter + mark. */
const FOLD: Record<string, string> = { đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', þ: 'th', ı: 'i' };

/** Ordered: each rule sees the output of the ones before it. */
const RULES: readonly [RegExp, string][] = [
  // Aspiration is written inconsistently (Chhay/Chay, Sambath/Sambat, Sophea/Sopea): drop it.
  [/chh/g, 'ch'],
  [/([kptbdg])h/g, '$1'],
  // Spellings of one consonant: Vannac/Vannak, Wanna/Vanna. (d and t stay apart: Chanda is not Chantha;
  // the fuzzy comparison charges half an edit for d/t, as in Thida for ធីតា.)
  [/ck|q/g, 'k'],
  [/c(?!h)/g, 'k'],
  [/w/g, 'v'],
  // y as a vowel (Srey, Ly, Chhay) is i; y before a vowel stays a consonant (Yan, Nguyen).
  [/y(?![aeiou])/g, 'i'],
  // A final -h or -r after a vowel is a spelling device, not a sound (Darah, Sokhar, Sophear); so is h before a consonant (John).
  [/([aeiou])h(?![aeiou])/g, '$1'],
  [/([aeiou])r$/g, '$1'],
  // ឹ ឺ ើ ឿ: one class, held as ö while e is folded below.
  [/oeu|aeu|eu|ue|oe/g, 'ö'],
  // Second-series ា is written ea or a (Sophea/Sopha, Chea, Dara for ដារា "darea").
  [/ea|ia/g, 'a'],
  // ូ ួ: Touch/Tuch, Nuon/Noun, Duong/Doung.
  [/ou|uo|oo/g, 'u'],
  // ែ េ ិ ី: Pisey/Pisei/Pise, Nhem/Nhim, Pich/Pech, Lee/Ly.
  [/ae/g, 'e'],
  [/e/g, 'i'],
  [/ö/g, 'oe'],
  // Doubled letters carry no sound difference in romanised Khmer (Vannak/Vanak, Sovann/Sovan).
  [/(.)\1+/g, '$1'],
];

function reduceToken(token: string): string {
  let t = token;
  for (const [pattern, replacement] of RULES) t = t.replace(pattern, replacement);
  return t;
}

/** Lowercase ASCII words of a name in either script, accents and apostrophes removed. */
export function nameWords(name: string): string[] {
  return romaniseKhmer(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đðßæœøłþı]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/['’`ʼ]/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** Normalised phonetic tokens of a name, in the name's own order: "Sok Chantha" and សុខ ចាន់ថា → ["sok", "chanta"]. */
export function nameKey(name: string): string[] {
  return nameWords(name).map(reduceToken);
}

/**
 * Each token's key beside the word as written (Khmer script kept as Khmer),
 * for comparing a record with another in the same script: a one-letter slip
 * is one edit in the written word but can move the romanisation further
 * (ធារី → ធាី loses a syllable).
 */
export function nameTokens(name: string): { key: string; written: string }[] {
  return name.split(/\s+/).flatMap((segment) => {
    const keys = nameKey(segment);
    const khmer = segment.replace(/[^\u1780-\u17D2]/g, '');
    if (khmer && keys.length === 1) return [{ key: keys[0] ?? '', written: khmer }];
    const written = nameWords(segment);
    return keys.map((key, i) => ({ key, written: written[i] ?? key }));
  });
}

/** At most this many characters: enough for a trigram index to find candidates, short enough to stay cheap. */
const SEARCH_KEY_LENGTH = 64;

/**
 * The tokens sorted and joined by spaces, for a pg_trgm index column: sorted
 * so that "Sok Chantha" and "Chantha Sok" give the same key.
 */
export function searchKey(name: string): string {
  return [...new Set(nameKey(name))].sort().join(' ').slice(0, SEARCH_KEY_LENGTH).trimEnd();
}
