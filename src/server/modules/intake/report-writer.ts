import type { PublicReportBody } from '../../../shared/intake.ts';
import type { ReportChannel } from '../../../shared/reports.ts';
import type { Settings } from '../../../shared/settings.ts';
import type { Ctx } from '../../context.ts';
import { isUniqueViolation, type Tx } from '../../db/client.ts';
import { type Actor, recordAudit } from '../../platform/audit/audit.service.ts';
import { cachedSettings } from '../settings/settings.service.ts';
import { hashSecret, newReporterSecret, newTrackingCode } from './codes.ts';
import { reports, reportUrls } from './intake.table.ts';
import { normaliseUrl } from './urls.ts';

/** A report as any channel delivers it: the public contract's fields plus the channel. */
export type NewReport = Omit<PublicReportBody, 'website'> & { channel: ReportChannel };

export type PreparedReport = {
  trackingCode: string;
  /** Only for reports the reporter follows up themselves (public channel). */
  secret: string | null;
  /** Inserts the report, its URLs and its audit row with the caller's transaction; returns the id. */
  insert(tx: Tx, actor: Actor): Promise<string>;
};

/**
 * Encrypts a new report before any transaction opens (the CPU work stays out
 * of the database's critical section), and returns the insert to run inside
 * the caller's transaction. The one way every channel creates a report.
 */
export async function prepareReport(ctx: Ctx, input: NewReport, withSecret: boolean): Promise<PreparedReport> {
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
  return {
    trackingCode,
    secret,
    async insert(tx, actor) {
      const [report] = await tx
        .insert(reports)
        .values({
          trackingCode,
          secretHash: secret ? hashSecret(secret) : null,
          channel: input.channel,
          category: input.category,
          description,
          province: input.province ?? null,
          place,
          occurredOn: input.occurredOn ?? null,
          emergency,
          language: input.language ?? 'km',
          contact: contactEnc,
          receivedAt,
          ackDueAt,
        })
        .returning({ id: reports.id });
      if (!report) throw new Error('insert returned nothing');
      if (urls.length) {
        await tx.insert(reportUrls).values(urls.map((u, position) => ({ ...u, reportId: report.id, position })));
      }
      await recordAudit(tx, actor, {
        action: input.channel === 'web' ? 'report.submit' : 'report.create',
        recordType: 'report',
        recordId: report.id,
        detail: { channel: input.channel, category: input.category, emergency, urls: urls.length, anonymous: !contact },
      });
      return report.id;
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
