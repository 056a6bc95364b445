/**
 * Investigations in every office (Battambang only while it was open), with
 * their status history, team, linked report, activity log, tasks, evidence
 * and its custody, cooperating agencies and the liaison log.
 */
import {
  EVIDENCE_KINDS,
  EXPLOITATION_TYPES,
  type InvestigationStatus,
  LIAISON_KINDS,
} from '../../shared/investigations.ts';
import {
  evidenceItems,
  evidenceTransfers,
  investigationAgencies,
  investigationNotes,
  investigationTasks,
  liaisonActions,
} from '../modules/investigations/investigation-work.table.ts';
import {
  investigationMembers,
  investigationReports,
  investigationStatusChanges,
  investigations,
} from '../modules/investigations/investigations.table.ts';
import { bulkInsert, inBatches, range } from './demo-batches.ts';
import { text } from './demo-texts.ts';
import {
  addDays,
  at,
  BATTAMBANG,
  between,
  chance,
  dayIn,
  daysBetween,
  FIRST_DAY,
  notAfter,
  type OpenOffice,
  pick,
  type World,
} from './demo-world.ts';

export type InvestigationFacts = {
  office: OpenOffice | 'battambang';
  openedOn: string;
  caseOpenedOn: string | null;
  closedOn: string | null;
  status: InvestigationStatus;
  /** The statuses it went through, with their days (valid transitions only). */
  history: { status: InvestigationStatus; on: string }[];
  nationalPolice: boolean;
  foreignPolice: boolean;
  exploitationType: string;
};

/** One investigation in five goes to court (and so has its case opened). */
export const hasCourtCase = (i: number) => i % 5 === 1;
/** One in 29 is from the years Battambang's office was open. */
const inBattambang = (i: number) => i % 29 === 13;

export function investigationFacts(w: World, i: number): InvestigationFacts {
  const rng = w.rng('investigation', i);
  const old = inBattambang(i);
  const last = old ? BATTAMBANG.to : w.today;
  const office = old ? 'battambang' : pick(rng, ['phnom_penh', 'phnom_penh', 'siem_reap', 'sihanoukville'] as const);
  const openedOn = old
    ? dayIn(rng, BATTAMBANG.from, addDays(BATTAMBANG.to, -90))
    : dayIn(rng, FIRST_DAY, addDays(w.today, -3), 1.3);
  const age = daysBetween(openedOn, w.today);
  const court = hasCourtCase(i);
  const caseOpened = court || chance(rng, 0.2);
  const caseOpenedOn = caseOpened ? notAfter(addDays(openedOn, between(rng, 14, 120)), last) : null;
  const history: InvestigationFacts['history'] = [];
  const startsMonitoring = chance(rng, 0.4);
  if (startsMonitoring) history.push({ status: 'monitoring', on: openedOn });
  // A recent lead may still be watched; anything else became active (a case is opened only from active).
  if (!startsMonitoring || age >= 60 || caseOpened)
    history.push({
      status: 'active',
      on: startsMonitoring ? notAfter(addDays(openedOn, between(rng, 3, 40)), last) : openedOn,
    });
  if (caseOpenedOn) history.push({ status: 'case_opened', on: caseOpenedOn });
  let closedOn: string | null = null;
  if (old || (age > 500 && chance(rng, caseOpened ? 0.6 : 0.75))) {
    const end = notAfter(addDays(caseOpenedOn ?? openedOn, between(rng, 60, 700)), last);
    const ends: InvestigationStatus = !caseOpened && chance(rng, 0.2) ? 'referred' : 'closed';
    history.push({ status: ends, on: end });
    if (ends === 'closed') closedOn = end;
  }
  const status = history.at(-1)?.status ?? 'active';
  return {
    office,
    openedOn,
    caseOpenedOn,
    closedOn,
    status,
    history,
    nationalPolice: chance(rng, 0.6),
    foreignPolice: chance(rng, 0.2),
    exploitationType: pick(rng, EXPLOITATION_TYPES),
  };
}

/** The report that led to investigation i (reports are ~10 per investigation at every scale). */
export const reportsPerInvestigation = (w: World) =>
  Math.max(1, Math.floor(w.counts.reports / w.counts.investigations));
export function linkedReportOf(w: World, i: number): number | null {
  const r = i * reportsPerInvestigation(w);
  return r < w.counts.reports ? r : null;
}
/** The investigation report r led to, if any. */
export function investigationOfReport(w: World, r: number): number | null {
  const per = reportsPerInvestigation(w);
  const i = r / per;
  return r % per === 0 && i < w.counts.investigations ? i : null;
}

export const staffOf = (
  w: World,
  office: InvestigationFacts['office'],
  role: 'investigator' | 'manager' | 'social_worker' | 'lawyer' | 'hotline' | 'trainer',
) => (office === 'battambang' ? null : (w.staff[office][role] ?? null));
/** Someone who certainly exists, for NOT NULL "by whom" columns of Battambang's records. */
export const anyone = (w: World, office: InvestigationFacts['office'], role: Parameters<typeof staffOf>[2]) =>
  staffOf(w, office, role) ?? (w.staff.phnom_penh[role] as string);

export async function writeInvestigations(w: World): Promise<void> {
  const { cipher } = w.ctx;
  const policePartners = w.partners.police ?? [];
  const [nationalPolice, ...foreignPolice] = policePartners;
  await inBatches(w, 'investigations', w.counts.investigations, 500, async (batch, start, end) => {
    const all = range(start, end).map((i) => ({ i, f: investigationFacts(w, i), rng: w.rng('investigation-work', i) }));
    bulkInsert(
      batch,
      investigations,
      await Promise.all(
        all.map(async ({ i, f, rng }) => ({
          id: w.id('investigation', i),
          officeCode: f.office,
          exploitationType: f.exploitationType,
          status: f.status,
          openedOn: f.openedOn,
          caseOpenedOn: f.caseOpenedOn,
          closedOn: f.closedOn,
          nationalPolice: f.nationalPolice,
          foreignPolice: f.foreignPolice,
          foreignAgency: f.foreignPolice ? 'Foreign police liaison office (demo)' : null,
          leadInvestigatorId: staffOf(w, f.office, 'investigator'),
          summary: await cipher.encrypt(text(rng, 'report'), 'investigations.summary'),
          createdAt: at(rng, f.openedOn),
          updatedAt: at(rng, f.history.at(-1)?.on ?? f.openedOn),
        })),
      ),
    );
    bulkInsert(
      batch,
      investigationStatusChanges,
      all.flatMap(({ i, f, rng }) =>
        f.history.map((h) => ({
          investigationId: w.id('investigation', i),
          status: h.status,
          on: h.on,
          byUserId: staffOf(w, f.office, 'investigator'),
          at: at(rng, h.on),
        })),
      ),
    );
    bulkInsert(
      batch,
      investigationMembers,
      all.flatMap(({ i, f }) => {
        const members = [staffOf(w, f.office, 'investigator')].filter((m): m is string => !!m);
        return members.map((userId) => ({ investigationId: w.id('investigation', i), userId }));
      }),
    );
    bulkInsert(
      batch,
      investigationReports,
      all.flatMap(({ i, f, rng }) => {
        const r = linkedReportOf(w, i);
        return r === null
          ? []
          : [
              {
                investigationId: w.id('investigation', i),
                reportId: w.id('report', r),
                linkedBy: staffOf(w, f.office, 'investigator'),
                linkedAt: at(rng, f.openedOn),
              },
            ];
      }),
    );
    // The working record: a few notes, a task, evidence with one hand-over, the agencies and their liaison log.
    const work = all.map(({ i, f, rng }) => ({
      i,
      f,
      rng,
      by: anyone(w, f.office, 'investigator'),
      last: f.closedOn ?? w.today,
    }));
    bulkInsert(
      batch,
      investigationNotes,
      await Promise.all(
        work.flatMap(({ i, f, rng, by, last }) =>
          range(0, between(rng, 1, 3)).map(async () => {
            const day = dayIn(rng, f.openedOn, last);
            return {
              investigationId: w.id('investigation', i),
              authorId: by,
              body: await cipher.encrypt(text(rng, 'note'), 'investigation_notes.body'),
              createdAt: at(rng, day),
            };
          }),
        ),
      ),
    );
    bulkInsert(
      batch,
      investigationTasks,
      await Promise.all(
        work.map(async ({ i, f, rng, by, last }) => {
          const due = addDays(dayIn(rng, f.openedOn, last), 14);
          const done = f.closedOn !== null || (due < w.today && chance(rng, 0.7));
          return {
            id: w.id('task', i),
            investigationId: w.id('investigation', i),
            title: await cipher.encrypt(text(rng, 'task'), 'investigation_tasks.title'),
            ownerId: staffOf(w, f.office, 'investigator'),
            dueOn: due,
            doneAt: done ? at(rng, notAfter(due, last)) : null,
            createdBy: by,
            createdAt: at(rng, f.openedOn),
          };
        }),
      ),
    );
    const withEvidence = work.filter(({ rng }) => chance(rng, 0.6));
    bulkInsert(
      batch,
      evidenceItems,
      await Promise.all(
        withEvidence.map(async ({ i, f, rng, by, last }) => ({
          id: w.id('evidence', i),
          investigationId: w.id('investigation', i),
          kind: pick(rng, EVIDENCE_KINDS),
          description: await cipher.encrypt(text(rng, 'evidence'), 'evidence_items.description'),
          collectedOn: dayIn(rng, f.openedOn, last),
          collectedBy: by,
          holder: f.caseOpenedOn ? 'Provincial police evidence room' : 'Office evidence safe',
          createdAt: at(rng, f.openedOn),
        })),
      ),
    );
    bulkInsert(
      batch,
      evidenceTransfers,
      withEvidence
        .filter(({ f }) => f.caseOpenedOn)
        .map(({ i, f, rng, by }) => ({
          evidenceId: w.id('evidence', i),
          fromHolder: 'Office evidence safe',
          toHolder: 'Provincial police evidence room',
          on: f.caseOpenedOn as string,
          reason: 'Handed over for the prosecution',
          recordedBy: by,
          at: at(rng, f.caseOpenedOn as string),
        })),
    );
    const agencies = work.flatMap(({ i, f, rng, by, last }) => {
      const ids = [
        f.nationalPolice ? nationalPolice : undefined,
        f.foreignPolice && foreignPolice.length ? pick(rng, foreignPolice) : undefined,
      ].filter((p): p is string => !!p);
      return ids.map((partnerId) => ({ i, f, rng, by, last, partnerId }));
    });
    bulkInsert(
      batch,
      investigationAgencies,
      agencies.map(({ i, f, rng, partnerId }) => ({
        investigationId: w.id('investigation', i),
        partnerId,
        addedAt: at(rng, f.openedOn),
      })),
    );
    bulkInsert(
      batch,
      liaisonActions,
      await Promise.all(
        agencies.map(async ({ i, f, rng, by, last, partnerId }) => ({
          investigationId: w.id('investigation', i),
          partnerId,
          kind: pick(rng, LIAISON_KINDS),
          on: dayIn(rng, f.openedOn, last),
          note: await cipher.encrypt(text(rng, 'liaison'), 'liaison_actions.note'),
          byUserId: by,
          at: at(rng, f.openedOn),
        })),
      ),
    );
  });
}
