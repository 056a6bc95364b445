import { describe, expect, it } from 'vitest';
import { emptyEvent, inputOf, NONE, validateEvent, valuesOf } from './event-form.ts';

const TODAY = '2026-06-15';
const filled = () => ({
  ...emptyEvent(TODAY, 'user-1'),
  type: 'awareness_raising' as const,
  participants: 40 as const,
});

describe('the event form', () => {
  it('starts with today, the user as facilitator and the Community Engagement programme', () => {
    expect(emptyEvent(TODAY, 'user-1')).toMatchObject({
      heldOn: TODAY,
      facilitatorIds: ['user-1'],
      programme: 'community_engagement',
      provinceCode: NONE,
    });
  });

  it('asks for the type and participants, and checks the server’s rules before sending', () => {
    expect(validateEvent(emptyEvent(TODAY, 'u'), TODAY)).toEqual({
      type: 'validation.required',
      participants: 'validation.required',
    });
    expect(
      validateEvent(
        { ...filled(), heldOn: '2026-06-16', participantsFemale: 41, participantsChildren: 1.5, postTestScore: 100.5 },
        TODAY,
      ),
    ).toEqual({
      heldOn: 'events.form.error.future',
      participantsFemale: 'events.form.error.moreThanTotal',
      participantsChildren: 'events.form.error.count',
      postTestScore: 'events.form.error.score',
    });
    expect(validateEvent({ ...filled(), participantsFemale: 40, preTestScore: 0 }, TODAY)).toEqual({});
  });

  it('sends empty choices as null, and reads an event back into the same values', () => {
    const input = inputOf({ ...filled(), place: '  ', notes: ' synthetic ', participantsFemale: 0 });
    expect(input).toMatchObject({
      provinceCode: null,
      place: null,
      notes: 'synthetic',
      participantsFemale: 0,
      participantsChildren: null,
    });
    const back = valuesOf({
      ...input,
      id: 'e1',
      ref: null,
      provinceCode: 'kampot',
      programme: null,
      participantsChildren: null,
      facilitators: [{ id: 'user-1', name: 'Trainer' }],
      createdAt: '',
      updatedAt: '',
    });
    expect(back).toMatchObject({
      provinceCode: 'kampot',
      programme: NONE,
      participantsChildren: '',
      notes: 'synthetic',
    });
  });
});
