import { seedDemo } from '../server/demo/demo-seed.ts';
import type { CreatedAccount } from '../server/demo/demo-staff.ts';
import { DEMO_SCALES, type Progress } from '../server/demo/demo-world.ts';
import { say, withRuntime } from './run.ts';

/**
 * Progress on stderr: on a terminal one line per stage rewritten in place,
 * otherwise (a log, CI) one line when each stage is done.
 */
function progressOn(stream: NodeJS.WriteStream): Progress {
  let last = 0;
  return (stage, done, total) => {
    const finished = done === total;
    if (stream.isTTY) {
      const now = Date.now();
      if (!finished && done !== 0 && now - last < 200) return;
      last = now;
      stream.write(
        `\r  ${stage}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}\x1b[K${finished ? '\n' : ''}`,
      );
    } else if (finished) {
      stream.write(`  ${stage}: ${total.toLocaleString('en')}\n`);
    }
  };
}

export function accountsNotice(accounts: CreatedAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.email.length));
  return [
    '',
    '=== Demo accounts (one per role and office) ===',
    ...accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.oneTimePassword}`),
    'Each is a one-time password, shown only this once: at first sign-in Komar asks',
    'for a new password and (for every role but trainer) an authenticator app.',
    '',
  ].join('\n');
}

export const demoSeedCommand = (o: { scale: keyof typeof DEMO_SCALES }) =>
  withRuntime(async (rt) => {
    const counts = DEMO_SCALES[o.scale];
    say(
      `seeding ${o.scale} demo data: ${counts.reports.toLocaleString('en')} reports, ${counts.people.toLocaleString('en')} people, ` +
        `${counts.investigations.toLocaleString('en')} investigations, ${counts.clients.toLocaleString('en')} clients, ` +
        `${counts.events.toLocaleString('en')} events (all synthetic)`,
    );
    const result = await seedDemo(rt.ctx, o.scale, counts, progressOn(process.stderr));
    say(`demo data written in ${Math.round(result.seconds)} s`);
    process.stdout.write(`${accountsNotice(result.accounts)}\n`);
  });
