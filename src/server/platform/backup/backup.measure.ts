/**
 * Fills the database of the environment (KOMAR_DATA_DIR / DATABASE_URL, as
 * the `komar` command reads them) with a large synthetic load for measuring
 * `komar backup create` and `restore`: ROWS/2 reports whose free text is
 * ciphertext-like (random, so it compresses as real encrypted fields do) and
 * ROWS/2 sealed audit entries. Run: `npx tsx src/server/platform/backup/backup.measure.ts 200000`,
 * then time the commands (docs/backup.md gives the figures and how they were taken).
 */
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../config.ts';
import { openRuntime } from '../../runtime.ts';
import { sealAudit } from '../audit/audit.sealer.ts';

const rows = Number(process.argv[2] ?? 200_000);
const half = Math.floor(rows / 2);
const rt = await openRuntime(loadConfig(), (m) => process.stderr.write(`${m}\n`));
try {
  const started = Date.now();
  // 96 random-looking bytes in base64: the size and entropy of a short encrypted note.
  const noise = (salt: string) =>
    `'k1.1.' || encode(decode(md5(i::text || '${salt}1') || md5(i::text || '${salt}2') || md5(i::text || '${salt}3') || md5(i::text || '${salt}4') || md5(i::text || '${salt}5') || md5(i::text || '${salt}6'), 'hex'), 'base64')`;
  await rt.database.db.execute(
    sql.raw(`
    insert into reports (tracking_code, channel, category, description, province, place, occurred_on,
                         emergency, contact, status, office_code, received_at, ack_due_at)
    select 'M' || lpad(i::text, 8, '0'), 'web', 'sexual_abuse', ${noise('d')}, 'siem_reap', ${noise('p')},
           date '2020-01-01' + (i % 2000), i % 7 = 0, ${noise('c')}, 'new', 'siem_reap',
           timestamptz '2020-01-01 00:00:00.123456+00' + i * interval '1 minute',
           timestamptz '2020-01-02 00:00:00+00' + i * interval '1 minute'
    from generate_series(1, ${half}) as i`),
  );
  await rt.database.db.execute(
    sql.raw(`
    insert into audit_log (at, actor_label, action, record_type, record_id, detail)
    select timestamptz '2020-01-01 00:00:00+00' + i * interval '1 second', 'system', 'report.update', 'report',
           i::text, jsonb_build_object('fields', jsonb_build_array('status'), 'n', i)
    from generate_series(1, ${rows - half}) as i`),
  );
  const sealed = await sealAudit(rt.database.db);
  process.stderr.write(`${half} reports and ${sealed} sealed audit entries in ${(Date.now() - started) / 1000} s\n`);
} finally {
  await rt.close();
}
