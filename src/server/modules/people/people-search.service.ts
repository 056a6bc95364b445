import { inArray, type SQL, sql } from 'drizzle-orm';
import { matchScore, stringSimilarity } from '../../../shared/names/match.ts';
import { nameKey, searchKey } from '../../../shared/names/name-key.ts';
import { containsKhmer } from '../../../shared/names/romanise-khmer.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../../db/client.ts';
import { nameTokens, people } from './people.table.ts';

type PersonRow = typeof people.$inferSelect;
const lower = (s: string) => s.toLowerCase().trim();
type Names = { khmerName?: string | null; latinName?: string | null; aliases?: string[] };

/** Each name form's phonetic key (the `people.search_keys` column). */
export function personSearchKeys(p: Names): string[] {
  const forms = [p.khmerName, p.latinName, ...(p.aliases ?? [])].filter((n): n is string => !!n);
  return [...new Set(forms.map(searchKey).filter(Boolean))];
}

/** Adds a person's tokens to the dictionary search corrects misspellings against. */
export async function rememberTokens(tx: Executor, keys: string[]): Promise<void> {
  const tokens = [...new Set(keys.flatMap((k) => k.split(' ')).filter(Boolean))];
  if (tokens.length)
    await tx
      .insert(nameTokens)
      .values(tokens.map((token) => ({ token })))
      .onConflictDoNothing();
}

/** Known tokens close to each query token (the token itself included if known), best first. */
const SIMILAR_TOKENS = 6;
/** Trigram similarity below which a known token is not taken for a slip of the query's. */
const TOKEN_SIMILARITY = 0.3;
/** At most this many keys are looked up: tokens × their variants multiply. */
const MAX_KEYS = 300;
/** Candidates fetched per search before ranking. */
const CANDIDATES = 100;
/** Below this the matcher says "not this name". */
const MIN_SCORE = 0.6;

/**
 * The phonetic keys a name may have been entered under: each token of the
 * name replaced by itself or a known token close to it (a slip: Chnatha →
 * chanta), the combinations sorted as `searchKey` sorts them.
 */
async function candidateKeys(tx: Executor, name: string): Promise<string[]> {
  const tokens = [...new Set(nameKey(name))].slice(0, 4);
  if (tokens.length === 0) return [];
  // Two ways to spot a slip: shared trigrams (good for long tokens) and edit distance (short tokens,
  // transposed letters: "ikmli" for "kimli", "nucn" for "nun"), each a few best.
  const rows = rowsOf<{ t: string; token: string }>(
    await tx.execute(sql`
      select q.t, n.token from unnest(${`{${tokens.join(',')}}`}::text[]) as q(t)
      cross join lateral (
        (select token from name_tokens
         where similarity(token, q.t) >= ${TOKEN_SIMILARITY}
         order by token <-> q.t limit ${SIMILAR_TOKENS})
        union
        (select token from name_tokens
         where left(token, 1) = left(q.t, 1) and length(token) between length(q.t) - 2 and length(q.t) + 2
           and levenshtein_less_equal(token, q.t, 2) <= case when length(q.t) <= 4 then 1 else 2 end
         order by levenshtein_less_equal(token, q.t, 2), token limit ${SIMILAR_TOKENS})) n`),
  );
  let keys: string[][] = [[]];
  for (const t of tokens) {
    const variants = [...new Set([t, ...rows.filter((r) => r.t === t).map((r) => r.token)])];
    keys = keys.flatMap((k) => variants.map((v) => [...k, v])).slice(0, MAX_KEYS);
  }
  return [...new Set(keys.map((k) => [...new Set(k)].sort().join(' ')))];
}

/** `{"a b","c"}`: a text[] literal (keys are [a-z ] only, so quoting is enough). */
const textArray = (keys: string[]) => `{${keys.map((k) => `"${k}"`).join(',')}}`;

/**
 * Ids of people (not merged away) entered under any of these names' possible
 * keys, within `scope`: those under a name's own key first, so a common name's
 * many namesakes under corrected keys cannot crowd them out.
 */
export async function candidatesByName(tx: Executor, names: string[], scope: SQL): Promise<string[]> {
  const own = [...new Set(names.map(searchKey).filter(Boolean))];
  const corrected = (await Promise.all(names.map((n) => candidateKeys(tx, n)))).flat();
  const others = [...new Set(corrected)].filter((k) => !own.includes(k));
  const lookUp = async (keys: string[], limit: number) =>
    keys.length === 0 || limit <= 0
      ? []
      : rowsOf<{ id: string }>(
          await tx.execute(sql`
            select p.id from people p
            where p.search_keys && ${textArray(keys)}::text[] and p.merged_into is null and ${scope}
            limit ${limit}`),
        ).map((r) => r.id);
  const exact = await lookUp(own, CANDIDATES);
  const near = await lookUp(others, CANDIDATES - exact.length);
  return [...new Set([...exact, ...near])];
}

/**
 * People whose names look like `query`, in either script, in any order and
 * misspelt, best first. Candidates are found by exact phonetic keys (GIN on
 * `people.search_keys`) after correcting the query's tokens against the small
 * `name_tokens` dictionary, so the cost does not grow with common names; the
 * name matcher of src/shared/names ranks them. `scope` is an SQL condition on
 * `p` (the people table) that limits what the viewer may find.
 */
export async function findByName(
  tx: Executor,
  query: string,
  scope: SQL,
  limit: number,
  /** What else the searcher knows: namesakes of another age or gender then rank lower. */
  facts: { birthYear?: number; gender?: string } = {},
): Promise<(PersonRow & { score: number })[]> {
  const ids = await candidatesByName(tx, [query], scope);
  const rows = ids.length ? await tx.select().from(people).where(inArray(people.id, ids)) : [];
  const asked = { ...(containsKhmer(query) ? { khmerName: query } : { latinName: query }), ...facts };
  // Namesakes score alike: among them, the name written exactly as asked comes first.
  const written = (row: PersonRow) =>
    Math.max(
      ...[row.khmerName, row.latinName, ...row.aliases].map((n) => (n ? stringSimilarity(lower(n), lower(query)) : 0)),
    );
  return rows
    .map((row) => ({ ...row, score: matchScore(asked, row).score, written: written(row) }))
    .filter((row) => row.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || b.written - a.written || a.number - b.number)
    .slice(0, limit)
    .map(({ written: _w, ...row }) => row);
}
