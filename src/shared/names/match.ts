/**
 * How likely two person records describe the same person. The name decides
 * most of it: the best similarity over every name form of each record (Khmer
 * name, Latin name, aliases), compared as order-insensitive sets of `nameKey`
 * tokens with a fuzzy token similarity. Birth year, gender and nationality
 * then raise or lower it: agreement a little, conflict a lot, unknown not at
 * all. Weights and `DUPLICATE_THRESHOLD` were tuned with `bench/matching.ts`
 * on the labelled synthetic set (docs/matching.md).
 *
 * `reasons` are codes, never names: they are logged and shown beside a
 * candidate duplicate.
 */
import { nameTokens } from './name-key.ts';
import { containsKhmer } from './romanise-khmer.ts';

export type PersonFacts = {
  khmerName?: string | null;
  latinName?: string | null;
  aliases?: string[];
  gender?: string | null;
  birthYear?: number | null;
  birthDate?: string | null;
  nationality?: string | null;
};

export type MatchResult = { score: number; reasons: string[] };

/** Scores at or above this are offered as possible duplicates (chosen on the labelled set, docs/matching.md). */
export const DUPLICATE_THRESHOLD = 0.8;

/**
 * Added to the name similarity. Agreement adds little, since look-alikes
 * often share a birth year or a gender; a conflict takes a lot, since a
 * namesake born ten years apart is another person.
 */
const BIRTH_YEAR_ADJUSTMENT = [0.04, 0.01, -0.1, -0.2] as const; // by difference 0, 1, 2, 3 years
const BIRTH_YEAR_FAR = -0.35; // 4 years or more apart
const GENDER_SAME = 0.02;
const GENDER_CONFLICT = -0.4;
const NATIONALITY_SAME = 0.02;
const NATIONALITY_CONFLICT = -0.3;
/** More tokens than this are ignored: the joins tried for run-together names grow with the count. */
const MAX_TOKENS = 6;
/** A name with a token fewer (a middle name left out: Nguyen Anh for Nguyen Van Anh) scores at most this. */
const PARTIAL_NAME = 0.9;

type Token = { key: string; written: string };
type NameForm = { tokens: Token[]; khmer: boolean; alias: boolean };

/** A person reduced to what scoring needs; prepare once when one record is compared with many. */
export type PreparedPerson = {
  forms: NameForm[];
  gender: 'male' | 'female' | null;
  birthYear: number | null;
  nationality: string | null;
};

export function preparePerson(p: PersonFacts): PreparedPerson {
  const forms: NameForm[] = [];
  const add = (name: string | null | undefined, alias: boolean) => {
    if (!name) return;
    const tokens = nameTokens(name).slice(0, MAX_TOKENS);
    if (tokens.length > 0) forms.push({ tokens, khmer: containsKhmer(name), alias });
  };
  add(p.khmerName, false);
  add(p.latinName, false);
  for (const alias of p.aliases ?? []) add(alias, true);
  const year = p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : null);
  return {
    forms,
    gender: p.gender === 'male' || p.gender === 'female' ? p.gender : null,
    birthYear: year !== null && Number.isInteger(year) ? year : null,
    nationality: p.nationality ? p.nationality.toUpperCase() : null,
  };
}

/** Letters romanised either way for one Khmer sound (ធីតា Thida, ព្រំ Prum/Prom, បុប្ផា Bopha/Bupha): half an edit. */
const NEAR_LETTER: Record<string, string> = { d: 't', t: 'd', b: 'p', p: 'b', o: 'u', u: 'o' };
const substitutionCost = (x: string | undefined, y: string | undefined) =>
  x === y ? 0 : x !== undefined && NEAR_LETTER[x] === y ? 0.5 : 1;

/**
 * Optimal string alignment distance: Levenshtein plus adjacent transpositions,
 * the commonest typing slips, with near letters substituted at half cost.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Three rows: the one before the previous is needed for transpositions.
  let before = new Float64Array(b.length + 1);
  let previous = Float64Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Float64Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = substitutionCost(a[i - 1], b[j - 1]);
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
}

export function stringSimilarity(a: string, b: string): number {
  return 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
}

/** Keys are compared, and the written words too, which catches a slip between two records in the same script. */
const tokenSimilarity = (a: Token, b: Token) =>
  a.key === b.key ? 1 : Math.max(stringSimilarity(a.key, b.key), stringSimilarity(a.written, b.written));

type TokenMatch = { similarity: number; swapped: boolean; partial: boolean };

/**
 * Token sets matched greedily, best pair first. The score averages the mean
 * and the worst matched token, so one clearly different given name sinks a
 * shared family name (Sok Chantha vs Sok Sophea). An unmatched token counts
 * as 0, unless the shorter name has two tokens or more and all of them
 * matched: then it is a name with a part left out, capped at PARTIAL_NAME.
 */
function tokenSetSimilarity(a: Token[], b: Token[]): TokenMatch {
  const candidates: [number, number, number][] = [];
  for (const [i, x] of a.entries()) for (const [j, y] of b.entries()) candidates.push([tokenSimilarity(x, y), i, j]);
  candidates.sort((p, q) => q[0] - p[0]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: [number, number, number][] = [];
  for (const c of candidates) {
    if (usedA.has(c[1]) || usedB.has(c[2])) continue;
    usedA.add(c[1]);
    usedB.add(c[2]);
    pairs.push(c);
  }
  const sum = pairs.reduce((s, p) => s + p[0], 0);
  const worst = Math.min(...pairs.map((p) => p[0]));
  pairs.sort((p, q) => p[1] - q[1]);
  const swapped = pairs.some((p, k) => k > 0 && p[2] < (pairs[k - 1]?.[2] ?? 0) && p[0] > 0.5);
  const n = Math.max(a.length, b.length);
  if (pairs.length === n) return { similarity: (sum / n + worst) / 2, swapped, partial: false };
  const whole = sum / n / 2;
  const partial = pairs.length >= 2 ? (PARTIAL_NAME * (sum / pairs.length + worst)) / 2 : 0;
  return { similarity: Math.max(whole, partial), swapped, partial: partial > whole };
}

/** Every way of joining adjacent tokens of `tokens` into `count` tokens (Srey Pov → Sreypov, Kim Ly → Kimly). */
function joinings(tokens: Token[], count: number): Token[][] {
  const join = (ts: Token[]): Token => ({
    key: ts.map((t) => t.key).join(''),
    written: ts.map((t) => t.written).join(''),
  });
  if (count >= tokens.length) return [tokens];
  if (count === 1) return [[join(tokens)]];
  const out: Token[][] = [];
  for (let cut = 1; cut <= tokens.length - count + 1; cut++) {
    const head = join(tokens.slice(0, cut));
    for (const rest of joinings(tokens.slice(cut), count - 1)) out.push([head, ...rest]);
  }
  return out;
}

function nameSimilarity(a: Token[], b: Token[]): TokenMatch & { joined: boolean } {
  let best = { ...tokenSetSimilarity(a, b), joined: false };
  if (a.length === b.length) return best;
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  for (const joined of joinings(longer, shorter.length)) {
    const m = tokenSetSimilarity(joined, shorter);
    if (m.similarity > best.similarity) best = { ...m, joined: true };
  }
  return best;
}

function bestName(a: PreparedPerson, b: PreparedPerson): { similarity: number; reasons: string[] } {
  if (a.forms.length === 0 || b.forms.length === 0) return { similarity: 0, reasons: ['name_missing'] };
  let best = { similarity: -1, reasons: [] as string[] };
  for (const x of a.forms) {
    for (const y of b.forms) {
      const m = nameSimilarity(x.tokens, y.tokens);
      if (m.similarity <= best.similarity) continue;
      const reasons = [m.similarity === 1 ? 'name_same' : 'name_similar'];
      if (x.khmer !== y.khmer) reasons.push('name_khmer_latin');
      if (m.swapped) reasons.push('name_swapped');
      if (m.joined) reasons.push('name_joined');
      if (m.partial) reasons.push('name_partial');
      if (x.alias || y.alias) reasons.push('name_alias');
      best = { similarity: m.similarity, reasons };
    }
  }
  return best;
}

function birthYearAdjustment(a: number | null, b: number | null): [number, string] {
  if (a === null || b === null) return [0, 'birth_year_unknown'];
  const difference = Math.abs(a - b);
  const adjustment = BIRTH_YEAR_ADJUSTMENT[difference] ?? BIRTH_YEAR_FAR;
  const reason = ['birth_year_same', 'birth_year_close', 'birth_year_near', 'birth_year_near'][difference];
  return [adjustment, reason ?? 'birth_year_far'];
}

export function scorePrepared(a: PreparedPerson, b: PreparedPerson): MatchResult {
  const name = bestName(a, b);
  const reasons = [...name.reasons];
  let score = name.similarity;
  const [yearAdjustment, yearReason] = birthYearAdjustment(a.birthYear, b.birthYear);
  score += yearAdjustment;
  reasons.push(yearReason);
  if (a.gender && b.gender) {
    score += a.gender === b.gender ? GENDER_SAME : GENDER_CONFLICT;
    reasons.push(a.gender === b.gender ? 'gender_same' : 'gender_conflict');
  }
  if (a.nationality && b.nationality) {
    score += a.nationality === b.nationality ? NATIONALITY_SAME : NATIONALITY_CONFLICT;
    reasons.push(a.nationality === b.nationality ? 'nationality_same' : 'nationality_conflict');
  }
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000, reasons };
}

export function matchScore(a: PersonFacts, b: PersonFacts): MatchResult {
  return scorePrepared(preparePerson(a), preparePerson(b));
}

export const isLikelyDuplicate = (a: PersonFacts, b: PersonFacts): boolean =>
  matchScore(a, b).score >= DUPLICATE_THRESHOLD;
