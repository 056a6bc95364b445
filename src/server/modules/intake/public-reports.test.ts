import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { reportMessages, reports, reportUrls } from './intake.table.ts';

let t: TestApp;
let anon: TestClient;
beforeAll(async () => {
  t = await openTestApp();
  anon = t.client();
});
afterAll(() => t.close());

const khmer = 'ក្មេងស្រីម្នាក់ត្រូវបានគេនាំទៅផ្ទះជនបរទេស';
const valid = {
  category: 'sexual_abuse',
  description: `${khmer} — synthetic test text`,
  province: 'siem_reap',
  place: 'near the market',
  occurredOn: '2026-11-01',
  emergency: false,
  language: 'km',
  contact: { name: 'Test Reporter', phone: '012 000 000', email: '' },
};
/** Each post comes from another client: the per-client rate limit is tested elsewhere. */
const post = (body: unknown, headers: Record<string, string> = {}) =>
  t.client().request({ method: 'POST', url: '/api/public/reports', payload: body as object, headers, csrf: false });
const countReports = async () => (await t.database.db.select({ id: reports.id }).from(reports)).length;

describe('POST /api/public/reports', () => {
  it('answers 201 with a tracking code and a secret, and stores the text encrypted', async () => {
    const res = await post(valid);
    expect(res.statusCode).toBe(201);
    const { trackingCode, secret } = res.json();
    expect(Object.keys(res.json()).sort()).toEqual(['secret', 'trackingCode']);
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(secret).toMatch(/^[0-9A-Z]{20}$/);
    const [row] = await t.database.db.select().from(reports).where(eq(reports.trackingCode, trackingCode));
    expect(row).toMatchObject({
      channel: 'web',
      category: 'sexual_abuse',
      province: 'siem_reap',
      status: 'new',
      emergency: false,
    });
    expect(row?.description).not.toContain('synthetic');
    expect(await t.ctx.cipher.decrypt(row?.description ?? '', 'reports.description')).toBe(valid.description);
    expect(JSON.parse(await t.ctx.cipher.decrypt(row?.contact ?? '', 'reports.contact'))).toEqual({
      name: 'Test Reporter',
      phone: '012 000 000',
    });
    expect(row?.ackDueAt.getTime()).toBe((row?.receivedAt.getTime() ?? 0) + 24 * 3600_000);
  });

  it('takes an anonymous emergency with only category and description', async () => {
    const res = await post({ category: 'trafficking', description: 'x', emergency: true });
    expect(res.statusCode).toBe(201);
    const [row] = await t.database.db.select().from(reports).where(eq(reports.trackingCode, res.json().trackingCode));
    expect(row).toMatchObject({ contact: null, emergency: true, language: 'km' });
    expect(row?.ackDueAt.getTime()).toBe((row?.receivedAt.getTime() ?? 0) + 15 * 60_000);
  });

  it('keeps URLs of online content normalised, hashed and encrypted, never fetched', async () => {
    const res = await post({
      category: 'online_content',
      description: 'a page',
      urls: ['HTTPS://Example.org:443/a#x', 'http://user@evil.example/b'],
    });
    expect(res.statusCode).toBe(201);
    const [row] = await t.database.db.select().from(reports).where(eq(reports.trackingCode, res.json().trackingCode));
    const urls = await t.database.db
      .select()
      .from(reportUrls)
      .where(eq(reportUrls.reportId, row?.id ?? ''));
    expect(urls.map((u) => u.host)).toEqual(['example.org', 'evil.example']);
    expect(await t.ctx.cipher.decrypt(urls[0]?.url ?? '', 'report_urls.url')).toBe('https://example.org/a');
    expect(urls[0]?.urlHash).toBe(t.ctx.cipher.keyedHash('https://example.org/a', 'report_urls.url'));
  });

  it('answers 400 with field paths and stores nothing', async () => {
    const before = await countReports();
    const cases: [unknown, Record<string, string | RegExp>][] = [
      [{ description: 'x' }, { category: /category/ }],
      [{ ...valid, description: '' }, { description: 'required' }],
      [{ ...valid, description: 'x'.repeat(20_001) }, { description: /20000/ }],
      [{ category: 'online_content', description: 'x' }, { urls: /at least one/ }],
      [{ category: 'online_content', description: 'x', urls: [] }, { urls: /at least one/ }],
      [
        { category: 'online_content', description: 'x', urls: ['https://ok.example', 'javascript:alert(1)'] },
        { 'urls.1': /http/ },
      ],
      [{ ...valid, urls: Array.from({ length: 51 }, (_, i) => `https://e.example/${i}`) }, { urls: /50/ }],
      [{ ...valid, province: 'paris' }, { province: /province/ }],
      [{ ...valid, occurredOn: '2026-13-01' }, { occurredOn: /date/ }],
      [{ ...valid, photo: 'base64...' }, { photo: 'unknown field' }],
      [{ ...valid, contact: { name: 'x', address: 'y' } }, { 'contact.address': 'unknown field' }],
    ];
    for (const [body, fields] of cases) {
      const res = await post(body);
      expect(res.statusCode, JSON.stringify(fields)).toBe(400);
      expect(res.json().error).toBe('validation');
      for (const [path, message] of Object.entries(fields)) expect(res.json().fields[path], path).toMatch(message);
    }
    expect(await countReports()).toBe(before);
  });

  it('refuses files and other content types with 415', async () => {
    const multipart = await anon.request({
      method: 'POST',
      url: '/api/public/reports',
      payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\nxx\r\n--b--',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      csrf: false,
    });
    expect(multipart.statusCode).toBe(415);
    const image = await anon.request({
      method: 'POST',
      url: '/api/public/reports',
      payload: 'xx',
      headers: { 'content-type': 'image/jpeg' },
      csrf: false,
    });
    expect(image.statusCode).toBe(415);
  });

  it('gives a retry with the same Idempotency-Key the same answer and creates nothing', async () => {
    const before = await countReports();
    const headers = { 'idempotency-key': 'retry-test-1' };
    const first = await post(valid, headers);
    const again = await post(valid, headers);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    const concurrent = await Promise.all(
      [1, 2, 3, 4].map(() => post({ ...valid, place: 'elsewhere' }, { 'idempotency-key': 'retry-test-2' })),
    );
    expect(new Set(concurrent.map((r) => r.json().trackingCode)).size).toBe(1);
    expect(await countReports()).toBe(before + 2);
    const reused = await post({ ...valid, description: 'different' }, headers);
    expect(reused.statusCode).toBe(409);
  });

  it('stores nothing when the honeypot field is filled, yet answers like a success', async () => {
    const before = await countReports();
    const res = await post({ ...valid, website: 'http://spam.example' });
    expect(res.statusCode).toBe(201);
    expect(await countReports()).toBe(before);
  });

  it('limits submissions per client', async () => {
    const one = t.client();
    const codes: number[] = [];
    for (let i = 0; i < 22; i++) {
      codes.push(
        (await one.request({ method: 'POST', url: '/api/public/reports', payload: valid, csrf: false })).statusCode,
      );
    }
    expect(codes.slice(0, 20)).toEqual(Array(20).fill(201));
    expect(codes.slice(20)).toEqual([429, 429]);
    anon = one; // the next test checks that this client's address was stored nowhere
  });

  it('stores no client address anywhere', async () => {
    expect(
      (await anon.request({ method: 'POST', url: '/api/public/reports', payload: valid, csrf: false })).statusCode,
    ).toBe(429);
    const fresh = t.client();
    expect(
      (await fresh.request({ method: 'POST', url: '/api/public/reports', payload: valid, csrf: false })).statusCode,
    ).toBe(201);
    const columns = rowsOf<{ table_name: string; column_name: string }>(
      await t.database.db.execute(sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'jsonb', 'inet')`),
    );
    for (const { table_name, column_name } of columns) {
      const [hit] = rowsOf<{ n: number }>(
        await t.database.db.execute(
          sql`select count(*)::int as n from ${sql.identifier(table_name)}
              where ${sql.identifier(column_name)}::text like ${`%${fresh.remoteAddress}%`}
                 or ${sql.identifier(column_name)}::text like ${`%${anon.remoteAddress}%`}`,
        ),
      );
      expect(hit?.n, `${table_name}.${column_name}`).toBe(0);
    }
  });
});

describe('following a report up with its code and secret', () => {
  it('shows the status and nothing more', async () => {
    const { trackingCode, secret } = (await post(valid)).json();
    const res = await anon.request({
      method: 'GET',
      url: `/api/public/reports/${trackingCode}`,
      headers: { 'x-report-secret': secret },
    });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['receivedAt', 'status', 'trackingCode']);
    expect(res.json()).toMatchObject({ trackingCode, status: 'received' });
    expect(new Date(res.json().receivedAt).toISOString()).toBe(res.json().receivedAt);
    // People type codes loosely: lower case, no dash, O for 0.
    const loose = trackingCode.toLowerCase().replace('-', '').replaceAll('0', 'o');
    const typed = await anon.request({
      method: 'GET',
      url: `/api/public/reports/${loose}`,
      headers: { 'x-report-secret': secret.toLowerCase() },
    });
    expect(typed.statusCode).toBe(200);
    for (const [status, shown] of [
      ['in_review', 'in_review'],
      ['referred', 'in_review'],
      ['assigned', 'received'],
      ['closed', 'closed'],
    ]) {
      await t.database.db.update(reports).set({ status }).where(eq(reports.trackingCode, trackingCode));
      const r = await anon.request({
        method: 'GET',
        url: `/api/public/reports/${trackingCode}`,
        headers: { 'x-report-secret': secret },
      });
      expect(r.json().status).toBe(shown);
    }
  });

  it('answers 404 for a wrong secret, a wrong code or no secret alike', async () => {
    const { trackingCode, secret } = (await post(valid)).json();
    const answers = await Promise.all([
      anon.request({
        method: 'GET',
        url: `/api/public/reports/${trackingCode}`,
        headers: { 'x-report-secret': 'WRONG' },
      }),
      anon.request({ method: 'GET', url: '/api/public/reports/ZZZZ-ZZZZ', headers: { 'x-report-secret': secret } }),
      anon.request({ method: 'GET', url: `/api/public/reports/${trackingCode}` }),
      anon.request({ method: 'GET', url: '/api/public/reports/not-a-code', headers: { 'x-report-secret': secret } }),
    ]);
    for (const a of answers) {
      expect(a.statusCode).toBe(404);
      expect(a.json()).toEqual(answers[0]?.json());
    }
  });

  it('adds information with the secret, stored encrypted', async () => {
    const { trackingCode, secret } = (await post(valid)).json();
    const url = `/api/public/reports/${trackingCode}/messages`;
    const res = await anon.request({
      method: 'POST',
      url,
      payload: { message: `${khmer} again` },
      headers: { 'x-report-secret': secret },
      csrf: false,
    });
    expect(res.statusCode).toBe(201);
    const wrong = await anon.request({
      method: 'POST',
      url,
      payload: { message: 'x' },
      headers: { 'x-report-secret': 'nope' },
      csrf: false,
    });
    expect(wrong.statusCode).toBe(404);
    const empty = await anon.request({
      method: 'POST',
      url,
      payload: { message: ' ' },
      headers: { 'x-report-secret': secret },
      csrf: false,
    });
    expect(empty.json().fields).toEqual({ message: 'required' });
    const [report] = await t.database.db.select().from(reports).where(eq(reports.trackingCode, trackingCode));
    const messages = await t.database.db
      .select()
      .from(reportMessages)
      .where(eq(reportMessages.reportId, report?.id ?? ''));
    expect(messages).toHaveLength(1);
    expect(await t.ctx.cipher.decrypt(messages[0]?.body ?? '', 'report_messages.body')).toBe(`${khmer} again`);
  });
});
