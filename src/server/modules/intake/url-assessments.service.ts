import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { ILLEGAL_VERDICTS, suggestCountry } from '../../../shared/internet-hotline.ts';
import type { Ctx } from '../../context.ts';
import { rowsOf } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { userNames } from '../accounts/users.service.ts';
import { findPartner } from '../partners/partners.service.ts';
import { partners } from '../partners/partners.table.ts';
import { reports, reportUrls } from './intake.table.ts';
import type * as schema from './url-assessments.schema.ts';
import { urlActions, urlAssessments } from './url-assessments.table.ts';
import { defang } from './urls.ts';

type Analyst = { userId: string };
type UrlRow = { hash: string; url: string; host: string; first_at: Date | string; n: number; verdict: string | null };

async function toItem(ctx: Ctx, r: UrlRow): Promise<z.infer<typeof schema.urlItem>> {
  return {
    hash: r.hash,
    defanged: defang(await ctx.cipher.decrypt(r.url, 'report_urls.url')),
    host: r.host,
    firstReportedAt: new Date(r.first_at).toISOString(),
    reportCount: Number(r.n),
    verdict: r.verdict as z.infer<typeof schema.urlItem>['verdict'],
    suggestedCountry: suggestCountry(r.host),
  };
}

/** Distinct reported URLs, oldest first: the work list of the internet hotline. */
export async function listUrls(ctx: Ctx, q: z.infer<typeof schema.urlListQuery>) {
  const filter =
    q.status === 'unassessed'
      ? sql`where a.url_hash is null`
      : q.status === 'assessed'
        ? sql`where a.url_hash is not null`
        : sql``;
  const rows = rowsOf<UrlRow>(
    await ctx.db.execute(sql`
      select u.url_hash as hash, (array_agg(u.url order by u.id))[1] as url, min(u.host) as host,
             min(r.received_at) as first_at, count(*)::int as n, min(a.verdict) as verdict
      from report_urls u
      join reports r on r.id = u.report_id
      left join url_assessments a on a.url_hash = u.url_hash
      ${filter}
      group by u.url_hash
      order by min(r.received_at), u.url_hash
      limit ${q.limit} offset ${q.offset}`),
  );
  return Promise.all(rows.map((r) => toItem(ctx, r)));
}

export async function getUrl(ctx: Ctx, hash: string): Promise<z.infer<typeof schema.urlDetail>> {
  const [row] = rowsOf<UrlRow>(
    await ctx.db.execute(sql`
      select u.url_hash as hash, (array_agg(u.url order by u.id))[1] as url, min(u.host) as host,
             min(r.received_at) as first_at, count(*)::int as n, min(a.verdict) as verdict
      from report_urls u join reports r on r.id = u.report_id left join url_assessments a on a.url_hash = u.url_hash
      where u.url_hash = ${hash} group by u.url_hash`),
  );
  if (!row) throw notFound();
  const [a] = await ctx.db.select().from(urlAssessments).where(eq(urlAssessments.urlHash, hash));
  const linked = await ctx.db
    .selectDistinct({ id: reports.id, trackingCode: reports.trackingCode, receivedAt: reports.receivedAt })
    .from(reportUrls)
    .innerJoin(reports, eq(reports.id, reportUrls.reportId))
    .where(eq(reportUrls.urlHash, hash))
    .orderBy(asc(reports.receivedAt));
  const actions = await ctx.db
    .select({ action: urlActions, partnerName: partners.name })
    .from(urlActions)
    .leftJoin(partners, eq(partners.id, urlActions.partnerId))
    .where(eq(urlActions.urlHash, hash))
    .orderBy(asc(urlActions.on), asc(urlActions.id));
  const names = await userNames(ctx, [...(a ? [a.assessedBy] : []), ...actions.map((x) => x.action.byUserId)]);
  const nameOf = (id: string) => names.get(id) ?? id;
  return {
    ...(await toItem(ctx, row)),
    assessment: a
      ? {
          verdict: a.verdict as z.infer<typeof schema.assessmentBody>['verdict'],
          contentType: a.contentType,
          ageGroup: a.ageGroup,
          severity: a.severity,
          hostingCountry: a.hostingCountry,
          hostingProvider: a.hostingProvider,
          notes: a.notes ? await ctx.cipher.decrypt(a.notes, 'url_assessments.notes') : null,
          assessedBy: a.assessedBy,
          assessedByName: nameOf(a.assessedBy),
          assessedAt: a.assessedAt.toISOString(),
        }
      : null,
    reports: linked.map((l) => ({ ...l, receivedAt: l.receivedAt.toISOString() })),
    actions: actions.map(({ action: x, partnerName }) => ({
      action: x.action as z.infer<typeof schema.actionBody>['action'],
      on: x.on,
      recipient: x.recipient,
      partnerId: x.partnerId,
      partnerName,
      byUserId: x.byUserId,
      byName: nameOf(x.byUserId),
    })),
  };
}

/** Records (or revises) the assessment of a URL; every report of the same URL shares it. */
export async function assessUrl(
  ctx: Ctx,
  analyst: Analyst,
  hash: string,
  input: z.infer<typeof schema.assessmentBody>,
) {
  await getUrl(ctx, hash); // 404 for a URL nobody reported
  const values = {
    verdict: input.verdict,
    contentType: input.contentType ?? null,
    ageGroup: input.ageGroup ?? null,
    severity: input.severity ?? null,
    hostingCountry: input.hostingCountry ?? null,
    hostingProvider: input.hostingProvider ?? null,
    notes: input.notes ? await ctx.cipher.encrypt(input.notes, 'url_assessments.notes') : null,
    assessedBy: analyst.userId,
    assessedAt: ctx.now(),
  };
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(urlAssessments)
      .values({ urlHash: hash, ...values })
      .onConflictDoUpdate({ target: urlAssessments.urlHash, set: values });
    await recordAudit(tx, analyst, {
      action: 'url.assess',
      recordType: 'url',
      recordId: hash,
      detail: { verdict: input.verdict, hostingCountry: values.hostingCountry },
    });
  });
  return getUrl(ctx, hash);
}

export async function addUrlAction(ctx: Ctx, analyst: Analyst, hash: string, input: z.infer<typeof schema.actionBody>) {
  await getUrl(ctx, hash);
  await ctx.db.transaction(async (tx) => {
    if (input.partnerId) {
      const partner = await findPartner(tx, input.partnerId);
      const wanted = input.action === 'forwarded_to_hotline' ? 'hotline_abroad' : partner?.kind;
      if (!partner?.active || partner.kind !== wanted) {
        throw invalid({
          partnerId:
            wanted === 'hotline_abroad' ? 'not an active hotline abroad in the directory' : 'not an active partner',
        });
      }
    }
    await tx.insert(urlActions).values({
      urlHash: hash,
      action: input.action,
      on: input.on,
      recipient: input.recipient ?? null,
      partnerId: input.partnerId ?? null,
      byUserId: analyst.userId,
    });
    await recordAudit(tx, analyst, {
      action: 'url.action',
      recordType: 'url',
      recordId: hash,
      detail: { action: input.action, on: input.on, partnerId: input.partnerId ?? null },
    });
  });
  return getUrl(ctx, hash);
}

type FigureRow = { country: string | null; assessed: number; illegal: number; median: number | string | null };

/**
 * The internet hotline's figures: URLs assessed, the share found illegal, and
 * the median days from the first report to removal, in total and by hosting
 * country. `from`/`to` select by assessment date.
 */
export async function urlFigures(ctx: Ctx, q: z.infer<typeof schema.figuresQuery>) {
  const range = sql`${q.from ? sql`and a.assessed_at >= ${q.from}::date` : sql``} ${q.to ? sql`and a.assessed_at < ${q.to}::date + 1` : sql``}`;
  const rows = rowsOf<FigureRow>(
    await ctx.db.execute(sql`
      with firsts as (
        select u.url_hash, min(r.received_at) as first_at
        from report_urls u join reports r on r.id = u.report_id group by u.url_hash),
      removals as (select url_hash, min("on") as removed_on from url_actions where action = 'removed' group by url_hash)
      select grouping(a.hosting_country) = 1 as is_total, a.hosting_country as country,
             count(*)::int as assessed,
             count(*) filter (where a.verdict in (${sql.join(
               ILLEGAL_VERDICTS.map((v) => sql`${v}`),
               sql`, `,
             )}))::int as illegal,
             percentile_cont(0.5) within group (order by (m.removed_on - f.first_at::date)) as median
      from url_assessments a
      join firsts f on f.url_hash = a.url_hash
      left join removals m on m.url_hash = a.url_hash
      where true ${range}
      group by rollup (a.hosting_country)
      order by is_total desc, assessed desc, country`),
  );
  const shape = (r: FigureRow) => ({
    assessed: r.assessed,
    illegal: r.illegal,
    illegalPercent: r.assessed ? Math.round((1000 * r.illegal) / r.assessed) / 10 : 0,
    medianDaysToRemoval: r.median === null ? null : Number(r.median),
  });
  const [total, ...countries] = rows as (FigureRow & { is_total: boolean })[];
  return {
    total: total?.is_total ? shape(total) : { assessed: 0, illegal: 0, illegalPercent: 0, medianDaysToRemoval: null },
    byCountry: countries.map((r) => ({ country: r.country, ...shape(r) })),
  };
}
