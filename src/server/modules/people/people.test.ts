import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let investigator: TestClient;
let manager: TestClient;
let elsewhere: TestClient;
let investigation: string;
const today = () => t.clock.now().toISOString().slice(0, 10);

type Person = { involvementId: string; personId: string; displayName: string };
async function addPerson(role: string, person: Record<string, unknown>): Promise<Person[]> {
  const res = await investigator.post(`/api/investigations/${investigation}/people`, { role, person });
  expect(res.statusCode).toBe(200);
  return res.json().people;
}

beforeAll(async () => {
  t = await openTestApp();
  investigator = (await t.signedIn(['investigator'], 'siem_reap')).client;
  manager = (await t.signedIn(['manager'], 'siem_reap')).client;
  elsewhere = (await t.signedIn(['investigator'], 'phnom_penh')).client;
  investigation = (
    await investigator.post('/api/investigations', { officeCode: 'siem_reap', openedOn: today() })
  ).json().id;
});
afterAll(() => t.close());

describe('person search', () => {
  it('finds a person in either script, misspelt, or with the names swapped', async () => {
    await addPerson('victim', { khmerName: 'សុខ ចាន់ថា', gender: 'female', birthYear: 2011 });
    await addPerson('witness', { latinName: 'Chea Dara', gender: 'male', birthYear: 1980 });
    const search = async (q: string) =>
      (await investigator.get(`/api/people/search?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((p: { displayName: string }) => p.displayName);
    expect(await search('Sok Chantha')).toContain('សុខ ចាន់ថា');
    expect((await search('Chanta Sok'))[0]).toBe('សុខ ចាន់ថា');
    expect((await search('Dara Chea'))[0]).toBe('Chea Dara');
    expect((await search('Chhea Darah'))[0]).toBe('Chea Dara');
    expect(await search('Smith')).toEqual([]);
  });

  it('stays within the viewer scope and needs people:identify', async () => {
    expect((await elsewhere.get('/api/people/search?q=Chea%20Dara')).json().items).toEqual([]);
    const hotline = (await t.signedIn(['hotline'])).client;
    expect((await hotline.get('/api/people/search?q=Chea')).statusCode).toBe(403);
    expect((await investigator.get('/api/people/search?q=x')).json().fields).toEqual({ q: 'at least 2 characters' });
  });
});

describe('duplicates', () => {
  let pair: { a: { id: string }; b: { id: string }; reasons: string[] };

  it('are queued when a named person is added who may already be known, and reviewed by a manager', async () => {
    // The same child entered again, in Latin script with a romanisation variant.
    await addPerson('witness', { latinName: 'Sok Chanthar', gender: 'female', birthYear: 2011 });
    // A namesake of another generation is not offered.
    await addPerson('family_member', { latinName: 'Sok Chantha', gender: 'male', birthYear: 1975 });
    const pending = (await manager.get('/api/people/duplicates')).json().items;
    expect(pending).toHaveLength(1);
    pair = pending[0];
    expect(pair.reasons).toEqual(expect.arrayContaining(['name_khmer_latin']));
    expect((await investigator.get('/api/people/duplicates')).statusCode).toBe(403);
  });

  it('merge reversibly: involvements move and come back exactly', async () => {
    const before = (await investigator.get(`/api/investigations/${investigation}`)).json().people as Person[];
    const decided = await manager.post('/api/people/duplicates/decision', {
      personA: pair.a.id,
      personB: pair.b.id,
      decision: 'same',
    });
    const { mergeId } = decided.json();
    expect(mergeId).toEqual(expect.any(String));
    const merged = (await investigator.get(`/api/investigations/${investigation}`)).json().people as Person[];
    expect(new Set(merged.map((p) => p.personId)).size).toBe(new Set(before.map((p) => p.personId)).size - 1);
    // The merged record's Latin name is now an alias: search finds the kept record by it.
    const found = (await investigator.get('/api/people/search?q=Sok%20Chanthar')).json().items;
    expect(found.filter((p: { gender: string }) => p.gender === 'female')).toHaveLength(1);
    expect((await manager.get('/api/people/duplicates')).json().items).toEqual([]);

    const undo = await manager.request({ method: 'POST', url: `/api/people/merges/${mergeId}/undo` });
    expect(undo.statusCode).toBe(204);
    const restored = (await investigator.get(`/api/investigations/${investigation}`)).json().people as Person[];
    expect(restored.map((p) => [p.involvementId, p.personId])).toEqual(
      before.map((p) => [p.involvementId, p.personId]),
    );
    expect((await manager.request({ method: 'POST', url: `/api/people/merges/${mergeId}/undo` })).statusCode).toBe(400);
  });

  it('are audited by id, never by name', async () => {
    const admin = (await t.signedIn(['admin'])).client;
    const audit = JSON.stringify((await admin.get('/api/audit?recordType=person')).json());
    expect(audit).toContain('person.merge');
    expect(audit).toContain('person.unmerge');
    expect(audit).not.toMatch(/Chanth|សុខ/);
  });
});
