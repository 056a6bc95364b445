/**
 * Court cases (decision 011) for one investigation in five: its perpetrator
 * (and accomplice) as defendants with charges from the seeded list, the
 * victim as the lawyer's client, hearings (the child's testimony with
 * child-friendly measures; some hearings still to come), verdicts, sentences,
 * compensation ordered and paid, and each case's national-standards answers
 * (the indicators of decision 013).
 */
import { CHILD_FRIENDLY_MEASURES, type CourtCode, type CourtStage, WITHDRAWAL_REASONS } from '../../shared/court.ts';
import {
  compensationOrders,
  compensationPayments,
  courtCases,
  courtClients,
  courtDefendantCharges,
  courtDefendants,
  hearings,
} from '../modules/court/court.table.ts';
import { standardsAnswers } from '../modules/indicators/indicators.table.ts';
import { bulkInsert, inBatches, range } from './demo-batches.ts';
import { ACCOMPLICE_ROUND, PERPETRATOR_ROUND, personIn, VICTIM_ROUND } from './demo-identities.ts';
import { anyone, investigationFacts, staffOf } from './demo-investigations.ts';
import { text } from './demo-texts.ts';
import {
  addDays,
  at,
  BATTAMBANG,
  between,
  chance,
  dayIn,
  daysBetween,
  notAfter,
  pick,
  some,
  type World,
} from './demo-world.ts';

const COURT_OF: Record<string, CourtCode> = {
  phnom_penh: 'phnom_penh',
  siem_reap: 'siem_reap',
  sihanoukville: 'preah_sihanouk',
  battambang: 'battambang',
};

/** Investigations with a court case: 1, 6, 11 … (see `hasCourtCase`). */
export const courtCaseCount = (w: World) => Math.floor((w.counts.investigations + 3) / 5);

export async function writeCourt(w: World): Promise<void> {
  const { cipher } = w.ctx;
  await inBatches(w, 'court cases', courtCaseCount(w), 250, async (batch, start, end) => {
    const all = range(start, end).map((k) => {
      const i = k * 5 + 1;
      const rng = w.rng('court', i);
      const f = investigationFacts(w, i);
      const last = f.office === 'battambang' ? BATTAMBANG.to : w.today;
      const openedOn = notAfter(addDays(f.caseOpenedOn ?? f.openedOn, between(rng, 5, 60)), last);
      const age = daysBetween(openedOn, w.today);
      const withdrawn = chance(rng, 0.05) && age > 120;
      const decided = !withdrawn && (f.office === 'battambang' || (age > 365 && chance(rng, 0.8)));
      const verdict = decided
        ? pick(rng, ['convicted', 'convicted', 'convicted', 'acquitted', 'dismissed'] as const)
        : null;
      const verdictOn = decided ? notAfter(addDays(openedOn, between(rng, 200, 500)), last) : null;
      const stage: CourtStage = withdrawn
        ? 'closed'
        : decided
          ? pick(rng, ['verdict', 'closed', 'closed', 'appeal'] as const)
          : pick(rng, ['prosecutor', 'investigating_judge', 'investigating_judge', 'trial'] as const);
      const defendants = [personIn(w, i, PERPETRATOR_ROUND), personIn(w, i, ACCOMPLICE_ROUND)].filter(
        (p): p is number => p !== null,
      );
      const victim = personIn(w, i, VICTIM_ROUND);
      return {
        i,
        rng,
        f,
        openedOn,
        withdrawn,
        verdict,
        verdictOn,
        stage,
        defendants,
        victim,
        id: w.id('court', i),
        until: verdictOn ?? last,
      };
    });
    bulkInsert(
      batch,
      courtCases,
      await Promise.all(
        all.map(async (c) => ({
          id: c.id,
          investigationId: w.id('investigation', c.i),
          officeCode: c.f.office,
          courtCode: chance(c.rng, 0.85)
            ? (COURT_OF[c.f.office] as CourtCode)
            : pick(c.rng, ['kandal', 'kampong_speu', 'takeo'] as const),
          caseNumber: `${c.openedOn.slice(0, 4)}/${between(c.rng, 100, 9999)}`,
          stage: c.stage,
          lawyerId: staffOf(w, c.f.office, 'lawyer'),
          openedOn: c.openedOn,
          verdict: c.verdict,
          verdictOn: c.verdictOn,
          sentence:
            c.verdict === 'convicted' ? await cipher.encrypt(text(c.rng, 'sentence'), 'court_cases.sentence') : null,
          complaintWithdrawnOn: c.withdrawn ? addDays(c.openedOn, between(c.rng, 30, 100)) : null,
          complaintWithdrawnReason: c.withdrawn ? pick(c.rng, WITHDRAWAL_REASONS) : null,
          createdAt: at(c.rng, c.openedOn),
          updatedAt: at(c.rng, c.verdictOn ?? c.openedOn),
        })),
      ),
    );
    bulkInsert(
      batch,
      courtDefendants,
      all.flatMap((c) => c.defendants.map((p) => ({ courtCaseId: c.id, involvementId: w.id('involvement', p) }))),
    );
    bulkInsert(
      batch,
      courtDefendantCharges,
      all.flatMap((c) =>
        c.defendants.flatMap((p) =>
          some(c.rng, w.chargeIds, 2).map((chargeId) => ({
            courtCaseId: c.id,
            involvementId: w.id('involvement', p),
            chargeId,
          })),
        ),
      ),
    );
    bulkInsert(
      batch,
      courtClients,
      all.flatMap((c) => (c.victim === null ? [] : [{ courtCaseId: c.id, personId: w.id('person', c.victim) }])),
    );
    bulkInsert(
      batch,
      hearings,
      await Promise.all(
        all.flatMap((c) => {
          const n = between(c.rng, 1, 4);
          return range(0, n).map(async (h) => {
            // The open cases' last hearing is in the coming weeks: the calendar and reminders have something to show.
            const upcoming = !c.verdict && !c.withdrawn && h === n - 1 && c.f.office !== 'battambang';
            const date = upcoming ? addDays(w.today, between(c.rng, 1, 40)) : dayIn(c.rng, c.openedOn, c.until);
            const testified = !upcoming && chance(c.rng, 0.4);
            const type =
              c.verdictOn && date === c.verdictOn
                ? 'verdict_reading'
                : pick(c.rng, ['investigating_judge_questioning', 'confrontation', 'trial'] as const);
            return {
              courtCaseId: c.id,
              date,
              time: pick(c.rng, ['08:00', '08:30', '09:00', '14:00', null]),
              type,
              childTestified: testified,
              measures: testified ? some(c.rng, CHILD_FRIENDLY_MEASURES, 3) : [],
              note: chance(c.rng, 0.5) ? await cipher.encrypt(text(c.rng, 'hearing'), 'court_hearings.note') : null,
              createdAt: at(c.rng, c.openedOn),
            };
          });
        }),
      ),
    );
    const compensated = all.filter((c) => c.verdict === 'convicted' && chance(c.rng, 0.6));
    bulkInsert(
      batch,
      compensationOrders,
      compensated.map((c) => {
        const usd = chance(c.rng, 0.6);
        return {
          courtCaseId: c.id,
          amount: usd ? `${between(c.rng, 5, 100) * 100}.00` : `${between(c.rng, 4, 40) * 1_000_000}.00`,
          currency: usd ? 'USD' : 'KHR',
          createdAt: at(c.rng, c.verdictOn as string),
        };
      }),
    );
    // Most compensation is never paid; some is paid in part.
    bulkInsert(
      batch,
      compensationPayments,
      compensated
        .filter((c) => chance(c.rng, 0.35))
        .map((c) => {
          const paidOn = notAfter(addDays(c.verdictOn as string, between(c.rng, 20, 300)), w.today);
          return {
            courtCaseId: c.id,
            paidOn,
            amount: `${between(c.rng, 1, 20) * 50}.00`,
            currency: 'USD',
            createdAt: at(c.rng, paidOn),
          };
        }),
    );
    bulkInsert(
      batch,
      standardsAnswers,
      all.flatMap((c) =>
        w.standardIds.map((itemId) => {
          const r = c.rng();
          const on = dayIn(c.rng, c.openedOn, c.until);
          return {
            courtCaseId: c.id,
            itemId,
            answer: r < 0.7 ? 'yes' : r < 0.9 ? 'no' : 'not_applicable',
            on: chance(c.rng, 0.8) ? on : null,
            answeredBy: anyone(w, c.f.office, 'lawyer'),
            answeredAt: at(c.rng, on),
          };
        }),
      ),
    );
  });
}
