/**
 * A labelled, seeded set of person-record pairs for measuring duplicate
 * detection: pairs of records of one person as two people would really enter
 * them (other script, other spelling, swapped order, typo, birth year off by
 * one, a field left out, an alias), and pairs of different people chosen to
 * look alike (same family name, namesakes of another age, gender or
 * nationality, siblings). Every name is a common name; no record is real.
 *
 * Name lists are written here rather than taken from a faker locale so the set
 * stays the same across library upgrades, and because faker has no Khmer
 * names. Format: Khmer script, then Latin spellings, the usual one first.
 */
import type { PersonFacts } from './match.ts';

type KhmerName = { khmer: string; latin: string[]; gender: 'f' | 'm' | 'u' };

const parse = (line: string, gender: KhmerName['gender'] = 'u'): KhmerName => {
  const [khmer = '', ...latin] = line.split('|');
  return { khmer, latin, gender };
};

// biome-ignore format: a word list
export const KHMER_FAMILY_NAMES: readonly KhmerName[] = [
  'សុខ|Sok', 'ចាន់|Chan', 'ជា|Chea', 'ហេង|Heng', 'លី|Ly|Lee', 'ម៉ៅ|Mao', 'ឈុន|Chhun|Chun', 'ញឹម|Nhem|Nhim',
  'គង់|Kong', 'ប៊ុន|Bun|Boun', 'ទូច|Touch|Tuch', 'យ៉ាន|Yan', 'ស៊ាន|Sean', 'កែវ|Keo', 'សេង|Seng', 'ខៀវ|Khiev',
  'ពេជ្រ|Pich|Pech', 'អ៊ុំ|Oum|Um', 'អ៊ុក|Ouk|Uk', 'ព្រំ|Prum|Prom', 'ឡុង|Long', 'ទេព|Tep', 'ហ៊ុន|Hun|Houn',
  'ម៉េង|Meng', 'ស៊ុន|Sun|Soun', 'ឆាយ|Chhay|Chay', 'ឌួង|Duong|Doung', 'នួន|Nuon|Noun', 'ស្វាយ|Svay', 'មាស|Meas',
  'ភួង|Phuong|Phoung', 'ឈឹម|Chhim|Chim', 'ហួត|Huot|Hout', 'ឃឹម|Khim', 'ស្រេង|Sreng', 'លឹម|Lim', 'ព្រាប|Preap',
  'សួន|Suon|Soun',
].map((line) => parse(line));

// biome-ignore format: a word list
export const KHMER_GIVEN_NAMES: readonly KhmerName[] = [
  ...['ស្រីពៅ|Srey Pov|Sreypov|Srei Pov', 'សុភា|Sophea|Sopha|Sophear', 'ពិសី|Pisey|Pisei', 'គឹមលី|Kimly|Kim Ly|Kimlee',
    'បុប្ផា|Bopha|Bophar|Boppha', 'ធីតា|Thida|Tida|Theda', 'សុភាព|Sopheap', 'ចាន់ដា|Chanda', 'ណារី|Nary|Nari|Naree',
    'ស្រីមុំ|Srey Mom|Sreymom', 'ស្រីនាង|Srey Neang|Sreyneang', 'ធារី|Theary|Thary', 'លក្ខិណា|Leakhena',
    'ចន្ទ្រា|Chantrea|Chanthrea', 'ស្រីនិច|Srey Nich|Sreynich', 'ម៉ាលី|Maly|Mali', 'ដាវី|Davy|Davi', 'សុភី|Sophy|Sophie',
    'ស៊ីណា|Sina|Seena'].map((line) => parse(line, 'f')),
  ...['វណ្ណៈ|Vannak|Vanak|Vannac', 'ពិសិដ្ឋ|Piseth|Piset|Pisith', 'សម្បត្តិ|Sambath|Sambat', 'សុផល|Sophal|Sophall',
    'វិចិត្រ|Vichet|Vicheth|Vichit', 'មករា|Makara|Makkara', 'វិសាល|Visal|Vesal', 'រិទ្ធី|Rithy|Rithi|Ritthy',
    'សុខុម|Sokhom', 'វាសនា|Veasna|Veasnar', 'ពុទ្ធី|Puthy|Puthi', 'វុទ្ធី|Vuthy|Vuthi', 'សំណាង|Samnang|Somnang',
    'ចំរើន|Chamroeun|Chamreun', 'ហេង|Heng'].map((line) => parse(line, 'm')),
  ...['ចាន់ថា|Chantha|Chanta', 'សុខា|Sokha|Sokhar|Sokhaa', 'ដារា|Dara|Darah|Darra', 'រតនា|Ratana|Rathana|Rattana',
    'ចាន់ធី|Chanthy|Chanthi|Chanty', 'សុធា|Sothea|Sotha', 'សុវណ្ណ|Sovann|Sovan', 'សុខលី|Sokly|Sokhly'].map((line) =>
    parse(line, 'u'),
  ),
];

type Foreign = { nationality: string; male: string[]; female: string[]; family: string[]; familyFirst?: boolean };
const words = (s: string) => s.split(' ');
// biome-ignore format: a word list
const ANGLO = {
  male: words('John Michael David James Robert William Richard Thomas Daniel Steven Andrew Peter Mark Paul Brian Kevin Gary Scott Jason Matthew'),
  female: words('Mary Sarah Jennifer Lisa Karen Emma Susan Helen'),
  family: words('Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Moore Martin Jackson White Harris Clark Lewis Walker Hall Young King Wright Green Baker Adams Campbell Mitchell Roberts'),
};
// biome-ignore format: a word list
export const FOREIGN: readonly Foreign[] = [
  { nationality: 'US', ...ANGLO },
  { nationality: 'GB', ...ANGLO },
  { nationality: 'AU', ...ANGLO },
  { nationality: 'FR', male: words('Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Laurent Stéphane François Éric'), female: words('Marie Nathalie Isabelle Sylvie'), family: words('Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Lefèvre Fournier Girard') },
  { nationality: 'DE', male: words('Thomas Michael Andreas Stefan Klaus Jürgen Peter Wolfgang Frank Uwe Markus Jörg'), female: words('Sabine Petra Claudia Monika'), family: words('Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter') },
  { nationality: 'VN', familyFirst: true, male: words('Văn_Anh Văn_Minh Văn_Hùng Văn_Tuấn Văn_Dũng Văn_Nam Văn_Long Văn_Hải Văn_Phúc Văn_Thành'), female: words('Thị_Hoa Thị_Lan Thị_Linh Thị_Hương Thị_Mai'), family: words('Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương') },
  { nationality: 'TH', male: words('Somchai Somsak Sombat Prasert Wichai Chaiwat'), female: words('Siriporn Malee'), family: words('Saetang Srisuk Wongsawat Chaiyaporn Boonmee Thongdee') },
];

const KHMER_NICKNAMES = words('Pov Toch Thom Mab Nang Pheak Mey Kolab Nita Bong');
// biome-ignore format: a word list
const ENGLISH_NICKNAMES: Record<string, string> = { Robert: 'Bob', William: 'Bill', Michael: 'Mike', Thomas: 'Tom', James: 'Jim', Richard: 'Rick', Daniel: 'Dan', Steven: 'Steve', Andrew: 'Andy', Peter: 'Pete' };

// biome-ignore format: a word list
const FOREIGN_VARIANTS: Record<string, string> = { John: 'Jon', Steven: 'Stephen', Mark: 'Marc', Brian: 'Bryan', Matthew: 'Mathew', Michael: 'Micheal', Sarah: 'Sara', Smith: 'Smyth', Johnson: 'Jonson', Philippe: 'Philipe', Éric: 'Erik', Jörg: 'Joerg', Müller: 'Mueller', Schmidt: 'Schmitt' };
const withoutAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** mulberry32: small, fast, and the same sequence on every platform for a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const chance = (rng: Rng, p: number) => rng() < p;
function weightedPick<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  let r = rng() * weights.reduce((sum, w) => sum + w, 0);
  const index = weights.findIndex((w) => {
    r -= w;
    return r < 0;
  });
  return items[index === -1 ? items.length - 1 : index] as T;
}
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** A person as they are, before anyone types them into a record. */
type Person = {
  family: KhmerName;
  given: KhmerName;
  /** Foreign nationals have no Khmer name; their given name comes first unless `familyFirst`. */
  foreign?: { familyFirst: boolean };
  gender: 'male' | 'female';
  birthYear: number;
  nationality: string;
};

const latinOnly = (latin: string, gender: KhmerName['gender'] = 'u'): KhmerName => ({
  khmer: '',
  latin: [latin],
  gender,
});

function cambodian(rng: Rng, family = pick(rng, KHMER_FAMILY_NAMES), given = pick(rng, KHMER_GIVEN_NAMES)): Person {
  const gender =
    given.gender === 'u' ? pick(rng, ['male', 'female'] as const) : given.gender === 'f' ? 'female' : 'male';
  return { family, given, gender, birthYear: int(rng, 1965, 2022), nationality: 'KH' };
}

function foreigner(
  rng: Rng,
  country = pick(rng, FOREIGN),
  gender: Person['gender'] = chance(rng, 0.85) ? 'male' : 'female',
): Person {
  const given = pick(rng, gender === 'male' ? country.male : country.female).replace('_', ' ');
  return {
    family: latinOnly(pick(rng, country.family)),
    given: latinOnly(given, gender === 'male' ? 'm' : 'f'),
    foreign: { familyFirst: country.familyFirst === true },
    gender,
    birthYear: int(rng, 1950, 2000),
    nationality: country.nationality,
  };
}

/** How one record was entered; the default is the usual spelling, family name first for Khmer names. */
type Entry = { script: 'khmer' | 'latin' | 'both'; spelling: 'usual' | 'variant'; swapped: boolean; typo: boolean };

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One slip of the finger: a letter replaced, dropped, doubled, or two letters swapped. */
export function typo(rng: Rng, text: string): string {
  const chars = [...text];
  const positions = chars.flatMap((c, i) => (c.trim() && i > 0 ? [i] : []));
  if (positions.length < 2) return text;
  const i = pick(rng, positions);
  const c = chars[i] ?? '';
  const slip = int(rng, 0, 3);
  if (slip === 1) chars.splice(i, 0, c);
  else if (slip === 2 && chars[i + 1]?.trim()) [chars[i], chars[i + 1]] = [chars[i + 1] ?? '', c];
  else if (slip === 3 && /[a-z]/.test(c)) chars[i] = pick(rng, [...LETTERS]);
  else chars.splice(i, 1);
  return chars.join('');
}

function spell(rng: Rng, name: KhmerName, spelling: Entry['spelling']): string {
  if (spelling === 'usual' || name.latin.length < 2) return name.latin[0] ?? '';
  return pick(rng, name.latin.slice(1));
}

function latinName(rng: Rng, p: Person, e: Entry): string {
  let family = spell(rng, p.family, e.spelling);
  let given = spell(rng, p.given, e.spelling);
  // Foreign spelling variants: another spelling, accents dropped, a Vietnamese middle name left out.
  if (p.foreign && e.spelling === 'variant') {
    family = FOREIGN_VARIANTS[family] ?? withoutAccents(family);
    given = p.foreign.familyFirst
      ? (given.split(' ').at(-1) ?? given)
      : (FOREIGN_VARIANTS[given] ?? withoutAccents(given));
  }
  const familyFirst = p.foreign ? p.foreign.familyFirst : true;
  const name = familyFirst !== e.swapped ? `${family} ${given}` : `${given} ${family}`;
  return e.typo ? typo(rng, name) : name;
}

function record(rng: Rng, p: Person, e: Entry): PersonFacts {
  const khmer = !p.foreign && e.script !== 'latin';
  const khmerText = `${p.family.khmer} ${p.given.khmer}`;
  return {
    khmerName: khmer ? (e.typo && e.script === 'khmer' ? typo(rng, khmerText) : khmerText) : null,
    latinName: p.foreign || e.script !== 'khmer' ? latinName(rng, p, e) : null,
    aliases: [],
    gender: p.gender,
    // Some records know the date of birth, most only the year.
    ...(chance(rng, 0.3)
      ? {
          birthDate: `${p.birthYear}-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`,
        }
      : { birthYear: p.birthYear }),
    nationality: chance(rng, 0.6) ? p.nationality : null,
  };
}

const defaultEntry = (rng: Rng): Entry => ({
  script: pick(rng, ['khmer', 'latin', 'both', 'both'] as const),
  spelling: chance(rng, 0.8) ? 'usual' : 'variant',
  swapped: false,
  typo: false,
});

const SAME_VARIATIONS = ['script', 'spelling', 'swapped', 'typo', 'year', 'missing', 'alias'] as const;

/** Two records of one person, with one to three of the variations real entry produces. */
function samePair(rng: Rng): LabelledPair {
  const p = chance(rng, 0.75) ? cambodian(rng) : foreigner(rng);
  const variations = new Set(Array.from({ length: int(rng, 1, 3) }, () => pick(rng, SAME_VARIATIONS)));
  const ea = defaultEntry(rng);
  const eb = defaultEntry(rng);
  if (variations.has('script')) [ea.script, eb.script] = chance(rng, 0.5) ? ['khmer', 'latin'] : ['latin', 'khmer'];
  if (variations.has('spelling')) eb.spelling = 'variant';
  if (variations.has('swapped')) eb.swapped = true;
  if (variations.has('typo')) eb.typo = true;
  const a = record(rng, p, ea);
  const b = record(rng, p, eb);
  if (variations.has('year')) {
    b.birthDate = null;
    b.birthYear = p.birthYear + pick(rng, [-1, 1]);
  }
  if (variations.has('missing')) {
    const field = pick(rng, ['gender', 'birth', 'nationality'] as const);
    if (field === 'gender') b.gender = chance(rng, 0.5) ? 'unknown' : null;
    if (field === 'birth') [b.birthYear, b.birthDate] = [null, null];
    if (field === 'nationality') b.nationality = null;
  }
  if (variations.has('alias')) {
    const nick = p.foreign
      ? (ENGLISH_NICKNAMES[p.given.latin[0] ?? ''] ?? pick(rng, KHMER_NICKNAMES))
      : pick(rng, KHMER_NICKNAMES);
    a.aliases = [p.foreign ? `${nick} ${p.family.latin[0]}` : `${p.family.latin[0]} ${nick}`];
    [b.khmerName, b.latinName] = [null, a.aliases[0] ?? null];
  }
  return { a, b, same: true, kind: [...variations].sort().join('+') };
}

/** Given names sharing their first syllables with `given` (Chantha: Chanthy, Chanda), as siblings' names often do. */
function similarGiven(rng: Rng, given: KhmerName): KhmerName {
  const prefix = (given.latin[0] ?? '').slice(0, 4);
  const alike = KHMER_GIVEN_NAMES.filter((g) => g !== given && g.latin[0]?.startsWith(prefix));
  return alike.length > 0 && chance(rng, 0.6) ? pick(rng, alike) : otherGiven(rng, given);
}

function otherGiven(rng: Rng, given: KhmerName): KhmerName {
  const others = KHMER_GIVEN_NAMES.filter((g) => g !== given);
  return pick(rng, others);
}

const DIFFERENT_KINDS = [
  'same_family',
  'siblings',
  'namesake_age',
  'namesake_gender',
  'namesake_nationality',
  'foreign_same_family',
] as const;
const DIFFERENT_WEIGHTS = [0.3, 0.2, 0.2, 0.14, 0.08, 0.08];
const UNISEX = KHMER_GIVEN_NAMES.filter((g) => g.gender === 'u');
const OTHER_COUNTRY = (nationality: string) => FOREIGN.filter((c) => c.nationality !== nationality);

/** Two different people chosen to look alike; the fact that tells them apart is always recorded on both. */
function differentPair(rng: Rng): LabelledPair {
  const kind = weightedPick(rng, DIFFERENT_KINDS, DIFFERENT_WEIGHTS);
  const foreign =
    kind === 'foreign_same_family' || kind === 'namesake_nationality' || (kind === 'namesake_age' && chance(rng, 0.3));
  // A namesake of the other gender needs a given name both genders carry (Chantha, Dara, Sokha).
  const x = foreign
    ? foreigner(rng)
    : cambodian(rng, undefined, kind === 'namesake_gender' ? pick(rng, UNISEX) : undefined);
  let y: Person;
  if (kind === 'same_family') y = cambodian(rng, x.family, otherGiven(rng, x.given));
  else if (kind === 'siblings') {
    y = cambodian(rng, x.family, similarGiven(rng, x.given));
    y.birthYear = x.birthYear + pick(rng, [-1, 1]) * int(rng, 1, 6);
  } else if (kind === 'foreign_same_family') {
    const country = FOREIGN.find((c) => c.nationality === x.nationality) ?? FOREIGN[0];
    do y = { ...foreigner(rng, country, x.gender), family: x.family };
    while (y.given.latin[0] === x.given.latin[0]);
  } else {
    y = { ...x };
    if (kind === 'namesake_age') y.birthYear = x.birthYear + pick(rng, [-1, 1]) * int(rng, 4, 20);
    if (kind === 'namesake_gender') y.gender = x.gender === 'male' ? 'female' : 'male';
    if (kind === 'namesake_nationality') y.nationality = pick(rng, OTHER_COUNTRY(x.nationality)).nationality;
    if (kind !== 'namesake_age') y.birthYear = chance(rng, 0.5) ? x.birthYear + int(rng, -2, 2) : int(rng, 1950, 2020);
  }
  // Namesakes are entered the way duplicates are: other script, other spelling, order swapped.
  const eb = defaultEntry(rng);
  if (kind.startsWith('namesake')) eb.swapped = chance(rng, 0.2);
  const a = record(rng, x, defaultEntry(rng));
  const b = record(rng, y, eb);
  const decisive = kind === 'namesake_gender' ? 'gender' : kind === 'namesake_nationality' ? 'nationality' : 'birth';
  if (decisive === 'birth' && kind !== 'same_family' && kind !== 'foreign_same_family') {
    [a.birthYear, a.birthDate, b.birthYear, b.birthDate] = [x.birthYear, null, y.birthYear, null];
  }
  if (decisive === 'nationality') [a.nationality, b.nationality] = [x.nationality, y.nationality];
  return { a, b, same: false, kind };
}

export type LabelledPair = { a: PersonFacts; b: PersonFacts; same: boolean; kind: string };

/** `count` pairs, about half of one person and half of two look-alike people, always the same for a seed. */
export function generatePairs(count: number, seed: number): LabelledPair[] {
  const rng = seededRandom(seed);
  return Array.from({ length: count }, () => (chance(rng, 0.5) ? samePair(rng) : differentPair(rng)));
}

export type Evaluation = Record<'threshold' | 'tp' | 'fp' | 'fn' | 'tn' | 'precision' | 'recall' | 'f1', number>;

/** Precision, recall and F1 of "score ≥ threshold means the same person" against the labels. */
export function evaluate(pairs: readonly LabelledPair[], scores: readonly number[], threshold: number): Evaluation {
  let [tp, fp, fn, tn] = [0, 0, 0, 0];
  pairs.forEach((pair, i) => {
    const predicted = (scores[i] ?? 0) >= threshold;
    if (predicted && pair.same) tp++;
    else if (predicted) fp++;
    else if (pair.same) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, tp, fp, fn, tn, precision, recall, f1 };
}
