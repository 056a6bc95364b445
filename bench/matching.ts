/**
 * Duplicate detection of people on the labelled synthetic set
 * (`src/shared/names/synthetic-people.ts`): precision, recall and F1 over
 * thresholds on the set the weights were tuned on, then at
 * DUPLICATE_THRESHOLD on a held-out seed, errors by kind of pair, and the
 * time per comparison (names keyed on each call, as `matchScore` does, and
 * with both records prepared once).
 *
 *   npx tsx bench/matching.ts            # 5,000 pairs
 *   PAIRS=20000 npx tsx bench/matching.ts
 */
import { performance } from 'node:perf_hooks';
import { DUPLICATE_THRESHOLD, matchScore, preparePerson, scorePrepared } from '../src/shared/names/match.ts';
import { type Evaluation, evaluate, generatePairs, type LabelledPair } from '../src/shared/names/synthetic-people.ts';

const PAIRS = Number(process.env.PAIRS ?? 5000);
const TUNING_SEED = 20261201;
const HELD_OUT_SEED = 7;
const THRESHOLDS = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (e: Evaluation) =>
  [e.threshold.toFixed(2), percent(e.precision), percent(e.recall), e.f1.toFixed(3), e.fp, e.fn].join('\t');
const header = ['threshold', 'precision', 'recall', 'F1', 'FP', 'FN'].join('\t');

function score(pairs: LabelledPair[]): number[] {
  return pairs.map((p) => matchScore(p.a, p.b).score);
}

const tuning = generatePairs(PAIRS, TUNING_SEED);
const tuningScores = score(tuning);
const same = tuning.filter((p) => p.same).length;
console.log(`Tuning set: ${PAIRS} pairs (seed ${TUNING_SEED}), ${same} same person, ${PAIRS - same} look-alikes`);
console.log(header);
for (const t of THRESHOLDS) console.log(row(evaluate(tuning, tuningScores, t)));

const heldOut = generatePairs(PAIRS, HELD_OUT_SEED);
const heldOutScores = score(heldOut);
const result = evaluate(heldOut, heldOutScores, DUPLICATE_THRESHOLD);
console.log(`\nHeld-out set: ${PAIRS} pairs (seed ${HELD_OUT_SEED}) at DUPLICATE_THRESHOLD ${DUPLICATE_THRESHOLD}`);
console.log(header);
console.log(row(result));

// Which kinds of pair go wrong: a same-person kind is named by its variations, a look-alike kind by what tells them apart.
const kinds = new Map<string, { total: number; wrong: number }>();
heldOut.forEach((p, i) => {
  const kind = p.same ? `same: ${p.kind.includes('+') ? 'several variations' : p.kind}` : `different: ${p.kind}`;
  const k = kinds.get(kind) ?? { total: 0, wrong: 0 };
  k.total++;
  if ((heldOutScores[i] ?? 0) >= DUPLICATE_THRESHOLD !== p.same) k.wrong++;
  kinds.set(kind, k);
});
console.log('\nkind\tpairs\twrong');
for (const [kind, k] of [...kinds].sort())
  console.log(`${kind}\t${k.total}\t${k.wrong} (${percent(k.wrong / k.total)})`);

function timePerComparison(body: () => void, comparisons: number): number {
  body(); // warm-up: JIT and the regex caches
  const start = performance.now();
  body();
  return ((performance.now() - start) * 1000) / comparisons;
}
const prepared = heldOut.map((p) => [preparePerson(p.a), preparePerson(p.b)] as const);
const raw = timePerComparison(() => score(heldOut), heldOut.length);
const fast = timePerComparison(() => {
  for (const [a, b] of prepared) scorePrepared(a, b);
}, prepared.length);
console.log(`\nTime per comparison: ${raw.toFixed(1)} µs with matchScore, ${fast.toFixed(1)} µs with both prepared`);
