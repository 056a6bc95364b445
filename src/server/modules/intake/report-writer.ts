import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { PublicReportBody } from '../../../shared/intake.ts';
import type { ReportChannel } from '../../../shared/reports.ts';
import type { Settings } from '../../../shared/settings.ts';
import type { Ctx } from '../../context.ts';
import { type Executor, executePrepared, isUniqueViolation, rowsOf } from '../../db/client.ts';
import type { Actor } from '../../platform/audit/audit.service.ts';
import { cachedSettings } from '../settings/settings.service.ts';
import { hashSecret, newReporterSecret, newTrackingCode } from './codes.ts';
import { normaliseUrl } from './urls.ts';

/** A report as any channel delivers it: the public contract's fields plus the channel. */
export type NewReport = Omit<PublicReportBody, 'website'> & { channel: ReportChannel };

/** Stores the idempotency record in the same statement (public API retries). */
export type IdempotencyRecord = { keyHash: string; requestHash: string; encryptedSecret: string };

export type PreparedReport = {
  trackingCode: string;
  /** Only for reports the reporter follows up themselves (public channel). */
  secret: string | null;
  /**
   * Inserts the report, its URLs, its audit row (and its idempotency record)
   * in ONE statement: atomic on its own or inside the caller's transaction,
   * and one round trip, which is what lets intake keep up with a flood of
   * reports. Returns the id, or null when the idempotency key was already
   * taken (then nothing at all was written).
   */
  insert(db: Executor, actor: Actor, idempotency?: IdempotencyRecord): Promise<string | null>;
};

/**
 * Encrypts a new report before any transaction opens (the CPU work stays out
 * of the database's critical section), and returns the insert to run. The one
 * way every channel creates a report.
 */
export async function prepareReport(ctx: Ctx, input: NewReport, withSecret: boolean): Promise<PreparedReport> {
  const id = randomUUID();
  const trackingCode = newTrackingCode();
  const secret = withSecret ? newReporterSecret() : null;
  const receivedAt = ctx.now();
  const emergency = input.emergency ?? false;
  const ackDueAt = acknowledgementDue(receivedAt, emergency, await cachedSettings(ctx.db));
  const contact = cleanContact(input.contact);
  const [description, place, contactEnc, urls] = await Promise.all([
    ctx.cipher.encrypt(input.description, 'reports.description'),
    input.place ? ctx.cipher.encrypt(input.place, 'reports.place') : null,
    contact ? ctx.cipher.encrypt(JSON.stringify(contact), 'reports.contact') : null,
    Promise.all((input.urls ?? []).map((u) => encryptUrl(ctx, u))),
  ]);
  const audit = {
    at: receivedAt,
    action: input.channel === 'web' ? 'report.submit' : 'report.create',
    detail: { channel: input.channel, category: input.category, emergency, urls: urls.length, anonymous: !contact },
  };
  return {
    trackingCode,
    secret,
    async insert(db, actor, idem) {
      const actorId = 'userId' in actor ? actor.userId : null;
      const actorLabel = 'userId' in actor ? 'user' : actor.label;
      const rows = urls.map((u, position) => ({ position, url: u.url, url_hash: u.urlHash, host: u.host }));
      // One statement text whatever the input (no key, no URLs: empty parameters), so that PostgreSQL
      // parses and plans it once per connection: a named prepared statement. With a key, the report is
      // written only if the key row was new, so a concurrent retry writes nothing.
      const result = await executePrepared(
        db,
        'komar_insert_report',
        sql`
        with k as (insert into idempotency_keys (key_hash, request_hash, report_id, secret)
                   select ${idem?.keyHash ?? null}::text, ${idem?.requestHash ?? null}::text, ${id}::uuid, ${idem?.encryptedSecret ?? null}::text
                   where ${idem?.keyHash ?? null}::text is not null
                   on conflict do nothing returning key_hash),
        r as (insert into reports (id, tracking_code, secret_hash, channel, category, description, province, place,
                occurred_on, emergency, language, contact, received_at, ack_due_at)
              select ${id}::uuid, ${trackingCode}::text, ${secret ? hashSecret(secret) : null}::text, ${input.channel}::text,
                ${input.category}::text, ${description}::text, ${input.province ?? null}::text, ${place}::text,
                ${input.occurredOn ?? null}::date, ${emergency}::boolean, ${input.language ?? 'km'}::text, ${contactEnc}::text,
                ${receivedAt}::timestamptz, ${ackDueAt}::timestamptz
              where ${idem?.keyHash ?? null}::text is null or exists (select 1 from k)
              returning id),
        u as (insert into report_urls (report_id, position, url, url_hash, host)
              select r.id, v.position, v.url, v.url_hash, v.host
              from r, jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(position int, url text, url_hash text, host text)),
        a as (insert into audit_log (at, actor_id, actor_label, action, record_type, record_id, detail)
              select ${audit.at}::timestamptz, ${actorId}::uuid, ${actorLabel}::text, ${audit.action}::text, 'report', r.id::text,
                ${JSON.stringify(audit.detail)}::jsonb from r)
        select id from r`,
      );
      return rowsOf<{ id: string }>(result)[0]?.id ?? null;
    },
  };
}

/** Runs `attempt` again when a fresh tracking code collided with an existing one (about 1 in 10^12). */
export async function retryOnCodeCollision<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!isUniqueViolation(err) || i >= 3) throw err;
    }
  }
}

/** Emergencies must be acknowledged within minutes, others within hours (both are settings). */
export function acknowledgementDue(receivedAt: Date, emergency: boolean, s: Settings): Date {
  const ms = emergency ? s.ackMinutesEmergency * 60_000 : s.ackHoursNormal * 3_600_000;
  return new Date(receivedAt.getTime() + ms);
}

async function encryptUrl(ctx: Ctx, raw: string) {
  const u = normaliseUrl(raw);
  return {
    url: await ctx.cipher.encrypt(u.normalised, 'report_urls.url'),
    urlHash: ctx.cipher.keyedHash(u.normalised, 'report_urls.url'),
    host: u.host,
  };
}

function cleanContact(contact: PublicReportBody['contact']) {
  const entries = Object.entries(contact ?? {}).filter(([, v]) => v && v.trim() !== '');
  return entries.length ? Object.fromEntries(entries) : null;
}
