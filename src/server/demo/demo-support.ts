/**
 * Support cases (decision 010): one per client, a child victim or a family
 * member of an investigation, in that investigation's office; assessment,
 * consent, plan, placement, services by contract code (what the annual report
 * counts), follow-ups (some overdue), four-eyes closures and referrals to
 * partners (decision 012) in every state.
 */
import type { PartnerService } from '../../shared/referrals.ts';
import { CONSENT_SCOPES, NEEDS, PLACEMENTS, type ServiceCode } from '../../shared/support.ts';
import { supportReferrals } from '../modules/support/referrals.table.ts';
import {
  supportCaseInvestigations,
  supportCases,
  supportClosures,
  supportConsents,
  supportFollowUps,
  supportGoals,
  supportPlacements,
  supportServices,
} from '../modules/support/support.table.ts';
import { bulkInsert, inBatches, range } from './demo-batches.ts';
import { FAMILY_ROUND, personIn, VICTIM_ROUND } from './demo-identities.ts';
import { anyone, hasCourtCase, investigationFacts, staffOf } from './demo-investigations.ts';
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
  notBefore,
  pick,
  some,
  type World,
} from './demo-world.ts';

// Weighted: social services are given far more often than legal ones.
const SERVICES: readonly ServiceCode[] = [
  'counselling',
  'counselling',
  'medical',
  'welfare',
  'welfare',
  'family_support',
  'shelter',
  'referral',
  'legal_advice',
  'legal_representation',
  'court_accompaniment',
];
const REFERRED_FOR: readonly PartnerService[] = [
  'medical',
  'shelter',
  'counselling',
  'legal_aid',
  'education',
  'vocational_training',
  'family_tracing',
];

/** Client c is the first victim of investigation c, or (one in five) a family member of it. */
export function clientOf(w: World, c: number): { person: number; kind: 'child_victim' | 'family_member' } {
  const family = c % 5 === 4 ? personIn(w, c, FAMILY_ROUND) : null;
  return family !== null
    ? { person: family, kind: 'family_member' }
    : { person: personIn(w, c, VICTIM_ROUND) ?? c, kind: 'child_victim' };
}

export function supportFacts(w: World, c: number) {
  const rng = w.rng('support', c);
  const f = investigationFacts(w, c);
  const last = f.office === 'battambang' ? BATTAMBANG.to : w.today;
  const openedOn = notAfter(addDays(f.openedOn, between(rng, 3, 60)), last);
  const age = daysBetween(openedOn, w.today);
  const status =
    f.office === 'battambang' || (age > 600 && chance(rng, 0.7))
      ? 'closed'
      : age > 200 && chance(rng, 0.08)
        ? 'closure_requested'
        : 'open';
  const closedOn = status === 'closed' ? notAfter(addDays(openedOn, between(rng, 180, 600)), last) : null;
  return { rng, f, openedOn, status, closedOn, until: closedOn ?? w.today, ...clientOf(w, c) } as const;
}

export async function writeSupport(w: World): Promise<void> {
  const { cipher } = w.ctx;
  const enc = (value: string, column: string) => cipher.encrypt(value, column);
  await inBatches(w, 'support cases', w.counts.clients, 250, async (batch, start, end) => {
    const all = range(start, end).map((c) => {
      const s = supportFacts(w, c);
      const worker = staffOf(w, s.f.office, 'social_worker');
      const lawyer = hasCourtCase(c) || chance(s.rng, 0.3) ? staffOf(w, s.f.office, 'lawyer') : null;
      return { c, ...s, id: w.id('support', c), worker, lawyer, by: anyone(w, s.f.office, 'social_worker') };
    });
    bulkInsert(
      batch,
      supportCases,
      await Promise.all(
        all.map(async (s) => ({
          id: s.id,
          personId: w.id('person', s.person),
          clientKind: s.kind,
          officeCode: s.f.office,
          status: s.status,
          openedOn: s.openedOn,
          closedOn: s.closedOn,
          socialWorkerId: s.worker,
          lawyerId: s.lawyer,
          riskLevel: pick(s.rng, ['low', 'medium', 'medium', 'high'] as const),
          assessedOn:
            addDays(s.openedOn, between(s.rng, 0, 7)) > s.until
              ? s.openedOn
              : addDays(s.openedOn, between(s.rng, 0, 7)),
          assessedBy: s.by,
          assessment: await enc(text(s.rng, 'assessment'), 'support_cases.assessment'),
          needs: some(s.rng, NEEDS, 3),
          needsNotes: chance(s.rng, 0.5) ? await enc(text(s.rng, 'goal'), 'support_cases.needs_notes') : null,
          createdBy: s.by,
          createdAt: at(s.rng, s.openedOn),
          updatedAt: at(s.rng, s.closedOn ?? s.openedOn),
        })),
      ),
    );
    bulkInsert(
      batch,
      supportCaseInvestigations,
      all.map((s) => ({
        caseId: s.id,
        investigationId: w.id('investigation', s.c),
        linkedBy: s.by,
        linkedAt: at(s.rng, s.openedOn),
      })),
    );
    bulkInsert(
      batch,
      supportConsents,
      await Promise.all(
        all.map(async (s) => {
          const givenBy = s.kind === 'child_victim' && chance(s.rng, 0.4) ? 'child' : 'guardian';
          return {
            caseId: s.id,
            givenBy,
            givenOn: s.openedOn,
            scope: some(s.rng, CONSENT_SCOPES, 4),
            notes:
              givenBy === 'guardian'
                ? await enc(pick(s.rng, ['Mother', 'Grandmother', 'Aunt', 'ម្តាយ', 'យាយ']), 'support_consents.notes')
                : null,
            recordedBy: s.by,
            recordedAt: at(s.rng, s.openedOn),
          };
        }),
      ),
    );
    bulkInsert(
      batch,
      supportGoals,
      await Promise.all(
        all.flatMap((s) =>
          range(0, between(s.rng, 1, 2)).map(async () => ({
            caseId: s.id,
            goal: await enc(text(s.rng, 'goal'), 'support_goals.goal'),
            targetOn: addDays(s.openedOn, between(s.rng, 90, 365)),
            status: s.status === 'closed' ? pick(s.rng, ['achieved', 'achieved', 'dropped'] as const) : 'open',
            createdBy: s.by,
            createdAt: at(s.rng, s.openedOn),
          })),
        ),
      ),
    );
    bulkInsert(
      batch,
      supportPlacements,
      await Promise.all(
        all.map(async (s) => {
          const placement = pick(s.rng, PLACEMENTS);
          const partner =
            placement === 'shelter' ? w.partners.shelter : placement === 'partner_ngo' ? w.partners.ngo : undefined;
          return {
            caseId: s.id,
            placement,
            partnerId: partner?.length ? pick(s.rng, partner) : null,
            decidedOn: s.openedOn,
            decidedBy: s.by,
            reason: await enc(text(s.rng, 'assessment'), 'support_placements.reason'),
            createdAt: at(s.rng, s.openedOn),
          };
        }),
      ),
    );
    bulkInsert(
      batch,
      supportServices,
      await Promise.all(
        all.flatMap((s) =>
          range(0, between(s.rng, 2, 6)).map(async () => {
            const service = pick(s.rng, SERVICES);
            const on = dayIn(s.rng, s.openedOn, s.until);
            return {
              caseId: s.id,
              personId: w.id('person', s.person),
              service,
              deliveredOn: on,
              provider:
                service.startsWith('legal') || service === 'court_accompaniment'
                  ? 'Office lawyer'
                  : 'Office social worker',
              notes: chance(s.rng, 0.5) ? await enc(text(s.rng, 'serviceNote'), 'support_services.notes') : null,
              createdBy: s.by,
              createdAt: at(s.rng, on),
            };
          }),
        ),
      ),
    );
    bulkInsert(
      batch,
      supportFollowUps,
      await Promise.all(
        all.flatMap((s) =>
          range(0, 2).map(async (k) => {
            const due = k === 0 ? dayIn(s.rng, s.openedOn, s.until) : addDays(s.until, between(s.rng, -20, 30));
            const done = k === 0 || s.status === 'closed';
            const doneOn = done ? notAfter(due, s.until) : null;
            return {
              caseId: s.id,
              title: await enc(text(s.rng, 'followUp'), 'support_follow_ups.title'),
              dueOn: s.status === 'closed' ? notAfter(due, s.until) : due,
              assigneeId: s.worker,
              doneOn,
              doneBy: done ? s.by : null,
              outcome: done ? await enc(text(s.rng, 'outcome'), 'support_follow_ups.outcome') : null,
              createdBy: s.by,
              createdAt: at(s.rng, s.openedOn),
            };
          }),
        ),
      ),
    );
    const manager = (s: (typeof all)[number]) => anyone(w, s.f.office, 'manager');
    // A closure request for every case not open; some open cases had one rejected (four eyes said no).
    const rejected = (s: (typeof all)[number]) =>
      s.status === 'open' && s.c % 7 === 3 && daysBetween(s.openedOn, w.today) > 200;
    bulkInsert(
      batch,
      supportClosures,
      await Promise.all(
        all
          .filter((s) => s.status !== 'open' || rejected(s))
          .map(async (s) => {
            const requestedOn = s.closedOn
              ? addDays(s.closedOn, -between(s.rng, 1, 10))
              : addDays(w.today, -between(s.rng, 1, rejected(s) ? 150 : 20));
            const decidedOn =
              s.closedOn ?? (rejected(s) ? notAfter(addDays(requestedOn, between(s.rng, 1, 10)), w.today) : null);
            return {
              caseId: s.id,
              requestedBy: s.by,
              requestedAt: at(s.rng, notBefore(requestedOn, s.openedOn)),
              reason: await enc(text(s.rng, 'reason'), 'support_closures.reason'),
              decision: s.status === 'closed' ? 'approved' : rejected(s) ? 'rejected' : null,
              decidedBy: decidedOn ? manager(s) : null,
              decidedAt: decidedOn ? at(s.rng, decidedOn) : null,
              decisionReason: rejected(s) ? await enc(text(s.rng, 'goal'), 'support_closures.decision_reason') : null,
            };
          }),
      ),
    );
    bulkInsert(
      batch,
      supportReferrals,
      await Promise.all(
        all
          .filter((s) => s.c % 3 === 0)
          .map(async (s) => {
            const service = pick(s.rng, REFERRED_FOR);
            const candidates = [
              ...(w.partners.ngo ?? []),
              ...(w.partners.shelter ?? []),
              ...(w.partners.hospital ?? []),
            ];
            const sentOn = dayIn(s.rng, s.openedOn, s.until);
            const age = daysBetween(sentOn, w.today);
            const status =
              s.status === 'closed' || age > 60
                ? pick(s.rng, ['completed', 'completed', 'declined'] as const)
                : pick(s.rng, ['sent', 'accepted'] as const);
            const answeredOn = notAfter(addDays(sentOn, between(s.rng, 1, 14)), s.until);
            const accepted = status === 'accepted' || status === 'completed';
            return {
              caseId: s.id,
              partnerId: pick(s.rng, candidates),
              service,
              reason: await enc(text(s.rng, 'reason'), 'support_referrals.reason'),
              status,
              sentOn,
              sentBy: s.by,
              acceptedOn: accepted ? answeredOn : null,
              acceptedBy: accepted ? s.by : null,
              declinedOn: status === 'declined' ? answeredOn : null,
              declinedBy: status === 'declined' ? s.by : null,
              declineReason:
                status === 'declined'
                  ? await enc('No place available this month.', 'support_referrals.decline_reason')
                  : null,
              completedOn:
                status === 'completed' ? notAfter(addDays(answeredOn, between(s.rng, 10, 90)), s.until) : null,
              completedBy: status === 'completed' ? s.by : null,
              outcome: status === 'completed' ? await enc(text(s.rng, 'outcome'), 'support_referrals.outcome') : null,
              createdAt: at(s.rng, sentOn),
              updatedAt: at(s.rng, answeredOn),
            };
          }),
      ),
    );
  });
}
