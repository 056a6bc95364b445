import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let investigator: TestClient;
let userId: string;
let id: string;
const today = () => t.clock.now().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await openTestApp();
  ({ client: investigator, userId } = await t.signedIn(['investigator'], 'sihanoukville'));
  id = (await investigator.post('/api/investigations', { officeCode: 'sihanoukville', openedOn: today() })).json().id;
});
afterAll(() => t.close());

describe("an investigation's working record", () => {
  it('keeps notes encrypted, shown decrypted to the team', async () => {
    const detail = (
      await investigator.post(`/api/investigations/${id}/notes`, { body: 'synthetic note about a guesthouse' })
    ).json();
    expect(detail.notes).toEqual([expect.objectContaining({ body: 'synthetic note about a guesthouse' })]);
    const [stored] = rowsOf<{ body: string }>(await t.ctx.db.execute(sql`select body from investigation_notes`));
    expect(stored?.body).not.toContain('guesthouse');
  });

  it('tracks tasks with owners and due dates, done and reopened', async () => {
    let detail = (
      await investigator.post(`/api/investigations/${id}/tasks`, {
        title: 'synthetic task',
        ownerId: userId,
        dueOn: today(),
      })
    ).json();
    const [task] = detail.tasks;
    expect(task).toMatchObject({ title: 'synthetic task', owner: { id: userId }, dueOn: today(), doneAt: null });
    detail = (
      await investigator.request({
        method: 'PUT',
        url: `/api/investigations/${id}/tasks/${task.id}/done`,
        payload: { done: true },
      })
    ).json();
    expect(detail.tasks[0].doneAt).not.toBeNull();
    const other = await investigator.request({
      method: 'PUT',
      url: `/api/investigations/${id}/tasks/00000000-0000-4000-8000-000000000000/done`,
      payload: { done: true },
    });
    expect(other.json().fields).toEqual({ taskId: 'not a task of this investigation' });
  });

  it('logs evidence as metadata with its chain of custody', async () => {
    let detail = (
      await investigator.post(`/api/investigations/${id}/evidence`, {
        kind: 'statement',
        description: 'synthetic witness statement, 3 pages',
        collectedOn: today(),
        holder: 'Investigator on duty',
      })
    ).json();
    const [item] = detail.evidence;
    detail = (
      await investigator.post(`/api/investigations/${id}/evidence/${item.id}/transfers`, {
        toHolder: 'Provincial police evidence room',
        on: today(),
        reason: 'handed over for the case file',
      })
    ).json();
    expect(detail.evidence[0]).toMatchObject({
      holder: 'Provincial police evidence room',
      transfers: [
        {
          from: 'Investigator on duty',
          to: 'Provincial police evidence room',
          reason: 'handed over for the case file',
        },
      ],
    });
    const early = await investigator.post(`/api/investigations/${id}/evidence/${item.id}/transfers`, {
      toHolder: 'x',
      on: '2000-01-01',
    });
    expect(early.json().fields).toEqual({ on: 'before the item was collected' });
  });

  it('records cooperating agencies from the directory, which set the police flags, and the liaison log', async () => {
    const admin = (await t.signedIn(['admin'])).client;
    const national = (
      await admin.post('/api/partners', { kind: 'police', name: 'Synthetic AHTJP unit', country: 'KH' })
    ).json();
    const foreign = (
      await admin.post('/api/partners', { kind: 'police', name: 'Synthetic foreign agency', country: 'US' })
    ).json();
    const ngo = (await admin.post('/api/partners', { kind: 'ngo', name: 'Synthetic NGO' })).json();
    const refused = await investigator.post(`/api/investigations/${id}/agencies`, { partnerId: ngo.id });
    expect(refused.json().fields).toEqual({
      partnerId: 'not an active police unit or government body in the directory',
    });
    const notYet = await investigator.post(`/api/investigations/${id}/liaison`, {
      partnerId: foreign.id,
      kind: 'call',
      on: today(),
    });
    expect(notYet.json().fields).toEqual({ partnerId: 'add this agency to the investigation first' });
    await investigator.post(`/api/investigations/${id}/agencies`, { partnerId: national.id });
    let detail = (await investigator.post(`/api/investigations/${id}/agencies`, { partnerId: foreign.id })).json();
    expect(detail).toMatchObject({ nationalPolice: true, foreignPolice: true });
    expect(detail.agencies.map((a: { name: string }) => a.name)).toEqual([
      'Synthetic AHTJP unit',
      'Synthetic foreign agency',
    ]);
    detail = (
      await investigator.post(`/api/investigations/${id}/liaison`, {
        partnerId: foreign.id,
        kind: 'information_shared',
        on: today(),
        note: 'synthetic: travel dates shared',
      })
    ).json();
    expect(detail.liaison).toEqual([
      expect.objectContaining({
        partnerName: 'Synthetic foreign agency',
        kind: 'information_shared',
        note: 'synthetic: travel dates shared',
      }),
    ]);
  });

  it('is closed to anyone outside the scope', async () => {
    const elsewhere = (await t.signedIn(['investigator'], 'phnom_penh')).client;
    expect((await elsewhere.post(`/api/investigations/${id}/notes`, { body: 'x' })).statusCode).toBe(404);
    expect((await elsewhere.post(`/api/investigations/${id}/tasks`, { title: 'x' })).statusCode).toBe(404);
  });
});
