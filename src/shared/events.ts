/**
 * Community engagement events (data-exchange contract, `events` kind). The
 * first five types are the organisation's own activities, which the annual
 * report counts with their participants; a `government_event` is one led by
 * government where the organisation was invited to speak, counted apart.
 */
export const OWN_ACTIVITY_TYPES = [
  'awareness_raising',
  'training',
  'workshop',
  'informant_discussion',
  'online_safety_session',
] as const;
export const EVENT_TYPES = [...OWN_ACTIVITY_TYPES, 'government_event'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The organisation's four programmes; an imported event has none (unknown). */
export const PROGRAMMES = [
  'criminal_justice_development',
  'court_support',
  'community_engagement',
  'research_advocacy',
] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** Who the event was for; an event may have several audiences. */
export const AUDIENCES = [
  'children',
  'parents',
  'community',
  'teachers',
  'police',
  'local_authorities',
  'tourism_sector',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Upper bound of a participant count: a typo guard, far above any real event. */
export const MAX_PARTICIPANTS = 100_000;
