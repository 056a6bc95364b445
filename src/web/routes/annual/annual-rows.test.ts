import { describe, expect, it } from 'vitest';
import * as server from '../../../server/modules/annual/annual-rows.ts';
import { FIGURE_ROWS, reportYears, unknownNationality, valueAt } from './annual-rows.ts';

describe('annual report rows', () => {
  it('are the server’s, in the same order, so the page and the downloads agree', () => {
    expect(FIGURE_ROWS.map((r) => [r.programme, r.figure, r.path, Boolean(r.part)])).toEqual(
      server.FIGURE_ROWS.map((r) => [r.programme, r.figure, r.path, Boolean(r.part)]),
    );
  });

  it('read figures by path and count arrests of unknown nationality', () => {
    const f = {
      year: 2015,
      criminalJusticeDevelopment: {
        casesInvestigated: 192,
        casesOpened: 42,
        casesWithNationalPolice: 74,
        casesWithForeignPolice: 36,
        arrests: { foreign: 13, cambodian: 9, total: 24 },
        victimsRescued: 62,
      },
      courtSupport: { legalSupportClients: 211, socialSupportClients: 406 },
      communityEngagement: {
        participants: 1066,
        activities: {
          awareness_raising: 7,
          training: 4,
          workshop: 2,
          informant_discussion: 7,
          online_safety_session: 4,
        },
        governmentEvents: { events: 10, participants: 377 },
      },
    };
    expect(valueAt(f, 'criminalJusticeDevelopment.arrests.total')).toBe(24);
    expect(valueAt(f, 'communityEngagement.governmentEvents.participants')).toBe(377);
    expect(unknownNationality(f)).toBe(2);
    expect(reportYears(2005)).toEqual(['2005', '2004', '2003']);
  });
});
