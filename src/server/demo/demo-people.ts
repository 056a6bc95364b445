/**
 * People and their involvements, with the offenders' arrests and the
 * victims' rescues, the phonetic keys and name tokens exactly as the people
 * service stores them (so search and duplicate detection work on them), and
 * the possible-duplicate pairs a manager would find queued.
 */

import { DUPLICATE_THRESHOLD, matchScore } from '../../shared/names/match.ts';
import { MODUS_OPERANDI } from '../../shared/people.ts';
import { arrests, rescues } from '../modules/investigations/investigations.table.ts';
import { involvements, nameTokens, people, personDuplicates } from '../modules/people/people.table.ts';
import { personSearchKeys } from '../modules/people/people-search.service.ts';
import { bulkInsert, inBatches, range } from './demo-batches.ts';
import { identity, investigationOf, originalOf, roleOf } from './demo-identities.ts';
import { investigationFacts } from './demo-investigations.ts';
import { place } from './demo-texts.ts';
import { addDays, at, between, chance, notAfter, notBefore, pick, type World } from './demo-world.ts';

const OCCUPATIONS = ['teacher', 'tourist', 'business owner', 'driver', 'guesthouse manager', 'volunteer', 'unemployed'];

function personRow(w: World, p: number) {
  const i = investigationOf(w, p);
  const f = investigationFacts(w, i);
  const who = identity(w, p);
  const names = { khmerName: who.khmerName, latinName: who.latinName };
  return {
    f,
    i,
    row: {
      id: w.id('person', p),
      ...who,
      estimatedOn: who.estimatedAge === null ? null : f.openedOn,
      languages: who.nationality === 'KH' || who.khmerName ? ['km'] : ['en'],
      searchKeys: personSearchKeys(names),
      createdAt: at(w.rng('person-at', p), f.openedOn),
      updatedAt: at(w.rng('person-at', p), f.openedOn),
    },
  };
}

export async function writePeople(w: World): Promise<void> {
  const { cipher } = w.ctx;
  await inBatches(w, 'people', w.counts.people, 2000, async (batch, start, end) => {
    const all = range(start, end).map((p) => ({
      p,
      ...personRow(w, p),
      role: roleOf(w, p),
      rng: w.rng('involvement', p),
    }));
    bulkInsert(
      batch,
      people,
      all.map((a) => a.row),
    );
    const tokens = [...new Set(all.flatMap((a) => a.row.searchKeys.flatMap((k) => k.split(' '))).filter(Boolean))];
    bulkInsert(
      batch,
      nameTokens,
      tokens.map((token) => ({ token })),
      { onConflictDoNothing: true },
    );
    bulkInsert(
      batch,
      involvements,
      all.map(({ p, i, role, rng, f }) => {
        const offender = role === 'perpetrator' || role === 'accomplice';
        return {
          id: w.id('involvement', p),
          personId: w.id('person', p),
          investigationId: w.id('investigation', i),
          role,
          occupation: offender ? pick(rng, OCCUPATIONS) : null,
          modusOperandi: offender ? [pick(rng, MODUS_OPERANDI)] : [],
          createdAt: at(rng, f.openedOn),
          updatedAt: at(rng, f.openedOn),
        };
      }),
    );
    const last = (f: (typeof all)[number]['f']) => (f.office === 'battambang' ? (f.closedOn ?? w.today) : w.today);
    // Offenders of a case that went to court were arrested; of the others, most.
    const arrested = all.filter(
      ({ role, rng, f }) =>
        (role === 'perpetrator' || role === 'accomplice') && (f.caseOpenedOn !== null || chance(rng, 0.7)),
    );
    bulkInsert(
      batch,
      arrests,
      await Promise.all(
        arrested.map(async ({ p, rng, f }) => {
          const on = notAfter(addDays(f.caseOpenedOn ?? f.openedOn, -between(rng, 0, 10)), last(f));
          return {
            involvementId: w.id('involvement', p),
            arrestedOn: notBefore(on, f.openedOn),
            place: chance(rng, 0.7) ? await cipher.encrypt(place(rng), 'arrests.place') : null,
            agency: pick(rng, ['Provincial anti-trafficking police', 'Municipal police', 'Commune police post']),
            createdAt: at(rng, f.openedOn),
          };
        }),
      ),
    );
    const rescued = all.filter(({ role, rng }) => role === 'victim' && chance(rng, 0.8));
    bulkInsert(
      batch,
      rescues,
      await Promise.all(
        rescued.map(async ({ p, rng, f }) => ({
          involvementId: w.id('involvement', p),
          rescuedOn: notAfter(addDays(f.openedOn, between(rng, 1, 60)), last(f)),
          place: chance(rng, 0.6) ? await cipher.encrypt(place(rng), 'rescues.place') : null,
          createdAt: at(rng, f.openedOn),
        })),
      ),
    );
    // The pairs queueDuplicates would have queued when the second record was added.
    const pairs = all.flatMap(({ p, row }) => {
      const original = originalOf(w, p);
      if (original === null || original < start) return [];
      const first = all[original - start]?.row;
      if (!first) return [];
      const match = matchScore(first, row);
      if (match.score < DUPLICATE_THRESHOLD) return [];
      const [personA, personB] = first.id < row.id ? [first.id, row.id] : [row.id, first.id];
      return [{ personA, personB, score: match.score, reasons: match.reasons, foundAt: row.createdAt }];
    });
    bulkInsert(batch, personDuplicates, pairs);
  });
}
