import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { addDays, todayInCambodia } from './court-arithmetic.ts';

/**
 * The world the court tests work in: staff of two offices and a Phnom Penh
 * investigation with a perpetrator and an accomplice (both arrested), a
 * witness and a child victim. All names are synthetic.
 */
export type User = { client: TestClient; userId: string };

export async function openCourtWorld() {
  const t: TestApp = await openTestApp();
  const today = todayInCambodia(t.clock.now());
  const day = (n: number) => addDays(today, n);
  const investigator = await t.signedIn(['investigator'], 'phnom_penh'); // builds the investigation
  const lawyer = await t.signedIn(['lawyer'], 'phnom_penh'); // the case's lawyer
  const colleague = await t.signedIn(['lawyer'], 'phnom_penh'); // a lawyer not on the case
  const manager = await t.signedIn(['manager'], 'phnom_penh');
  const siemReap = await t.signedIn(['lawyer'], 'siem_reap'); // a lawyer in another office
  const socialWorker = await t.signedIn(['social_worker'], 'phnom_penh'); // court:read only
  const admin = await t.signedIn(['admin'], 'phnom_penh');

  const inv = await investigator.client.post('/api/investigations', { officeCode: 'phnom_penh', openedOn: day(-200) });
  const investigationId: string = inv.json().id;
  const add = (role: string, person: object) =>
    investigator.client.post(`/api/investigations/${investigationId}/people`, { role, person });
  await add('perpetrator', { latinName: 'Synthetic Defendant', gender: 'male' });
  await add('accomplice', { latinName: 'Synthetic Helper', gender: 'female' });
  await add('witness', { latinName: 'Synthetic Witness' });
  const people = (await add('victim', { khmerName: 'សុខ សំណាក', gender: 'female', birthYear: 2013 })).json().people;
  const [perpetrator, accomplice, witness, victim] = people as [
    { involvementId: string; pseudonym: string },
    { involvementId: string },
    { involvementId: string },
    { personId: string },
  ];
  await investigator.client.post(`/api/investigations/${investigationId}/arrests`, {
    involvementId: perpetrator.involvementId,
    arrestedOn: day(-150),
  });
  await investigator.client.post(`/api/investigations/${investigationId}/arrests`, {
    involvementId: accomplice.involvementId,
    arrestedOn: day(-140),
  });
  return {
    t,
    today,
    day,
    investigator,
    lawyer,
    colleague,
    manager,
    siemReap,
    socialWorker,
    admin,
    investigationId,
    perpetrator,
    accomplice,
    witness,
    victim,
  };
}

// The harness client has get/post/patch; PUT and DELETE go through its generic request.
export const put = (c: TestClient, url: string, payload: object) => c.request({ method: 'PUT', url, payload });
export const del = (c: TestClient, url: string) => c.request({ method: 'DELETE', url });
