import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let manager: TestClient;
beforeAll(async () => {
  t = await openTestApp();
  manager = (await t.signedIn(['manager'])).client;
});
afterAll(() => t.close());

const upload = (client: TestClient, kind: string, csv: string, query = '', type = 'text/csv; charset=utf-8') =>
  client.request({
    method: 'POST',
    url: `/api/imports/${kind}${query}`,
    payload: csv,
    headers: { 'content-type': type },
  });

const FILE = 'ref,opened_on,office\nW-1,2016-01-02,phnom_penh\nW-2,2016-03-04,\n';

describe('import upload', () => {
  it('checks first (dry run), then writes the same file, answering the same report as the command line', async () => {
    const dry = await upload(manager, 'investigations', FILE, '?dryRun=true');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ rows: 2, written: false, errorCount: 0, counts: { created: 2 } });
    const done = await upload(manager, 'investigations', FILE);
    expect(done.json()).toMatchObject({ written: true, counts: { created: 2, updated: 0, unchanged: 0 } });
    expect((await upload(manager, 'investigations', FILE)).json().counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('answers bad rows with line numbers and writes nothing', async () => {
    const bad = await upload(manager, 'victims', 'ref,investigation_ref,rescued_on\nV-1,W-1,2016-02-30\nV-2,W-9,\n');
    expect(bad.statusCode).toBe(200);
    expect(bad.json()).toMatchObject({
      written: false,
      errorCount: 2,
      errors: [
        { line: 2, column: 'rescued_on', reason: 'not a date (use YYYY-MM-DD)' },
        { line: 3, column: 'investigation_ref', reason: 'no investigation has this ref' },
      ],
    });
  });

  it('refuses other content types, unknown kinds, and users without the right', async () => {
    expect((await upload(manager, 'investigations', '{"ref":1}', '', 'application/json')).statusCode).toBe(415);
    expect((await upload(manager, 'suspects', FILE)).statusCode).toBe(400);
    const investigator = (await t.signedIn(['investigator'])).client;
    expect((await upload(investigator, 'investigations', FILE)).statusCode).toBe(403);
  });
});
