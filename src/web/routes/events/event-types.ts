import type { EventType } from '../../../shared/events.ts';

/** The API's shapes (src/server/modules/events/events.schema.ts). */
export type EventItem = {
  id: string;
  ref: string | null;
  type: EventType;
  heldOn: string;
  provinceCode: string | null;
  place: string | null;
  programme: string | null;
  audiences: string[];
  participants: number;
  participantsFemale: number | null;
  participantsChildren: number | null;
};

export type EventTotals = { events: number; participants: number; female: number; children: number };

export type EventPage = { total: number; totals: EventTotals; items: EventItem[] };

export type EventDetail = EventItem & {
  preTestScore: number | null;
  postTestScore: number | null;
  notes: string | null;
  facilitators: { id: string; name: string }[];
  createdAt: string;
  updatedAt: string;
};

export type EventFilters = { year?: number; type?: string; province?: string; programme?: string };
