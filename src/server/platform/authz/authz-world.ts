import type { LightMyRequestResponse } from 'fastify';
import { ROLES, type Role } from '../../../shared/roles.ts';
import { addDays, todayInCambodia } from '../../modules/court/court-arithmetic.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

/**
 * The one world the authorization matrix and the identity-masking tests work
 * in. Every record lives in Phnom Penh. For every role there are four users:
 * Phnom Penh or Siem Reap (another office), each assigned to the records or
 * not. "Assigned" means whatever assignment the record knows for that role
 * (lead or team member of the investigation, the support case's social worker,
 * lawyer or team, the court case's lawyer or team, the report's assignee);
 * a role that no record can be assigned to stays unassigned in both users.
 * All names are synthetic and deliberately unusual, so that a scan of any
 * output for them cannot match by accident.
 */

export const HOME = 'phnom_penh';
export const OTHER = 'siem_reap';
export type Office = typeof HOME | typeof OTHER;

/** A person's synthetic names; every token is searched for in every output. */
export const NAMES = {
  perpetrator: { latinName: 'Zorvath Quellinby' },
  victim: { khmerName: 'ស្រីពៅ វិចិត្រាណា', latinName: 'Ixmira Povandelle' },
  witness: { latinName: 'Brixholt Vemmaru' },
} as const;

export type Named = keyof typeof NAMES;

/** The tokens a leak of one person (or of all) would show: each whole name and each of its words. */
export function nameTokens(who?: Named): string[] {
  const people = who ? [NAMES[who]] : Object.values(NAMES);
  const names = people.flatMap((n) => Object.values(n) as string[]);
  return [...new Set([...names, ...names.flatMap((n) => n.split(' ').filter((w) => w.length >= 4))])];
}

export type MatrixUser = {
  role: Role;
  office: Office;
  assigned: boolean;
  client: TestClient;
  userId: string;
};

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Throws with the body when a setup request fails. */
export async function expectOk(res: Promise<LightMyRequestResponse>, what: string) {
  const r = await res;
  if (r.statusCode < 200 || r.statusCode > 299)
    throw new Error(`world: ${what} answered ${r.statusCode}: ${r.body.slice(0, 500)}`);
  return r.json();
}

export async function buildWorld(t?: TestApp) {
  t ??= await openTestApp();
  const today = todayInCambodia(t.clock.now());
  const day = (n: number) => addDays(today, n);

  const users: MatrixUser[] = [];
  for (const role of ROLES)
    for (const office of [HOME, OTHER] as const)
      for (const assigned of [true, false]) {
        const u = await t.signedIn([role], office);
        users.push({ role, office, assigned, client: u.client, userId: u.userId });
      }
  const pick = (role: Role, office: Office, assigned = true) => {
    const u = users.find((x) => x.role === role && x.office === office && x.assigned === assigned);
    if (!u) throw new Error(`no ${role} in ${office}`);
    return u.userId;
  };
  const assignedIds = (roles: Role[], offices: Office[] = [HOME, OTHER]) =>
    users.filter((u) => u.assigned && roles.includes(u.role) && offices.includes(u.office)).map((u) => u.userId);

  // Builders: not part of the matrix, so building never assigns a tested user by accident.
  const builder = (await t.signedIn(['manager'], HOME)).client;
  const admin = (await t.signedIn(['admin'], HOME)).client;
  const hotline = (await t.signedIn(['hotline'], HOME)).client;
  const glassBreaker = await t.signedIn(['investigator'], OTHER);

  // Partner directory and an agreement.
  const partner = await expectOk(
    admin.post('/api/partners', { kind: 'shelter', name: 'Synthetic Authz Shelter', serviceCodes: ['shelter'] }),
    'partner',
  );
  const partnerId: string = partner.id;
  const withAgreement = await expectOk(
    admin.post(`/api/partners/${partnerId}/agreements`, { kind: 'mou', signedOn: day(-300), expiresOn: day(300) }),
    'agreement',
  );
  const agreementId: string = withAgreement.agreements[0].id;
  const police = await expectOk(
    admin.post('/api/partners', { kind: 'police', name: 'Synthetic Authz Police Unit', country: 'KH' }),
    'police partner',
  );
  const policeId: string = police.id;

  // Reports: one entered by hand in the home office, assigned; one to merge; one public with a URL.
  const report = await expectOk(
    hotline.post('/api/reports/manual', {
      channel: 'walk_in',
      category: 'sexual_abuse',
      description: 'synthetic authz report',
    }),
    'manual report',
  );
  const reportId: string = report.id;
  const reportCode: string = (await expectOk(hotline.get(`/api/reports/${reportId}`), 'report')).trackingCode;
  await expectOk(
    hotline.patch(`/api/reports/${reportId}`, { officeCode: HOME, assigneeId: pick('investigator', OTHER) }),
    'assign report',
  );
  const spare = await expectOk(
    hotline.post('/api/reports/manual', { channel: 'walk_in', category: 'other', description: 'synthetic spare' }),
    'spare report',
  );
  await expectOk(hotline.patch(`/api/reports/${spare.id}`, { officeCode: HOME }), 'spare office');
  const publicReport = await expectOk(
    t.client().request({
      method: 'POST',
      url: '/api/public/reports',
      csrf: false,
      payload: { category: 'online_content', description: 'synthetic page', urls: ['https://example.org/authz'] },
    }),
    'public report',
  );
  const urls = await expectOk(hotline.get('/api/urls'), 'urls');
  const urlHash: string = urls.items[0].hash;

  // The investigation: led by the home investigator, with the assigned managers and the lent investigator.
  const investigation = await expectOk(
    builder.post('/api/investigations', {
      officeCode: HOME,
      openedOn: day(-200),
      leadInvestigatorId: pick('investigator', HOME),
      memberIds: [pick('manager', HOME), ...assignedIds(['investigator', 'manager'], [OTHER])],
      trackingCodes: [reportCode],
    }),
    'investigation',
  );
  const investigationId: string = investigation.id;
  const investigationNumber: number = investigation.number;
  const inv = (path: string) => `/api/investigations/${investigationId}${path}`;
  const addPerson = async (role: string, person: object) =>
    (await expectOk(builder.post(inv('/people'), { role, person }), `person ${role}`)).people;
  await addPerson('perpetrator', { ...NAMES.perpetrator, gender: 'male', nationality: 'FR' });
  await addPerson('witness', { ...NAMES.witness, gender: 'male' });
  const people = await addPerson('victim', { ...NAMES.victim, gender: 'female', birthYear: 2013 });
  const involvementOf = (role: string) => {
    const p = people.find((x: { role: string }) => x.role === role);
    if (!p) throw new Error(`world: no ${role}`);
    return p as { involvementId: string; personId: string };
  };
  const perpetrator = involvementOf('perpetrator');
  const victim = involvementOf('victim');
  await expectOk(
    builder.post(inv('/arrests'), { involvementId: perpetrator.involvementId, arrestedOn: day(-150) }),
    'arrest',
  );
  const tasks = await expectOk(builder.post(inv('/tasks'), { title: 'synthetic task' }), 'task');
  const taskId: string = tasks.tasks[0].id;
  const evidence = await expectOk(
    builder.post(inv('/evidence'), {
      kind: 'document',
      description: 'synthetic evidence',
      collectedOn: day(-100),
      holder: 'Synthetic holder',
    }),
    'evidence',
  );
  const evidenceId: string = evidence.evidence[0].id;
  await expectOk(builder.post(inv('/notes'), { body: 'synthetic note' }), 'investigation note');
  await expectOk(builder.post(inv('/agencies'), { partnerId: policeId }), 'agency');

  // Two records of one person, merged, so that the undo route has a merge to act on.
  const twin = { latinName: 'Synthetic Twin Authz', gender: 'female', birthYear: 1990 };
  await addPerson('witness', twin);
  await addPerson('witness', twin);
  const pairs = await expectOk(builder.get('/api/people/duplicates'), 'duplicates');
  const pair = pairs.items[0];
  const merged = await expectOk(
    builder.post('/api/people/duplicates/decision', { personA: pair.a.id, personB: pair.b.id, decision: 'same' }),
    'merge',
  );
  const mergeId: string = merged.mergeId;

  // The support case: its social worker and lawyer at home, a team from both offices.
  const support = await expectOk(
    builder.post('/api/support', {
      officeCode: HOME,
      clientKind: 'child_victim',
      openedOn: day(-120),
      personId: victim.personId,
      investigationIds: [investigationId],
      socialWorkerId: pick('social_worker', HOME),
      lawyerId: pick('lawyer', HOME),
      memberIds: [pick('manager', HOME), ...assignedIds(['social_worker', 'lawyer', 'manager'], [OTHER])],
    }),
    'support case',
  );
  const supportId: string = support.id;
  const sc = (path: string) => `/api/support/${supportId}${path}`;
  const supportPersonId: string = (await expectOk(builder.get(sc('')), 'support detail')).client.personId;
  const goals = await expectOk(builder.post(sc('/goals'), { goal: 'synthetic goal' }), 'goal');
  const goalId: string = goals.goals[0].id;
  const followUps = await expectOk(
    builder.post(sc('/follow-ups'), { title: 'synthetic visit', dueOn: day(-3) }),
    'follow-up',
  );
  const followUpId: string = followUps.followUps[0].id;
  await expectOk(builder.post(sc('/services'), { service: 'counselling', deliveredOn: day(-10) }), 'service');
  const referral = await expectOk(
    builder.post('/api/referrals', { caseId: supportId, partnerId, service: 'shelter', sentOn: day(-9) }),
    'referral',
  );
  const referralId: string = referral.id;

  // The court case: its lawyer at home, a team from both offices.
  const court = await expectOk(
    builder.post('/api/court/cases', {
      investigationId,
      courtCode: HOME,
      caseNumber: '42/2026',
      stage: 'investigating_judge',
      openedOn: day(-140),
      lawyerId: pick('lawyer', HOME),
      memberIds: [
        ...assignedIds(['manager', 'social_worker'], [HOME]),
        ...assignedIds(['lawyer', 'manager', 'social_worker'], [OTHER]),
      ],
      defendantIds: [perpetrator.involvementId],
    }),
    'court case',
  );
  const courtId: string = court.id;
  const cc = (path: string) => `/api/court/cases/${courtId}${path}`;
  await expectOk(builder.post(cc('/clients'), { personId: victim.personId }), 'court client');
  const hearings = await expectOk(builder.post(cc('/hearings'), { date: day(3), type: 'trial' }), 'hearing');
  const hearingId: string = hearings.hearings[0].id;

  // Administrators' lists: a charge and a standards item.
  const charges = await expectOk(
    admin.post('/api/court/charges', { labelEn: 'Synthetic authz charge', labelKm: 'ការចោទប្រកាន់' }),
    'charge',
  );
  const chargeId: string = charges.items.find((c: { labelEn: string }) => c.labelEn === 'Synthetic authz charge').id;
  const items = await expectOk(
    admin.post('/api/indicators/items', { labelEn: 'Synthetic authz item', labelKm: 'ធាតុ' }),
    'indicator item',
  );
  const itemId: string = items.items.find((c: { labelEn: string }) => c.labelEn === 'Synthetic authz item').id;

  // A community event.
  const trainer = (await t.signedIn(['trainer'], HOME)).client;
  const event = await expectOk(
    trainer.post('/api/events', { type: 'training', heldOn: day(-20), participants: 12 }),
    'event',
  );
  const eventId: string = event.id;

  // A user to administer, and a break-the-glass look to review.
  const target = await t.signedIn(['trainer'], HOME);
  await expectOk(
    glassBreaker.client.post('/api/investigations/look', {
      number: investigationNumber,
      reason: 'synthetic reason for the authorization matrix',
    }),
    'look',
  );
  const grants = await expectOk(builder.get('/api/access-grants'), 'grants');
  const grantId: string = grants.items[0].id;

  return {
    t,
    today,
    day,
    users,
    builder,
    admin,
    ids: {
      partnerId,
      policeId,
      agreementId,
      reportId,
      reportCode,
      spareReportId: spare.id as string,
      publicCode: publicReport.trackingCode as string,
      publicSecret: publicReport.secret as string,
      urlHash,
      investigationId,
      investigationNumber,
      perpetratorInvolvementId: perpetrator.involvementId,
      victimPersonId: victim.personId,
      victimInvolvementId: victim.involvementId,
      taskId,
      evidenceId,
      supportId,
      supportPersonId,
      goalId,
      followUpId,
      referralId,
      courtId,
      hearingId,
      chargeId,
      itemId,
      eventId,
      targetUserId: target.userId,
      grantId,
      mergeId,
      investigationTeam: [pick('manager', HOME), ...assignedIds(['investigator', 'manager'], [OTHER])],
      supportTeam: [pick('manager', HOME), ...assignedIds(['social_worker', 'lawyer', 'manager'], [OTHER])],
      courtTeam: [
        ...assignedIds(['manager', 'social_worker'], [HOME]),
        ...assignedIds(['lawyer', 'manager', 'social_worker'], [OTHER]),
      ],
    },
  };
}
