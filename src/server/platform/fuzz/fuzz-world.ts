import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.ts';
import { openCourtWorld } from '../../modules/court/court-world.ts';
import type { IdSource } from './schema-arbitrary.ts';

/**
 * The records the fuzzer aims at: the court tests' world (an investigation with
 * offenders, a victim and staff) plus one record of each other kind, made
 * through the API. The fuzzer is an administrator who is also a manager, so
 * (settings aside, which only administrators hold) every route lets it in and
 * requests reach validation and handlers instead of stopping at 403.
 */
export async function openFuzzWorld() {
  const w = await openCourtWorld();
  const { t, day, lawyer, investigationId, perpetrator } = w;
  const fuzzer = await t.signedIn(['admin', 'manager'], 'phnom_penh');
  const c = fuzzer.client;
  const must = async (what: string, res: Promise<{ statusCode: number; body: string }>) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(`fuzz world: ${what} answered ${r.statusCode} ${r.body}`);
  };
  await must(
    'court case',
    lawyer.client.post('/api/court/cases', {
      investigationId,
      courtCode: 'phnom_penh',
      caseNumber: '7/2025',
      stage: 'investigating_judge',
      openedOn: day(-140),
      lawyerId: lawyer.userId,
      defendantIds: [perpetrator.involvementId],
    }),
  );
  await must(
    'support case',
    c.post('/api/support', {
      officeCode: 'phnom_penh',
      clientKind: 'child_victim',
      openedOn: day(-30),
      person: { latinName: 'Synthetic Client', gender: 'female', birthYear: 2012 },
    }),
  );
  await must(
    'partner',
    c.post('/api/partners', { kind: 'shelter', name: 'Synthetic Shelter', serviceCodes: ['shelter'] }),
  );
  await must(
    'call',
    c.post('/api/calls', {
      startedAt: new Date(Date.parse(`${day(-2)}T01:00:00Z`)).toISOString(),
      endedAt: new Date(Date.parse(`${day(-2)}T01:05:00Z`)).toISOString(),
      callerType: 'adult',
      language: 'km',
      reasons: ['grooming'],
      summary: 'synthetic call',
      province: 'kampot',
      urgency: 'high',
      actionsTaken: ['advice'],
      createReport: true,
    }),
  );
  await must(
    'public report',
    t.client().request({
      method: 'POST',
      url: '/api/public/reports',
      csrf: false,
      payload: {
        category: 'sexual_abuse',
        description: 'ក្មេងស្រីម្នាក់ — synthetic',
        province: 'siem_reap',
        occurredOn: day(-3),
        emergency: false,
        language: 'km',
      },
    }),
  );
  return { ...w, fuzzer };
}

/** Which table a field or path parameter named like this refers to. */
const TABLE_OF: Record<string, string[]> = {
  person: ['people'],
  personA: ['people'],
  personB: ['people'],
  involvement: ['involvements'],
  defendant: ['involvements'],
  agreement: ['partner_agreements'],
  task: ['investigation_tasks'],
  evidence: ['evidence_items'],
  goal: ['support_goals'],
  followUp: ['support_follow_ups'],
  hearing: ['court_hearings'],
  courtCase: ['court_cases'],
  case: ['support_cases', 'court_cases'],
  charge: ['court_charges'],
  item: ['standards_items'],
  partner: ['partners'],
  investigation: ['investigations'],
  report: ['reports'],
  referral: ['support_referrals'],
  event: ['events'],
  lawyer: ['users'],
  socialWorker: ['users'],
  assignee: ['users'],
  member: ['users'],
  leadInvestigator: ['users'],
  owner: ['users'],
  facilitator: ['users'],
  decidedBy: ['users'],
  actor: ['users'],
  user: ['users'],
  code: ['offices'],
  officeCode: ['offices'],
  courtCode: ['offices'],
};

/** For `:id`, the table is named by the path segment before it. */
const TABLE_OF_SEGMENT: Record<string, string> = {
  users: 'users',
  reports: 'reports',
  partners: 'partners',
  investigations: 'investigations',
  people: 'people',
  merges: 'person_merges',
  support: 'support_cases',
  referrals: 'support_referrals',
  cases: 'court_cases',
  charges: 'court_charges',
  items: 'standards_items',
  events: 'events',
  'access-grants': 'access_grants',
};

/**
 * Real ids and codes from the database, by table, so generated requests name
 * records that exist. `except` keeps the fuzzer from aiming at itself (it
 * would deactivate its own account and fuzz nothing but 401s after).
 */
export async function idSource(t: { ctx: { db: import('../../db/client.ts').Db } }, except: string[]) {
  const db = t.ctx.db;
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`
      select table_name as name from information_schema.columns
      where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`),
  ).map((r) => r.name);
  const byTable = new Map<string, string[]>();
  const parts = tables.map(
    (name) => sql`(select ${name}::text as t, id::text as id from ${sql.identifier(name)} limit 6)`,
  );
  for (const r of rowsOf<{ t: string; id: string }>(await db.execute(sql.join(parts, sql` union all `)))) {
    if (except.includes(r.id)) continue;
    byTable.set(r.t, [...(byTable.get(r.t) ?? []), r.id]);
  }
  const offices = rowsOf<{ code: string }>(await db.execute(sql`select code from offices`)).map((r) => r.code);
  // The fuzzer's own office stays open, for the same reason as `except`.
  byTable.set(
    'offices',
    offices.filter((o) => o !== 'phnom_penh'),
  );
  const all = [...byTable.entries()].filter(([k]) => k !== 'offices').flatMap(([, v]) => v);
  const forField: IdSource = (name) => {
    const stem = name.replace(/Ids?$/, '').replace(/Codes?$/, (m) => (name === m ? m : ''));
    const tablesFor = TABLE_OF[stem] ?? TABLE_OF[name] ?? [];
    const ids = tablesFor.flatMap((tbl) => byTable.get(tbl) ?? []);
    return ids.length ? ids : all;
  };
  const forParam = (url: string, param: string): string[] => {
    if (param !== 'id') return forField(param);
    const segments = url.split('/');
    const segment = segments[segments.indexOf(':id') - 1] ?? '';
    const table = TABLE_OF_SEGMENT[segment];
    return (table && byTable.get(table)) || all;
  };
  return { forField, forParam, byTable };
}
