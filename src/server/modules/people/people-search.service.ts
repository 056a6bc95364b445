import { inArray, type SQL, sql } from 'drizzle-orm';
import { matchScore } from '../../../shared/names/match.ts';
import { searchKey } from '../../../shared/names/name-key.ts';
import { containsKhmer } from '../../../shared/names/romanise-khmer.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../../db/client.ts';
import { people } from './people.table.ts';

type PersonRow = typeof people.$inferSelect;

/** The search key of every name form of a person (Khmer, Latin, aliases), in one indexed column. */
export function personSearchKey(p: { khmerName?: string | null; latinName?: string | null; aliases?: string[] }) {
  return searchKey([p.khmerName, p.latinName, ...(p.aliases ?? [])].filter(Boolean).join(' '));
}

/** How loosely the trigram index is asked: low enough for misspellings, high enough to stay fast. */
const WORD_SIMILARITY = 0.5;
const CANDIDATES = 100;

/**
 * People whose names look like `query`, in either script and misspelt, best
 * first. The trigram index (`people.search_key`, pg_trgm word similarity)
 * finds candidates; the name matcher of src/shared/names ranks them. `scope`
 * is an SQL condition on `p` (the people table) that limits what the viewer
 * may find.
 */
export async function findByName(
  tx: Executor,
  query: string,
  scope: SQL,
  limit: number,
): Promise<(PersonRow & { score: number })[]> {
  const key = searchKey(query);
  if (!key) return [];
  await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`);
  const ids = rowsOf<{ id: string }>(
    await tx.execute(sql`
      select p.id from people p
      where p.merged_into is null and ${key} <% p.search_key and ${scope}
      order by word_similarity(${key}, p.search_key) desc, p.number
      limit ${CANDIDATES}`),
  ).map((r) => r.id);
  const rows = ids.length ? await tx.select().from(people).where(inArray(people.id, ids)) : [];
  const asked = containsKhmer(query) ? { khmerName: query } : { latinName: query };
  return rows
    .map((row) => ({ ...row, score: matchScore(asked, { ...row, aliases: row.aliases }).score }))
    .sort((a, b) => b.score - a.score || a.number - b.number)
    .slice(0, limit);
}
