import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestCountry } from '../../../shared/internet-hotline.ts';
import { openTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

let t: TestApp;
let analyst: TestClient;
beforeAll(async () => {
  t = await openTestApp();
  analyst = (await t.signedIn(['hotline'])).client;
});
afterAll(() => t.close());

const report = (urls: string[]) =>
  t.client().request({
    method: 'POST',
    url: '/api/public/reports',
    payload: { category: 'online_content', description: 'x', urls },
    csrf: false,
  });
type Item = { hash: string; host: string; reportCount: number; defanged: string };
const unassessed = async (): Promise<Item[]> => (await analyst.get('/api/urls?status=unassessed')).json().items;

describe('internet hotline', () => {
  it('suggests a hosting country from the domain, never from generic ones', () => {
    expect(suggestCountry('abuse.example.fr')).toBe('FR');
    expect(suggestCountry('site.co.uk')).toBe('GB');
    expect(suggestCountry('thing.io')).toBeNull();
    expect(suggestCountry('example.com')).toBeNull();
  });

  it('lists each URL once, however often and however spelled it was reported', async () => {
    await report(['https://one.example.fr/a']);
    await report(['HTTPS://ONE.EXAMPLE.FR/a#frag', 'https://two.example.com/b']);
    const items = await unassessed();
    const one = items.find((i) => i.host === 'one.example.fr');
    expect(one).toMatchObject({ reportCount: 2, defanged: 'hxxps://one[.]example[.]fr/a', suggestedCountry: 'FR' });
    expect(items.filter((i) => i.host === 'one.example.fr')).toHaveLength(1);
  });

  it('assesses a URL once for all its reports, logs actions, and counts figures', async () => {
    const [one, two] = (await unassessed()).sort((a, b) => a.host.localeCompare(b.host));
    const assessed = await analyst.request({
      method: 'PUT',
      url: `/api/urls/${one?.hash}/assessment`,
      payload: {
        verdict: 'illegal_cambodia',
        contentType: 'images',
        ageGroup: 'prepubescent',
        severity: 4,
        hostingCountry: 'fr',
        notes: 'synthetic note',
      },
    });
    expect(assessed.statusCode).toBe(200);
    expect(assessed.json()).toMatchObject({
      verdict: 'illegal_cambodia',
      assessment: { hostingCountry: 'FR', notes: 'synthetic note' },
    });
    expect(assessed.json().reports).toHaveLength(2);
    await analyst.request({
      method: 'PUT',
      url: `/api/urls/${two?.hash}/assessment`,
      payload: { verdict: 'not_illegal', hostingCountry: 'US' },
    });
    // A new report of an assessed URL is linked to the assessment, not queued again.
    await report(['https://one.example.fr/a']);
    expect((await unassessed()).map((i) => i.hash)).not.toContain(one?.hash);

    const today = t.clock.now();
    const in3days = new Date(today.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    const forward = await analyst.post(`/api/urls/${one?.hash}/actions`, {
      action: 'forwarded_to_hotline',
      on: today.toISOString().slice(0, 10),
    });
    expect(forward.json().fields.partnerId).toBe('which hotline it was forwarded to');
    // The hotline abroad comes from the partner directory: an NGO or an inactive hotline will not do.
    const admin = (await t.signedIn(['admin'])).client;
    const hotline = (
      await admin.post('/api/partners', { kind: 'hotline_abroad', name: 'Synthetic FR hotline', country: 'FR' })
    ).json();
    const ngo = (await admin.post('/api/partners', { kind: 'ngo', name: 'Synthetic NGO' })).json();
    const closed = (
      await admin.post('/api/partners', { kind: 'hotline_abroad', name: 'Synthetic old hotline' })
    ).json();
    await admin.patch(`/api/partners/${closed.id}`, { active: false });
    for (const wrong of [ngo.id, closed.id, '00000000-0000-4000-8000-000000000000']) {
      const refused = await analyst.post(`/api/urls/${one?.hash}/actions`, {
        action: 'forwarded_to_hotline',
        on: today.toISOString().slice(0, 10),
        partnerId: wrong,
      });
      expect(refused.json().fields).toEqual({ partnerId: 'not an active hotline abroad in the directory' });
    }
    const forwarded = await analyst.post(`/api/urls/${one?.hash}/actions`, {
      action: 'forwarded_to_hotline',
      on: today.toISOString().slice(0, 10),
      partnerId: hotline.id,
    });
    expect(forwarded.json().actions).toEqual([
      expect.objectContaining({
        partnerId: hotline.id,
        partnerName: 'Synthetic FR hotline',
        byName: expect.any(String),
      }),
    ]);
    const removed = await analyst.post(`/api/urls/${one?.hash}/actions`, { action: 'removed', on: in3days });
    expect(removed.json().actions.map((a: { action: string }) => a.action)).toEqual([
      'forwarded_to_hotline',
      'removed',
    ]);

    const figures = (await analyst.get('/api/urls/figures')).json();
    expect(figures.total).toEqual({ assessed: 2, illegal: 1, illegalPercent: 50, medianDaysToRemoval: 3 });
    expect(figures.byCountry).toEqual(
      expect.arrayContaining([
        { country: 'FR', assessed: 1, illegal: 1, illegalPercent: 100, medianDaysToRemoval: 3 },
        { country: 'US', assessed: 1, illegal: 0, illegalPercent: 0, medianDaysToRemoval: null },
      ]),
    );
  });

  it('refuses bad input and unknown URLs', async () => {
    const [any] = await analyst.get('/api/urls?status=all').then((r) => r.json().items);
    expect(
      (await analyst.request({ method: 'PUT', url: `/api/urls/${any.hash}/assessment`, payload: { verdict: 'maybe' } }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await analyst.request({
          method: 'PUT',
          url: `/api/urls/${'A'.repeat(43)}/assessment`,
          payload: { verdict: 'not_illegal' },
        })
      ).statusCode,
    ).toBe(404);
    expect((await analyst.get('/api/urls/short')).statusCode).toBe(400);
    const researcher = await t.signedIn(['researcher']);
    expect((await researcher.client.get('/api/urls')).statusCode).toBe(403);
  });
});
