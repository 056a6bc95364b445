/** Community engagement events (decision 015): counts only, facilitators, encrypted notes. */
import { AUDIENCES, EVENT_TYPES, PROGRAMMES } from '../../shared/events.ts';
import { PROVINCES } from '../../shared/provinces.ts';
import { eventFacilitators, events } from '../modules/events/events.table.ts';
import { bulkInsert, inBatches, range } from './demo-batches.ts';
import { text } from './demo-texts.ts';
import { at, between, chance, dayIn, FIRST_DAY, OPEN_OFFICES, pick, some, type World } from './demo-world.ts';

const VENUES = ['primary school', 'pagoda hall', 'commune office', 'community centre', 'hotel meeting room'];

export async function writeEvents(w: World): Promise<void> {
  const { cipher } = w.ctx;
  await inBatches(w, 'events', w.counts.events, 500, async (batch, start, end) => {
    const all = range(start, end).map((e) => {
      const rng = w.rng('event', e);
      const type = pick(rng, EVENT_TYPES);
      const day = dayIn(rng, FIRST_DAY, w.today, 1.2);
      const participants = type === 'government_event' ? between(rng, 20, 400) : between(rng, 8, 120);
      const tested = type === 'training' || type === 'workshop';
      const pre = between(rng, 300, 650) / 10;
      const province = pick(rng, PROVINCES);
      const office = pick(rng, OPEN_OFFICES);
      return { e, rng, day, office, type, participants, tested, pre, province };
    });
    bulkInsert(
      batch,
      events,
      await Promise.all(
        all.map(async ({ e, rng, day, office, type, participants, tested, pre, province }) => ({
          id: w.id('event', e),
          type,
          heldOn: day,
          provinceCode: province.code,
          place: `${pick(rng, VENUES)}, ${province.en}`,
          programme: type === 'government_event' ? pick(rng, PROGRAMMES) : 'community_engagement',
          audiences: some(rng, AUDIENCES, 3),
          participants,
          participantsFemale: chance(rng, 0.9) ? between(rng, 0, participants) : null,
          participantsChildren: chance(rng, 0.8) ? between(rng, 0, participants) : null,
          preTestScore: tested ? pre : null,
          postTestScore: tested ? Math.min(1000, pre * 10 + between(rng, 50, 300)) / 10 : null,
          notes: chance(rng, 0.5) ? await cipher.encrypt(text(rng, 'event'), 'events.notes') : null,
          createdBy: w.staff[office].trainer ?? null,
          createdAt: at(rng, day),
          updatedAt: at(rng, day),
        })),
      ),
    );
    bulkInsert(
      batch,
      eventFacilitators,
      all.flatMap(({ e, office }) => {
        const trainer = w.staff[office].trainer;
        return trainer ? [{ eventId: w.id('event', e), userId: trainer }] : [];
      }),
    );
  });
}
