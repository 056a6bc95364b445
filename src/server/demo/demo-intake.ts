/**
 * Reports from every channel (public web form, hotline calls, email, walk-in,
 * informants, partners), in every triage state; the hotline's call log
 * (actionable calls became the phone reports, others did not); reported URLs
 * on reserved example domains (RFC 2606: never fetched, never real) with the
 * internet hotline's assessments and actions.
 */
import { randomBytes } from 'node:crypto';
import { CALL_ACTIONS, CALL_REASON_GROUPS, CALLER_TYPES, REASON_TO_CATEGORY } from '../../shared/calls.ts';
import { AGE_GROUPS, CONTENT_TYPES, URL_VERDICTS } from '../../shared/internet-hotline.ts';
import { KHMER_FAMILY_NAMES, KHMER_GIVEN_NAMES } from '../../shared/names/synthetic-people.ts';
import { PROVINCES } from '../../shared/provinces.ts';
import { REPORT_CATEGORIES } from '../../shared/report-codes.ts';
import { CLOSE_REASONS, type ReportChannel, type ReportStatus } from '../../shared/reports.ts';
import { calls } from '../modules/intake/calls.table.ts';
import { hashSecret } from '../modules/intake/codes.ts';
import { reportMessages, reports, reportUrls } from '../modules/intake/intake.table.ts';
import { urlActions, urlAssessments } from '../modules/intake/url-assessments.table.ts';
import { normaliseUrl } from '../modules/intake/urls.ts';
import { bulkInsert, inBatches, range } from './demo-batches.ts';
import { investigationFacts, investigationOfReport } from './demo-investigations.ts';
import { place, text } from './demo-texts.ts';
import { addDays, at, between, chance, dayIn, FIRST_DAY, notAfter, pick, some, type World } from './demo-world.ts';

/** Channel by position in a cycle of 20: half the web, three hotline calls, three with URLs (web too). */
function channelOf(r: number): { channel: ReportChannel; withUrls: boolean } {
  const k = r % 20;
  if (k < 10) return { channel: 'web', withUrls: false };
  if (k < 13) return { channel: 'phone', withUrls: false };
  const others: ReportChannel[] = ['email', 'walk_in', 'informant', 'partner_referral'];
  if (k < 17) return { channel: others[k - 13] as ReportChannel, withUrls: false };
  return { channel: 'web', withUrls: true };
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/**
 * A tracking code unique by construction: r times an odd number plus an
 * offset, modulo 2^40, is a permutation of the 40-bit codes (random ones
 * would collide about once in a million reports).
 */
function trackingCodeMaker(): (r: number) => string {
  const offset = BigInt(`0x${randomBytes(5).toString('hex')}`);
  const mask = (1n << 40n) - 1n;
  return (r) => {
    let v = (BigInt(r) * 0x9e3779b97n + offset) & mask;
    let out = '';
    for (let k = 0; k < 8; k++, v >>= 5n) out = ALPHABET[Number(v & 31n)] + out;
    return `${out.slice(0, 4)}-${out.slice(4)}`;
  };
}

/** Distinct reported URLs: several reports name the same page, as happens. */
export const urlCount = (w: World) => Math.max(20, Math.floor(w.counts.reports / 40));
const HOSTS = [
  'example.com',
  'example.net',
  'example.org',
  'media.example.com',
  'files.example.net',
  'chat.example.org',
];
const PATHS = ['gallery', 'video', 'forum', 'album', 'share', 'post', 'profile'];
export function demoUrl(u: number) {
  return normaliseUrl(`https://${HOSTS[u % HOSTS.length]}/${PATHS[u % PATHS.length]}/${u}`);
}

function reporterContact(r: number, rng: () => number) {
  const name = `${pick(rng, KHMER_FAMILY_NAMES).latin[0]} ${pick(rng, KHMER_GIVEN_NAMES).latin[0]}`;
  return chance(rng, 0.5) ? { name, email: `reporter${r}@example.org` } : { name };
}

export async function writeReports(w: World): Promise<void> {
  const { cipher } = w.ctx;
  const code = trackingCodeMaker();
  const urls = urlCount(w);
  const hotline = w.staff.phnom_penh.hotline as string;
  let urlReports = 0;
  await inBatches(w, 'reports', w.counts.reports, 2000, async (batch, start, end) => {
    const all = range(start, end).map((r) => {
      // Everything of report r comes from its own stream, so the batch size does not change the data.
      const rng = w.rng('report', r);
      const { channel, withUrls } = channelOf(r);
      const linkedTo = investigationOfReport(w, r);
      const inv = linkedTo === null ? null : investigationFacts(w, linkedTo);
      const day = inv ? addDays(inv.openedOn, -between(rng, 0, 14)) : dayIn(rng, FIRST_DAY, w.today, 1.3);
      const receivedAt = at(rng, day);
      const emergency = chance(rng, 0.03);
      const ageDays = (Date.parse(w.today) - Date.parse(day)) / 86_400_000;
      const status: ReportStatus = inv
        ? 'linked'
        : ageDays < 3
          ? pick(rng, ['new', 'new', 'triaged', 'assigned'] as const)
          : ageDays < 30
            ? pick(rng, ['triaged', 'assigned', 'in_review', 'closed'] as const)
            : pick(rng, ['closed', 'closed', 'closed', 'referred', 'in_review'] as const);
      const acknowledged = status !== 'new';
      const ackHours = emergency ? 0.2 : between(rng, 1, 30);
      const province = pick(rng, PROVINCES).code;
      const callReason = pick(rng, CALL_REASON_GROUPS.abuse);
      return {
        r,
        rng,
        channel,
        day,
        receivedAt,
        withUrls,
        callReason,
        row: {
          id: w.id('report', r),
          trackingCode: code(r),
          channel,
          category: withUrls
            ? 'online_content'
            : channel === 'phone'
              ? (REASON_TO_CATEGORY[callReason] ?? 'other')
              : pick(rng, REPORT_CATEGORIES),
          province,
          occurredOn: chance(rng, 0.6) ? addDays(day, -between(rng, 0, 30)) : null,
          emergency,
          language: chance(rng, 0.8) ? 'km' : 'en',
          status,
          officeCode:
            status === 'new' ? null : (inv?.office ?? pick(rng, ['phnom_penh', 'siem_reap', 'sihanoukville'] as const)),
          assigneeId: status === 'assigned' || status === 'in_review' ? hotline : null,
          receivedAt,
          ackDueAt: new Date(receivedAt.getTime() + (emergency ? 15 * 60_000 : 24 * 3_600_000)),
          acknowledgedAt: acknowledged ? new Date(receivedAt.getTime() + ackHours * 3_600_000) : null,
          closedAt: status === 'closed' ? new Date(receivedAt.getTime() + between(rng, 1, 20) * 86_400_000) : null,
          closeReason:
            status === 'closed'
              ? pick(
                  rng,
                  CLOSE_REASONS.filter((c) => c !== 'duplicate'),
                )
              : null,
          updatedAt: receivedAt,
        },
      };
    });
    bulkInsert(
      batch,
      reports,
      await Promise.all(
        all.map(async ({ r, rng, row, channel }) => {
          const anonymous = channel === 'web' ? chance(rng, 0.6) : channel === 'informant';
          return {
            ...row,
            secretHash: channel === 'web' ? hashSecret(randomBytes(13).toString('base64url')) : null,
            description: await cipher.encrypt(text(rng, 'report'), 'reports.description'),
            place: chance(rng, 0.7) ? await cipher.encrypt(place(rng, row.province), 'reports.place') : null,
            contact: anonymous
              ? null
              : await cipher.encrypt(JSON.stringify(reporterContact(r, rng)), 'reports.contact'),
          };
        }),
      ),
    );
    // URL reports: one or two addresses from the pool, so every distinct URL is reported at least once.
    const withUrls = all.filter((a) => a.withUrls);
    bulkInsert(
      batch,
      reportUrls,
      await Promise.all(
        withUrls.flatMap(({ r, rng }) => {
          const n = chance(rng, 0.3) ? 2 : 1;
          urlReports++;
          return range(0, n).map(async (position) => {
            const u = demoUrl((urlReports + position * 3) % urls);
            return {
              reportId: w.id('report', r),
              position,
              url: await cipher.encrypt(u.normalised, 'report_urls.url'),
              urlHash: cipher.keyedHash(u.normalised, 'report_urls.url'),
              host: u.host,
            };
          });
        }),
      ),
    );
    // A reporter's follow-up and the staff's answer on some web reports.
    const followed = all.filter(
      ({ channel, rng, row }) => channel === 'web' && row.status !== 'new' && chance(rng, 0.1),
    );
    bulkInsert(
      batch,
      reportMessages,
      await Promise.all(
        followed.flatMap(({ r, rng, receivedAt }) => [
          (async () => ({
            reportId: w.id('report', r),
            author: 'reporter',
            authorId: null,
            body: await cipher.encrypt(text(rng, 'report'), 'report_messages.body'),
            createdAt: new Date(receivedAt.getTime() + 86_400_000),
          }))(),
          (async () => ({
            reportId: w.id('report', r),
            author: 'staff',
            authorId: hotline,
            body: await cipher.encrypt(text(rng, 'outcome'), 'report_messages.body'),
            createdAt: new Date(receivedAt.getTime() + 2 * 86_400_000),
          }))(),
        ]),
      ),
    );
    // Hotline calls: each phone report came from one, and as many again were not actionable.
    const phone = all.filter((a) => a.channel === 'phone');
    bulkInsert(
      batch,
      calls,
      await Promise.all(
        phone.flatMap(({ r, rng, row, receivedAt, callReason }) => {
          const abuse = { reasons: [callReason as string], reportId: w.id('report', r) };
          const other = {
            reasons: [pick(rng, [...CALL_REASON_GROUPS.information, ...CALL_REASON_GROUPS.non_counselling])],
            reportId: null,
          };
          return [abuse, other].map(async (c, k) => {
            const startedAt = new Date(receivedAt.getTime() - (k === 0 ? 10 : 3 * 3_600_000) * 60_000);
            const silent = c.reasons[0] === 'silent' || c.reasons[0] === 'prank' || c.reasons[0] === 'wrong_number';
            return {
              operatorId: hotline,
              startedAt,
              endedAt: new Date(startedAt.getTime() + between(rng, 1, 25) * 60_000),
              callerType: silent ? 'anonymous' : pick(rng, CALLER_TYPES),
              language: row.language,
              reasons: c.reasons,
              summary: silent ? null : await cipher.encrypt(text(rng, 'call'), 'calls.summary'),
              province: silent ? null : row.province,
              place: k === 0 && chance(rng, 0.5) ? await cipher.encrypt(place(rng, row.province), 'calls.place') : null,
              urgency: k === 0 ? (row.emergency ? 'emergency' : pick(rng, ['high', 'normal'] as const)) : 'low',
              actionsTaken: silent ? [] : some(rng, CALL_ACTIONS, 2),
              reportId: c.reportId,
              createdAt: startedAt,
            };
          });
        }),
      ),
    );
  });
  await writeUrlAssessments(w, urls);
}

/** Seven URLs in ten assessed (by a hotline analyst); the illegal ones acted on. */
async function writeUrlAssessments(w: World, urls: number): Promise<void> {
  const { cipher } = w.ctx;
  const analyst = w.staff.phnom_penh.hotline as string;
  const hotlinesAbroad = w.partners.hotline_abroad ?? [];
  await inBatches(w, 'URL assessments', urls, 1000, async (batch, start, end) => {
    const all = range(start, end)
      .filter((u) => u % 10 < 7)
      .map((u) => {
        const rng = w.rng('url', u);
        const url = demoUrl(u);
        const verdict = pick(rng, [...URL_VERDICTS, 'illegal_cambodia', 'interpol_baseline']);
        const day = dayIn(rng, FIRST_DAY, w.today, 1.3);
        return { u, rng, url, verdict, day, urlHash: cipher.keyedHash(url.normalised, 'report_urls.url') };
      });
    bulkInsert(
      batch,
      urlAssessments,
      await Promise.all(
        all.map(async ({ rng, verdict, day, urlHash }) => {
          const illegal = verdict === 'illegal_cambodia' || verdict === 'interpol_baseline';
          return {
            urlHash,
            verdict,
            contentType: verdict === 'cannot_assess' ? null : pick(rng, CONTENT_TYPES),
            ageGroup: illegal ? pick(rng, AGE_GROUPS) : null,
            severity: illegal ? between(rng, 1, 5) : null,
            hostingCountry: pick(rng, ['US', 'NL', 'DE', 'FR', 'SG', null]),
            hostingProvider: pick(rng, ['Example Hosting (demo)', 'Demo Cloud Ltd', null]),
            notes: chance(rng, 0.6) ? await cipher.encrypt(text(rng, 'urlNote'), 'url_assessments.notes') : null,
            assessedBy: analyst,
            assessedAt: at(rng, day),
          };
        }),
      ),
    );
    bulkInsert(
      batch,
      urlActions,
      all
        .filter(({ verdict }) => verdict === 'illegal_cambodia' || verdict === 'interpol_baseline')
        .flatMap(({ rng, day, urlHash }) => [
          {
            urlHash,
            action: 'notice_to_host',
            recipient: 'Example Hosting (demo) abuse desk',
            partnerId: null,
            on: addDays(day, 1),
            byUserId: analyst,
          },
          ...(hotlinesAbroad.length && chance(rng, 0.5)
            ? [
                {
                  urlHash,
                  action: 'forwarded_to_hotline',
                  recipient: null,
                  partnerId: pick(rng, hotlinesAbroad),
                  on: addDays(day, 2),
                  byUserId: analyst,
                },
              ]
            : []),
          ...(chance(rng, 0.6)
            ? [
                {
                  urlHash,
                  action: 'removed',
                  recipient: null,
                  partnerId: null,
                  on: addDays(day, between(rng, 3, 20)),
                  byUserId: analyst,
                },
              ]
            : []),
        ])
        .map((a) => ({ ...a, on: notAfter(a.on, w.today) })),
    );
  });
}
