import { createHash, randomBytes } from 'node:crypto';
import { seededRandom } from '../../shared/names/synthetic-people.ts';
import type { Role } from '../../shared/roles.ts';
import type { Ctx } from '../context.ts';

/** How many of each record a seed writes; everything else follows from these. */
export type DemoCounts = {
  reports: number;
  people: number;
  investigations: number;
  clients: number;
  events: number;
};

/** `small` is for trying Komar; `large` is the benchmark scale of issue 7. */
export const DEMO_SCALES = {
  small: { reports: 1_500, people: 1_200, investigations: 200, clients: 120, events: 150 },
  large: { reports: 1_000_000, people: 1_000_000, investigations: 100_000, clients: 50_000, events: 5_000 },
} as const satisfies Record<string, DemoCounts>;
export type DemoScale = keyof typeof DEMO_SCALES;

/** The demo's history starts here and runs to today. */
export const FIRST_DAY = '2019-01-01';
/** Battambang was open 2014-04-01 – 2015-12-31 (seeded closed): its records are all from then. */
export const BATTAMBANG = { from: '2014-04-01', to: '2015-12-31' } as const;
export const OPEN_OFFICES = ['phnom_penh', 'siem_reap', 'sihanoukville'] as const;
export type OpenOffice = (typeof OPEN_OFFICES)[number];

export type Staff = Record<OpenOffice, Partial<Record<Role, string>>>;

export type Progress = (stage: string, done: number, total: number) => void;

/** What every generator reads: the runtime, the counts, the staff and reference ids, the day of the seed. */
export type World = {
  ctx: Ctx;
  counts: DemoCounts;
  today: string;
  staff: Staff;
  /** Partner ids by kind, in a fixed order. */
  partners: Record<string, string[]>;
  chargeIds: string[];
  standardIds: string[];
  id: (kind: string, index: number) => string;
  rng: (kind: string, index: number) => () => number;
  progress: Progress;
};

/**
 * Ids computed from (kind, index) and a salt drawn once per seed: a generator
 * can refer to person 4711 or investigation 12 without keeping a million ids
 * in memory, while ids stay unguessable and differ between databases.
 */
export function idMaker(salt: Buffer = randomBytes(16)): (kind: string, index: number) => string {
  return (kind, index) => {
    const h = createHash('sha256').update(salt).update(`${kind}:${index}`).digest();
    h[6] = ((h[6] ?? 0) & 0x0f) | 0x40; // version 4
    h[8] = ((h[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
    const x = h.subarray(0, 16).toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
  };
}

/** The same random stream for (kind, index) every time it is asked for: relations are recomputed, not stored. */
export function rngMaker(seed: number): (kind: string, index: number) => () => number {
  return (kind, index) => {
    let h = seed >>> 0;
    for (const c of kind) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    return seededRandom((h ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
export const chance = (rng: Rng, p: number) => rng() < p;
export const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
/** A few distinct items (at least one). */
export function some<T>(rng: Rng, items: readonly T[], max = 3): T[] {
  const n = between(rng, 1, Math.min(max, items.length));
  return [...items].sort(() => rng() - 0.5).slice(0, n);
}

const DAY = 86_400_000;
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => toDay(Date.parse(`${day}T00:00:00Z`) + n * DAY);
export const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
/** A day in [from, to], skewed towards recent years (the organisation grew). */
export function dayIn(rng: Rng, from: string, to: string, recentBias = 1): string {
  const span = Math.max(0, daysBetween(from, to));
  return addDays(from, Math.floor(rng() ** (1 / recentBias) * (span + 1)));
}
/** The earlier of a day and today (dates of things that happened are never in the future). */
export const notAfter = (day: string, limit: string) => [day, limit].sort()[0] as string;
/** The later of two days. */
export const notBefore = (day: string, limit: string) => [day, limit].sort()[1] as string;
/** A moment during office hours on a day, Cambodian time (UTC+7). */
export function at(rng: Rng, day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + (between(rng, 1, 10) * 60 + between(rng, 0, 59)) * 60_000);
}
