import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { purgeDeadSessions } from './modules/accounts/sessions.service.ts';
import { ensureFirstAdmin } from './modules/accounts/users.service.ts';
import { startRetentionSchedule } from './modules/retention/retention.schedule.ts';
import { startSealer } from './platform/audit/audit.sealer.ts';
import { openRuntime } from './runtime.ts';

/**
 * `komar serve`: opens the database, creates the first administrator on an
 * empty one, listens, and shuts down cleanly on SIGTERM/SIGINT (in-flight
 * requests finish, pending audit rows are sealed, the database closes).
 */
export async function serve(config: Config): Promise<void> {
  const notice = (msg: string) => process.stderr.write(`${msg}\n`);
  const runtime = await openRuntime(config, notice);
  const app = await buildApp({
    ctx: runtime.ctx,
    database: runtime.database,
    cookieSecret: runtime.cookieSecret,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    rateLimitPerMinute: config.rateLimitPerMinute,
  });
  const stopSealer = startSealer(runtime.database.db, (err) => app.log.error({ err }, 'audit sealing failed'));
  const sweeper = setInterval(() => purgeDeadSessions(runtime.ctx).catch(() => {}), 10 * 60_000);
  sweeper.unref();
  const stopRetention = startRetentionSchedule(
    runtime.ctx,
    (err) => app.log.error({ err }, 'retention purge failed'),
    (result) => {
      const ran = result.rules.filter((r) => r.outcome === 'purged');
      if (ran.length > 0)
        app.log.info({ rules: ran.map((r) => ({ rule: r.rule, records: r.records })) }, 'retention purge');
    },
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(sweeper);
    await app.close();
    await stopRetention();
    await stopSealer();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  const first = await ensureFirstAdmin(runtime.ctx);
  const address = await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  notice(`Komar is running at ${address.replace('127.0.0.1', 'localhost')} on ${where}.`);
  if (first) {
    notice(
      [
        '',
        '=== First start: an administrator account was created ===',
        `  email:              ${first.email}`,
        `  one-time password:  ${first.oneTimePassword}`,
        'Sign in with these; Komar then asks you to choose your own password and',
        'to set up an authenticator app. This password is shown only this once.',
        '',
      ].join('\n'),
    );
  }
}
