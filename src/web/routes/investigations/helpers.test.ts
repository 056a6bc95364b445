import { describe, expect, it } from 'vitest';
import { INVESTIGATION_STATUSES } from '../../../shared/investigations.ts';
import {
  canonicalTrackingCode,
  createInput,
  editChanges,
  editValues,
  hasProfile,
  investigationNumber,
  mayArrest,
  mayRescue,
  NONE,
  nextStatuses,
  personInput,
  personIsEmpty,
  profileChanges,
  profileValues,
  validAge,
  validBirthYear,
  yearOptions,
} from './helpers.ts';
import type { InvestigationDetail, InvestigationPerson } from './investigation-types.ts';
import { validateInvestigationsSearch } from './investigations-search.ts';

describe('investigation numbers', () => {
  it('are INV- and six digits', () => {
    expect(investigationNumber(42)).toBe('INV-000042');
    expect(investigationNumber(1)).toBe('INV-000001');
    expect(investigationNumber(1234567)).toBe('INV-1234567');
  });
});

describe('next statuses', () => {
  it('follow STATUS_TRANSITIONS', () => {
    expect(nextStatuses('monitoring')).toEqual(['active', 'referred', 'closed']);
    expect(nextStatuses('active')).toEqual(['monitoring', 'case_opened', 'referred', 'closed']);
    expect(nextStatuses('case_opened')).toEqual(['referred', 'closed']);
    expect(nextStatuses('closed')).toEqual(['active']);
  });

  it('never offer the status it already has', () => {
    for (const s of INVESTIGATION_STATUSES) expect(nextStatuses(s)).not.toContain(s);
  });
});

describe('tracking codes', () => {
  it('read as people type them', () => {
    expect(canonicalTrackingCode('7qkm-4xd9')).toBe('7QKM-4XD9');
    expect(canonicalTrackingCode(' 7QKM 4XD9 ')).toBe('7QKM-4XD9');
    expect(canonicalTrackingCode('OOOO-IIII')).toBe('0000-1111');
    expect(canonicalTrackingCode('7QKM-4XD')).toBeNull();
    expect(canonicalTrackingCode('UUUU-UUUU')).toBeNull();
  });
});

describe('list search params', () => {
  it('keep known filters and drop the rest', () => {
    expect(
      validateInvestigationsSearch({
        office: 'phnom_penh',
        status: 'case_opened',
        type: 'online',
        year: '2024',
        police: 'foreign',
        mine: 'true',
      }),
    ).toEqual({
      office: 'phnom_penh',
      status: 'case_opened',
      type: 'online',
      year: 2024,
      police: 'foreign',
      mine: true,
    });
    expect(
      validateInvestigationsSearch({ office: 'Bad Office', status: 'x', type: 'y', year: '24', police: 'z', mine: 1 }),
    ).toEqual({});
  });

  it('take a report to open an investigation from, as a tracking code only', () => {
    expect(validateInvestigationsSearch({ newFromReport: '7qkm-4xd9' })).toEqual({ newFromReport: '7QKM-4XD9' });
    expect(validateInvestigationsSearch({ newFromReport: 'Jane Doe' })).toEqual({});
  });
});

const person = (p: Partial<InvestigationPerson>): InvestigationPerson => ({
  involvementId: 'i',
  personId: 'p',
  pseudonym: 'P-000001',
  displayName: 'P-000001',
  khmerName: null,
  latinName: null,
  role: 'victim',
  gender: 'unknown',
  birthYear: null,
  birthYearEstimated: false,
  nationality: null,
  arrest: null,
  profile: null,
  rescue: null,
  ...p,
});

describe('arrests and rescues', () => {
  it('are offered once, to offenders and to victims', () => {
    expect(mayArrest(person({ role: 'perpetrator' }))).toBe(true);
    expect(mayArrest(person({ role: 'accomplice' }))).toBe(true);
    expect(
      mayArrest(person({ role: 'perpetrator', arrest: { arrestedOn: '2025-01-01', agency: null, place: null } })),
    ).toBe(false);
    expect(mayArrest(person({ role: 'victim' }))).toBe(false);
    expect(mayRescue(person({ role: 'victim' }))).toBe(true);
    expect(mayRescue(person({ role: 'victim', rescue: { rescuedOn: '2025-01-01' } }))).toBe(false);
    expect(mayRescue(person({ role: 'witness' }))).toBe(false);
  });
});

describe('forms', () => {
  it('send a new investigation without blanks, and the lead not twice', () => {
    expect(
      createInput({
        officeCode: 'phnom_penh',
        openedOn: '2025-03-01',
        status: 'active',
        exploitationType: NONE,
        leadInvestigatorId: 'a',
        memberIds: ['a', 'b'],
        trackingCodes: ['7QKM-4XD9'],
        summary: '  ',
      }),
    ).toEqual({
      officeCode: 'phnom_penh',
      openedOn: '2025-03-01',
      status: 'active',
      leadInvestigatorId: 'a',
      memberIds: ['b'],
      trackingCodes: ['7QKM-4XD9'],
    });
  });

  it('send only what changed in an edit', () => {
    const detail = {
      officeCode: 'phnom_penh',
      exploitationType: 'online',
      nationalPolice: true,
      foreignPolice: null,
      foreignAgency: null,
      lead: { id: 'a', name: 'A' },
      summary: 'S',
    } as InvestigationDetail;
    const same = editValues(detail);
    expect(editChanges(detail, same)).toEqual({});
    expect(
      editChanges(detail, {
        ...same,
        foreignPolice: 'yes',
        foreignAgency: ' HSI ',
        exploitationType: NONE,
        summary: '',
      }),
    ).toEqual({ foreignPolice: true, foreignAgency: 'HSI', exploitationType: null, summary: null });
    expect(editChanges(detail, { ...same, nationalPolice: 'unknown', leadInvestigatorId: NONE })).toEqual({
      nationalPolice: null,
      leadInvestigatorId: null,
    });
  });

  it('send a person with what is known only, the year as a number', () => {
    expect(
      personInput({
        role: 'perpetrator',
        khmerName: ' ',
        latinName: ' Synthetic Offender ',
        gender: 'male',
        birthYear: '1970',
        nationality: 'US',
      }),
    ).toEqual({
      role: 'perpetrator',
      person: { gender: 'male', latinName: 'Synthetic Offender', birthYear: 1970, nationality: 'US' },
    });
    expect(
      personInput({ role: 'victim', khmerName: '', latinName: '', gender: '', birthYear: '', nationality: NONE }),
    ).toEqual({ role: 'victim', person: { gender: 'unknown' } });
  });

  it('refuse a person of whom nothing is known', () => {
    const blank = {
      role: 'perpetrator',
      khmerName: ' ',
      latinName: '',
      gender: 'unknown',
      birthYear: '',
      nationality: NONE,
    };
    expect(personIsEmpty(blank)).toBe(true);
    expect(personIsEmpty({ ...blank, gender: 'male' })).toBe(false);
    expect(personIsEmpty({ ...blank, nationality: 'US' })).toBe(false);
    expect(personIsEmpty({ ...blank, latinName: 'X' })).toBe(false);
    expect(personIsEmpty({ ...blank, estimatedAge: '9' })).toBe(false);
  });

  it('send an estimated age as a number, and accept whole years from 0 to 120 only', () => {
    expect(
      personInput({
        role: 'victim',
        khmerName: '',
        latinName: '',
        gender: 'female',
        birthYear: '',
        estimatedAge: ' 9 ',
        nationality: NONE,
      }),
    ).toEqual({ role: 'victim', person: { gender: 'female', estimatedAge: 9 } });
    expect(validAge('')).toBe(true);
    expect(validAge('0')).toBe(true);
    expect(validAge('120')).toBe(true);
    expect(validAge('121')).toBe(false);
    expect(validAge('9.5')).toBe(false);
    expect(validAge('-1')).toBe(false);
  });

  it('send only what changed in an offender profile, cleared texts as null', () => {
    const before = { occupation: 'Teacher', modusOperandi: ['grooming' as const], charges: null, outcome: null };
    expect(profileChanges(before, profileValues(before))).toEqual({});
    expect(
      profileChanges(before, { ...profileValues(before), occupation: ' ', modusOperandi: ['grooming', 'internet'] }),
    ).toEqual({ occupation: null, modusOperandi: ['grooming', 'internet'] });
    expect(profileChanges(null, { ...profileValues(null), charges: ' Synthetic charge ' })).toEqual({
      charges: 'Synthetic charge',
    });
    expect(hasProfile(null)).toBe(false);
    expect(hasProfile({ occupation: null, modusOperandi: [], charges: null, outcome: null })).toBe(false);
    expect(hasProfile(before)).toBe(true);
  });

  it('accept a plausible birth year or none', () => {
    expect(validBirthYear('', 2025)).toBe(true);
    expect(validBirthYear('2011', 2025)).toBe(true);
    expect(validBirthYear('2026', 2025)).toBe(false);
    expect(validBirthYear('11', 2025)).toBe(false);
    expect(validBirthYear('1899', 2025)).toBe(false);
  });

  it('list years from this one back', () => {
    expect(yearOptions(2025, 2022)).toEqual([2025, 2024, 2023, 2022]);
  });
});
