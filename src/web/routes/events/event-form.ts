import type { Audience, EventType, Programme } from '../../../shared/events.ts';
import { MAX_PARTICIPANTS } from '../../../shared/events.ts';
import type { EventDetail } from './event-types.ts';

/** Mantine's Select cannot hold an empty value; "not recorded" is this choice. */
export const NONE = 'none';

/** The form's values: Mantine's NumberInput holds '' when empty; selects hold NONE for "not recorded". */
export type EventFormValues = {
  type: EventType | '';
  heldOn: string;
  provinceCode: string;
  place: string;
  programme: Programme | typeof NONE;
  audiences: Audience[];
  participants: number | '';
  participantsFemale: number | '';
  participantsChildren: number | '';
  preTestScore: number | '';
  postTestScore: number | '';
  facilitatorIds: string[];
  notes: string;
};

/** The body of POST /api/events and PATCH /api/events/:id (a correction sends every field). */
export type EventInput = {
  type: EventType;
  heldOn: string;
  provinceCode: string | null;
  place: string | null;
  programme: Programme | null;
  audiences: Audience[];
  participants: number;
  participantsFemale: number | null;
  participantsChildren: number | null;
  preTestScore: number | null;
  postTestScore: number | null;
  facilitatorIds: string[];
  notes: string | null;
};

export function emptyEvent(today: string, me: string): EventFormValues {
  return {
    type: '',
    heldOn: today,
    provinceCode: NONE,
    place: '',
    programme: 'community_engagement',
    audiences: [],
    participants: '',
    participantsFemale: '',
    participantsChildren: '',
    preTestScore: '',
    postTestScore: '',
    facilitatorIds: [me],
    notes: '',
  };
}

const blank = <T>(v: T | null): T | '' => (v === null ? '' : v);

export function valuesOf(e: EventDetail): EventFormValues {
  return {
    type: e.type,
    heldOn: e.heldOn,
    provinceCode: e.provinceCode ?? NONE,
    place: e.place ?? '',
    programme: (e.programme ?? NONE) as Programme | typeof NONE,
    audiences: e.audiences as Audience[],
    participants: e.participants,
    participantsFemale: blank(e.participantsFemale),
    participantsChildren: blank(e.participantsChildren),
    preTestScore: blank(e.preTestScore),
    postTestScore: blank(e.postTestScore),
    facilitatorIds: e.facilitators.map((f) => f.id),
    notes: e.notes ?? '',
  };
}

const orNull = <T>(v: T | ''): T | null => (v === '' ? null : v);
const chosen = <T extends string>(v: T | typeof NONE): T | null => (v === NONE ? null : (v as T));
const textOrNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** Call only after validateEvent found nothing wrong. */
export function inputOf(v: EventFormValues): EventInput {
  return {
    type: v.type as EventType,
    heldOn: v.heldOn,
    provinceCode: chosen(v.provinceCode),
    place: textOrNull(v.place),
    programme: chosen(v.programme),
    audiences: v.audiences,
    participants: v.participants as number,
    participantsFemale: orNull(v.participantsFemale),
    participantsChildren: orNull(v.participantsChildren),
    preTestScore: orNull(v.preTestScore),
    postTestScore: orNull(v.postTestScore),
    facilitatorIds: v.facilitatorIds,
    notes: textOrNull(v.notes),
  };
}

/**
 * The server's rules, checked before sending so the message appears beside
 * the field at once. Answers the i18n key of each problem, by field.
 */
export function validateEvent(v: EventFormValues, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.type) errors.type = 'validation.required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.heldOn)) errors.heldOn = 'validation.date';
  else if (v.heldOn > today) errors.heldOn = 'events.form.error.future';
  const isCount = (n: number | '') => n !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_PARTICIPANTS;
  if (v.participants === '') errors.participants = 'validation.required';
  else if (!isCount(v.participants)) errors.participants = 'events.form.error.count';
  for (const field of ['participantsFemale', 'participantsChildren'] as const) {
    const n = v[field];
    if (n === '') continue;
    if (!isCount(n)) errors[field] = 'events.form.error.count';
    else if (v.participants !== '' && n > v.participants) errors[field] = 'events.form.error.moreThanTotal';
  }
  for (const field of ['preTestScore', 'postTestScore'] as const) {
    const n = v[field];
    if (n !== '' && (n < 0 || n > 100)) errors[field] = 'events.form.error.score';
  }
  return errors;
}

/** The server's English field messages, as the keys the form shows (others are shown as they are). */
export const SERVER_MESSAGES: Record<string, string> = {
  'in the future': 'events.form.error.future',
  'more than the participants': 'events.form.error.moreThanTotal',
  'from 0 to 100': 'events.form.error.score',
};
