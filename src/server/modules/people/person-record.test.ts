import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let investigator: TestClient;
let investigation: string;
let personId: string;
let involvementId: string;
const today = () => t.clock.now().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await openTestApp();
  investigator = (await t.signedIn(['investigator'], 'sihanoukville')).client;
  investigation = (
    await investigator.post('/api/investigations', { officeCode: 'sihanoukville', openedOn: today() })
  ).json().id;
  const detail = (
    await investigator.post(`/api/investigations/${investigation}/people`, {
      role: 'perpetrator',
      person: { latinName: 'Synthetic Traveller', gender: 'male', nationality: 'AU', birthYear: 1958 },
    })
  ).json();
  ({ personId, involvementId } = detail.people[0]);
});
afterAll(() => t.close());

describe('a person record', () => {
  it('shows every role in visible investigations, and reading a named record is audited', async () => {
    const person = (await investigator.get(`/api/people/${personId}`)).json();
    expect(person).toMatchObject({
      displayName: 'Synthetic Traveller',
      nationality: 'AU',
      involvements: [{ role: 'perpetrator', investigation: { id: investigation }, arrestedOn: null }],
    });
    const [viewed] = rowsOf<{ n: number }>(
      await t.ctx.db.execute(
        sql`select count(*)::int as n from audit_log where action = 'person.view' and record_id = ${personId}`,
      ),
    );
    expect(viewed?.n).toBe(1);
    const elsewhere = (await t.signedIn(['investigator'], 'phnom_penh')).client;
    expect((await elsewhere.get(`/api/people/${personId}`)).statusCode).toBe(404);
    // Researchers never see an identity: no person record, no search.
    const researcher = (await t.signedIn(['researcher'])).client;
    expect((await researcher.get(`/api/people/${personId}`)).statusCode).toBe(403);
    expect((await researcher.get('/api/people/search?q=Synthetic%20Traveller')).statusCode).toBe(403);
  });

  it('is corrected, and found by the new name and an alias', async () => {
    const updated = await investigator.patch(`/api/people/${personId}`, {
      khmerName: 'ថ្រាវែល',
      aliases: ['Synthetic Uncle Bob'],
      birthDate: '1958-04-02',
    });
    expect(updated.statusCode).toBe(200);
    const found = (await investigator.get('/api/people/search?q=Synthetic%20Uncle%20Bob')).json().items;
    expect(found.map((p: { id: string }) => p.id)).toContain(personId);
    expect((await investigator.patch(`/api/people/${personId}`, { nationality: 'Australia' })).json().fields).toEqual({
      nationality: 'not an ISO 3166-1 alpha-2 country code',
    });
  });

  it('takes an estimated age for a child without papers, dated today, and derives an approximate birth year', async () => {
    const child = (
      await investigator.post(`/api/investigations/${investigation}/people`, {
        role: 'victim',
        person: { gender: 'female', estimatedAge: 12 },
      })
    )
      .json()
      .people.at(-1);
    const year = Number(today().slice(0, 4));
    const record = (await investigator.get(`/api/people/${child.personId}`)).json();
    expect(record).toMatchObject({
      estimatedAge: 12,
      estimatedOn: today(),
      birthYear: year - 12,
      birthYearEstimated: true,
    });
    // The investigation's people list says the same, not "year unknown".
    expect(child).toMatchObject({ birthYear: year - 12, birthYearEstimated: true });
    const papers = (await investigator.patch(`/api/people/${child.personId}`, { birthYear: year - 13 })).json();
    expect(papers).toMatchObject({ birthYear: year - 13, birthYearEstimated: false });
  });

  it('keeps identity documents as a keyed hash, found by exact number however typed', async () => {
    const added = await investigator.post(`/api/people/${personId}/documents`, {
      kind: 'passport',
      number: 'PA 123-4567',
    });
    expect(added.json().documents).toBe(1);
    const [stored] = rowsOf<{ number_hash: string }>(
      await t.ctx.db.execute(sql`select number_hash from person_documents`),
    );
    expect(stored?.number_hash).not.toContain('1234567');
    const found = await investigator.post('/api/people/by-document', { kind: 'passport', number: 'pa1234567' });
    expect(found.json().items.map((p: { id: string }) => p.id)).toEqual([personId]);
    expect(
      (await investigator.post('/api/people/by-document', { kind: 'national_id', number: 'PA1234567' })).json().items,
    ).toEqual([]);
    const again = await investigator.post(`/api/people/${personId}/documents`, {
      kind: 'passport',
      number: 'PA1234567',
    });
    expect(again.statusCode).toBe(409);
  });

  it('holds an offender profile on the involvement, for perpetrators and accomplices only', async () => {
    const detail = (
      await investigator.patch(`/api/investigations/${investigation}/people/${involvementId}`, {
        occupation: 'English teacher',
        modusOperandi: ['grooming', 'pseudo_care'],
        charges: 'Article 42',
      })
    ).json();
    expect(detail.people[0].profile).toEqual({
      occupation: 'English teacher',
      modusOperandi: ['grooming', 'pseudo_care'],
      charges: 'Article 42',
      outcome: null,
    });
    const victim = (
      await investigator.post(`/api/investigations/${investigation}/people`, {
        role: 'victim',
        person: { gender: 'female' },
      })
    ).json().people[1];
    expect(victim.profile).toBeNull();
    const refused = await investigator.patch(`/api/investigations/${investigation}/people/${victim.involvementId}`, {
      occupation: 'x',
    });
    expect(refused.json().fields).toEqual({
      involvementId: 'only a perpetrator or an accomplice has an offender profile',
    });
  });
});
