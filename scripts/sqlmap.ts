/**
 * `npm run sqlmap`: SQL injection from the outside (issue 7). Starts a real
 * `komar serve` on a fresh temporary database (PGlite; PostgreSQL with
 * `--postgres` or when DATABASE_URL is set: a scratch database created on
 * that server and dropped after), signs a staff member in through the API,
 * creates a few synthetic records so that `:id` routes resolve, and runs
 * Debian's sqlmap against the public and signed-in endpoints. Exits 1 if any
 * parameter is reported injectable, or if a run could not complete.
 *
 * sqlmap reaches the server only through a proxy that refuses every address
 * but 127.0.0.1:<the server's port> (src/server/reliability/loopback-proxy.ts).
 *
 * Profiles (KOMAR_SUITE_PROFILE): short (default, CI) is level 1, risk 1,
 * boolean/error/union techniques; long is level 3, risk 2, every technique.
 * Never risk 3: it adds OR-based payloads that, in an UPDATE or DELETE
 * statement, would change or remove every row — sqlmap's own warning.
 * Decision 023.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiClient } from '../src/server/reliability/api-client.ts';
import { type KomarEnv, type RunningServer, startKomar } from '../src/server/reliability/komar-process.ts';
import { startLoopbackProxy } from '../src/server/reliability/loopback-proxy.ts';
import { runSqlmap, type Sessions, SQLMAP, sqlmapProfile } from '../src/server/reliability/sqlmap-run.ts';
import { type Fixture, type SqlmapTarget, sqlmapTargets } from '../src/server/reliability/sqlmap-targets.ts';
import { adminQuery, withDatabase } from '../src/server/testing/global-setup.ts';
import { SUITE_PROFILE } from '../src/server/testing/suite-profile.ts';

const long = SUITE_PROFILE === 'long';
const PROFILE = sqlmapProfile(long);

const say = (msg: string) => process.stderr.write(`${msg}\n`);

async function main(): Promise<number> {
  const version = spawnSync(SQLMAP, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    say(`sqlmap: not installed (${SQLMAP}); Debian: apt-get install sqlmap`);
    return 1;
  }
  const started = Date.now();
  const usePostgres = process.argv.includes('--postgres') || Boolean(process.env.DATABASE_URL);
  const adminUrl =
    process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const pgName = `komar_sqlmap_${randomBytes(4).toString('hex')}`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-sqlmap-'));
  // KOMAR_SQLMAP_PORT pins the server (and the proxy, one above) on a shared machine; else any free port.
  const pinned = Number(process.env.KOMAR_SQLMAP_PORT ?? 0);
  const env: KomarEnv = {
    dataDir: path.join(work, 'data'),
    databaseUrl: usePostgres ? withDatabase(adminUrl, pgName) : undefined,
    port: pinned,
    extra: { KOMAR_TRUST_PROXY: '1', KOMAR_RATE_LIMIT: '1000000' },
  };
  let server: RunningServer | undefined;
  try {
    if (usePostgres) await adminQuery(adminUrl, `CREATE DATABASE ${pgName}`);
    server = await startKomar(env, { firstAdmin: true });
    const port = Number(new URL(server.url).port);
    const { sessions, fixture } = await prepare(server);
    const proxy = await startLoopbackProxy(port, pinned ? pinned + 1 : 0);
    const targets = sqlmapTargets(fixture);
    say(
      `sqlmap: ${targets.length} targets on ${usePostgres ? 'PostgreSQL' : 'PGlite'}, ` +
        `${long ? 'long' : 'short'} profile (level ${PROFILE.level}, risk ${PROFILE.risk}, techniques ${PROFILE.technique})`,
    );
    const findings: string[] = [];
    let tested = 0;
    try {
      for (const target of targets) {
        const t0 = Date.now();
        const answered = await baselineStatus(target, server.url, sessions);
        const expected = target.baseline ?? 200;
        if (target.baseline ? answered !== expected : answered < 200 || answered > 299) {
          findings.push(`${target.name}: answers ${answered} as given, not ${expected}: sqlmap would compare errors`);
          continue;
        }
        const verdict = await runSqlmap(target, {
          serverUrl: server.url,
          sessions,
          proxyUrl: proxy.url,
          outDir: path.join(work, 'out'),
          profile: PROFILE,
        });
        tested += verdict.tested.length;
        say(
          `  ${target.name}: ${verdict.tested.length} parameters tested (${verdict.tested.join(', ')}), ` +
            `${verdict.injectable.length} injectable, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
        );
        for (const p of verdict.injectable) findings.push(`${target.name}: ${p} is injectable`);
        if (!verdict.completed || verdict.tested.length === 0) {
          findings.push(`${target.name}: sqlmap did not complete: ${verdict.critical.join(' | ') || 'no verdict'}`);
        }
      }
    } finally {
      await proxy.close();
    }
    const f = proxy.figures;
    for (const r of f.refused) findings.push(`sqlmap tried to reach something else than the server: ${r}`);
    for (const e of new Set(f.serverErrors)) findings.push(`server error on a payload: ${e}`);
    const statuses = Object.entries(f.byStatus)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ');
    const injectable = findings.filter((x) => x.endsWith('injectable')).length;
    say(
      `sqlmap: ${targets.length} targets, ${tested} parameters tested, ${injectable} injectable, ` +
        `${f.requests} requests (${statuses}), ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    for (const finding of findings) say(`  FINDING ${finding}`);
    return findings.length === 0 ? 0 : 1;
  } finally {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
    if (usePostgres) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
  }
}

/** The target's request as given (markers removed): sqlmap's reference page must be the real answer. */
async function baselineStatus(target: SqlmapTarget, serverUrl: string, sessions: Sessions): Promise<number> {
  const client = target.as === 'nobody' ? new ApiClient(serverUrl) : sessions[target.as];
  const unmark = (text: string) => text.replaceAll('*', '');
  const headers = Object.fromEntries(Object.entries(target.headers ?? {}).map(([k, v]) => [k, unmark(v)]));
  const answer = await client.call(target.method, unmark(target.path), target.body, headers);
  return answer.status;
}

/**
 * The first administrator signs in and creates one staff member holding
 * every role that sees case data (so every list and record is in scope),
 * who signs in and creates the records the `:id` targets use. All synthetic.
 */
async function prepare(server: RunningServer): Promise<{ sessions: Sessions; fixture: Fixture }> {
  if (!server.firstAdmin) throw new Error('the server did not create a first administrator');
  const admin = new ApiClient(server.url);
  await admin.firstSignIn(server.firstAdmin.email, server.firstAdmin.password, 'sqlmap admin tonle sap 9');
  const created = await admin.expect<{ id: string; oneTimePassword: string }>(201, 'POST', '/api/users', {
    email: 'sqlmap.staff@example.org',
    name: 'Synthetic Staff',
    roles: ['admin', 'manager', 'hotline', 'investigator', 'social_worker', 'lawyer', 'researcher'],
    officeCode: 'phnom_penh',
    locale: 'en',
  });
  const staff = new ApiClient(server.url);
  await staff.firstSignIn('sqlmap.staff@example.org', created.oneTimePassword, 'sqlmap staff mekong dawn 7');

  const receipt = await staff.expect<{ trackingCode: string; secret: string }>(201, 'POST', '/api/public/reports', {
    category: 'grooming',
    description: 'Synthetic report for the sqlmap run',
    language: 'en',
  });
  const queue = await staff.expect<{ items: { id: string; trackingCode: string }[] }>(
    200,
    'GET',
    '/api/reports?status=open',
  );
  const report = queue.items.find((r) => r.trackingCode === receipt.trackingCode);
  if (!report) throw new Error('the report just sent is not in the queue');
  const investigation = await staff.expect<{ id: string }>(201, 'POST', '/api/investigations', {
    officeCode: 'phnom_penh',
    openedOn: '2026-01-05',
    trackingCodes: [receipt.trackingCode],
  });
  const withPerson = await staff.expect<{ people: { personId: string }[] }>(
    200,
    'POST',
    `/api/investigations/${investigation.id}/people`,
    {
      role: 'victim',
      person: { latinName: 'Synthetic Child', gender: 'female', birthYear: 2014 },
    },
  );
  const documentNumber = 'SYN0001';
  const personId = withPerson.people[0]?.personId as string;
  const document = await staff.call('POST', `/api/people/${personId}/documents`, {
    kind: 'passport',
    number: documentNumber,
  });
  if (document.status >= 300) throw new Error(`adding a document answered ${document.status}`);
  const partner = await staff.expect<{ id: string }>(201, 'POST', '/api/partners', {
    kind: 'ngo',
    name: 'Synthetic Partner',
  });
  const visitor = new ApiClient(server.url);
  await visitor.refreshCsrf();
  return {
    sessions: { staff, visitor },
    fixture: {
      report: { id: report.id, trackingCode: receipt.trackingCode, secret: receipt.secret },
      investigationId: investigation.id,
      personId,
      documentNumber,
      partnerId: partner.id,
      userId: created.id,
    },
  };
}

main().then(
  (code) => process.exit(code),
  (err) => {
    say(`sqlmap: ${(err as Error).message}`);
    process.exit(1);
  },
);
