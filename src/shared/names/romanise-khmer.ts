/**
 * Khmer script → a Latin approximation of how Cambodians romanise names
 * (UNGEGN consonants, common-usage vowels: ចាន់ថា → "chantha", សុខា → "sokha").
 *
 * It exists for duplicate detection, not for display: the output only has to
 * land close to the usual Latin spellings once both go through `nameKey`.
 * Khmer writing does not mark syllable boundaries or which consonants close a
 * syllable, so the syllable split below is a heuristic tuned on names (see the
 * test for the names it is checked against). Characters outside the Khmer
 * block pass through unchanged, so mixed input ("Sok ចាន់ថា") works.
 */

type Series = 1 | 2;

/** Consonant → [romanisation as onset, as final, series]. Final stops are unreleased, so aspiration and voicing go. */
// biome-ignore format: a table reads better aligned
const CONSONANTS: Record<string, readonly [string, string, Series]> = {
  ក: ['k', 'k', 1], ខ: ['kh', 'k', 1], គ: ['k', 'k', 2], ឃ: ['kh', 'k', 2], ង: ['ng', 'ng', 2],
  ច: ['ch', 'ch', 1], ឆ: ['chh', 'ch', 1], ជ: ['ch', 'ch', 2], ឈ: ['chh', 'ch', 2], ញ: ['nh', 'nh', 2],
  ដ: ['d', 't', 1], ឋ: ['th', 't', 1], ឌ: ['d', 't', 2], ឍ: ['th', 't', 2], ណ: ['n', 'n', 1],
  ត: ['t', 't', 1], ថ: ['th', 't', 1], ទ: ['t', 't', 2], ធ: ['th', 't', 2], ន: ['n', 'n', 2],
  ប: ['b', 'p', 1], ផ: ['ph', 'p', 1], ព: ['p', 'p', 2], ភ: ['ph', 'p', 2], ម: ['m', 'm', 2],
  យ: ['y', 'y', 2], រ: ['r', 'r', 2], ល: ['l', 'l', 2], វ: ['v', 'v', 2], ឝ: ['s', 's', 1],
  ឞ: ['s', 's', 1], ស: ['s', 's', 1], ហ: ['h', 'h', 1], ឡ: ['l', 'l', 1], អ: ['', '', 1],
};

/** Dependent vowel → [after a first-series consonant, after a second-series one]. */
// biome-ignore format: a table reads better aligned
const VOWELS: Record<string, readonly [string, string]> = {
  'ា': ['a', 'ea'], 'ិ': ['e', 'i'], 'ី': ['ei', 'i'], 'ឹ': ['e', 'i'], 'ឺ': ['oeu', 'eu'],
  'ុ': ['o', 'u'], 'ូ': ['ou', 'ou'], 'ួ': ['uo', 'uo'], 'ើ': ['aeu', 'eu'], 'ឿ': ['oeu', 'oeu'],
  'ៀ': ['ie', 'ie'], 'េ': ['e', 'e'], 'ែ': ['ae', 'e'], 'ៃ': ['ai', 'ey'], 'ោ': ['ao', 'o'],
  'ៅ': ['ao', 'ov'], 'េា': ['ao', 'o'], 'េី': ['aeu', 'eu'],
};

// biome-ignore format: a table reads better aligned
const INDEPENDENT: Record<string, string> = {
  'ឣ': 'a', 'ឤ': 'a', 'ឥ': 'e', 'ឦ': 'ei', 'ឧ': 'o', 'ឨ': 'o', 'ឩ': 'ou', 'ឪ': 'ov', 'ឫ': 'rue',
  'ឬ': 'rueu', 'ឭ': 'lue', 'ឮ': 'lueu', 'ឯ': 'ae', 'ឰ': 'ai', 'ឱ': 'ao', 'ឲ': 'ao', 'ឳ': 'au',
};

const COENG = '\u17D2';
const MUSIKATOAN = '\u17C9'; // ៉ turns a second-series consonant into first series
const TRIISAP = '\u17CA'; // ៊ turns a first-series consonant into second series
const NIKAHIT = '\u17C6'; // ំ final nasal
const REAHMUK = '\u17C7'; // ះ final breath
const YUUKALEAPINTU = '\u17C8'; // ៈ short vowel + glottal stop
const BANTOC = '\u17CB'; // ់ shortens the vowel; sits on a final consonant
const TOANDAKHIAT = '\u17CD'; // ៍ silences the letter it sits on
const SAMYOK_SANNYA = '\u17D0'; // ័
/** Subscripts that leave the series alone; any other second-series subscript makes the cluster second series. */
const SONORANTS = new Set(['ង', 'ញ', 'ន', 'ម', 'យ', 'រ', 'ល', 'វ']);

type Cluster = { base: string; subs: string[]; shift?: Series; vowel: string; signs: string; independent?: string };
type Syllable = {
  onset: string;
  series: Series;
  vowel: string;
  signs: string;
  coda: string;
  /** Closed by the base of a subscript cluster (Pali-style double consonant). */
  geminate: boolean;
  /** An independent vowel letter: its sound is already in `onset`. */
  independent: boolean;
};

const isKhmer = (ch: string) => ch >= '\u1780' && ch <= '\u17FF';

function parseClusters(word: string): Cluster[] {
  const clusters: Cluster[] = [];
  let afterCoeng = false;
  for (const ch of word) {
    const current = clusters.at(-1);
    if (ch in CONSONANTS) {
      if (afterCoeng && current) current.subs.push(ch);
      else clusters.push({ base: ch, subs: [], vowel: '', signs: '' });
    } else if (ch in INDEPENDENT) {
      clusters.push({ base: '', subs: [], vowel: '', signs: '', independent: INDEPENDENT[ch] });
    } else if (current) {
      if (ch === MUSIKATOAN) current.shift = 1;
      else if (ch === TRIISAP) current.shift = 2;
      else if (ch >= '\u17B6' && ch <= '\u17C5') current.vowel += ch;
      else if (ch !== COENG) current.signs += ch;
    }
    afterCoeng = ch === COENG;
  }
  return clusters;
}

function seriesOf(base: string, subs: string[], shift?: Series): Series {
  if (shift) return shift;
  const own = CONSONANTS[base]?.[2] ?? 1;
  return subs.some((s) => CONSONANTS[s]?.[2] === 2 && !SONORANTS.has(s)) ? 2 : own;
}

const hasVowel = (c: Cluster) =>
  c.vowel !== '' || c.independent !== undefined || /[\u17C6\u17C7\u17C8\u17D0]/.test(c.signs);
const onsetOf = (letters: string[]) => letters.map((l) => CONSONANTS[l]?.[0] ?? '').join('');
const finalOf = (letter: string) => CONSONANTS[letter]?.[1] ?? '';

/**
 * Splits clusters into syllables. A consonant without a vowel either closes
 * the syllable before it or opens one with the inherent vowel:
 * - followed by a lone vowel-less final (សុផល so-phal), it opens a syllable;
 * - after a written vowel (សុខលី sok-ly, វាសនា veas-na) it closes that syllable;
 * - after an inherent vowel it opens one (រតនា ra-ta-na), unless it ends the word (ពល pol).
 * A subscript after an open syllable is Pali-style gemination: the base closes
 * that syllable and the subscript opens the next (វណ្ណៈ van-nak, បុប្ផា bop-pha).
 */
function syllables(clusters: Cluster[]): Syllable[] {
  const out: Syllable[] = [];
  const open = () => {
    const prev = out.at(-1);
    return prev && prev.coda === '' && !/[\u17C6-\u17C8]/.test(prev.signs) ? prev : undefined;
  };
  clusters.forEach((c, i) => {
    if (c.signs.includes(TOANDAKHIAT)) return;
    const prev = open();
    const last = i === clusters.length - 1;
    const next = clusters[i + 1];
    if (c.independent !== undefined) {
      out.push({ ...syllable(c.independent, 1, c), independent: true });
      return;
    }
    if (c.subs.length > 0 && prev) {
      prev.coda = finalOf(c.base);
      prev.geminate = true;
      // A vowel-less subscript at the end is silent (ចន្ទ chan), and so is a final ិ/ុ after a geminate (សម្បត្តិ sambath).
      if (!hasVowel(c) && last) return;
      if (last && (c.vowel === 'ិ' || c.vowel === 'ុ') && c.signs === '') return;
      const [sub = '', ...rest] = c.subs;
      out.push(syllable(onsetOf([sub, ...rest]), seriesOf(sub, rest, c.shift), c));
      return;
    }
    if (!hasVowel(c) && prev) {
      const nextIsLoneFinal = next && !hasVowel(next) && (i + 1 === clusters.length - 1 || next.signs.includes(BANTOC));
      const closes = c.signs.includes(BANTOC) || (!nextIsLoneFinal && (prev.vowel !== '' || prev.independent || last));
      if (closes) {
        prev.coda = finalOf(c.base);
        return;
      }
    }
    out.push(syllable(onsetOf([c.base, ...c.subs]), seriesOf(c.base, c.subs, c.shift), c));
  });
  return out;
}

function syllable(onset: string, series: Series, c: Cluster): Syllable {
  return { onset, series, vowel: c.vowel, signs: c.signs, coda: '', geminate: false, independent: false };
}

function nucleus(s: Syllable): string {
  if (s.independent) return '';
  const nikahit = s.signs.includes(NIKAHIT);
  const carrier = s.onset === '';
  if (s.vowel === '') {
    const first = s.series === 1;
    if (nikahit) return first ? 'am' : 'um';
    if (s.signs.includes(REAHMUK)) return first ? 'ah' : 'eah';
    if (s.signs.includes(YUUKALEAPINTU)) return first ? 'ak' : 'eak';
    if (s.signs.includes(SAMYOK_SANNYA)) return 'a';
    // Inherent vowel: names write "a" (Ratana, Vannak) except in a plainly closed second-series syllable (Kong, Pol).
    return s.coda !== '' && !s.geminate && !first ? 'o' : 'a';
  }
  const pair = VOWELS[s.vowel] ?? VOWELS[s.vowel.slice(0, 1)] ?? ['', ''];
  let v = pair[s.series - 1] ?? '';
  // Common usage, not UNGEGN: អ៊ុ/អុ is written "Ou" (Ouk, Oum), ុំ "om" (Mom), ែវ "eo" (Keo).
  if (carrier && s.vowel === 'ុ') v = 'ou';
  if (nikahit && s.vowel === 'ុ') return carrier ? 'oum' : 'om';
  if (nikahit) return s.vowel === 'ា' ? 'am' : `${v}m`;
  if (s.vowel === 'ែ' && s.coda === 'v') return 'e';
  if (s.signs.includes(REAHMUK)) return `${v}h`;
  return v;
}

function romaniseWord(word: string): string {
  return syllables(parseClusters(word))
    .map((s) => {
      const v = nucleus(s);
      const coda = s.vowel === 'ែ' && s.coda === 'v' ? 'o' : s.coda;
      return s.onset + v + coda;
    })
    .join('');
}

/**
 * Romanises every run of Khmer script in `text`. A zero-width space (a Khmer
 * word break) becomes a space; zero-width joiners go. A letter written twice
 * in a row is read once: in names that is almost always a slip (words such as
 * សសរ are the exception).
 */
export function romaniseKhmer(text: string): string {
  let out = '';
  let run = '';
  const cleaned = text
    .replace(/\u200B/g, ' ')
    .replace(/[\u200C\u200D]/g, '')
    .replace(/([\u1780-\u17D1])\1+/g, '$1');
  for (const ch of cleaned) {
    if (isKhmer(ch)) {
      run += ch;
      continue;
    }
    if (run) out += romaniseWord(run);
    run = '';
    out += ch;
  }
  return run ? out + romaniseWord(run) : out;
}

export const containsKhmer = (text: string): boolean => /[\u1780-\u17FF]/.test(text);
