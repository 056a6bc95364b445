import { describe, expect, it } from 'vitest';
import { addDays, agreementState, cambodianToday } from './agreement-state.ts';

describe('agreement state', () => {
  it('counts days in Cambodia, where the date changes at 17:00 UTC', () => {
    expect(cambodianToday(new Date('2026-03-09T16:59:59Z'))).toBe('2026-03-09');
    expect(cambodianToday(new Date('2026-03-09T17:00:00Z'))).toBe('2026-03-10');
  });

  it('is valid on its last day, expired the day after, and "expiring" in the 90 days before', () => {
    const today = '2026-03-10';
    expect(agreementState(null, today)).toBe('open_ended');
    expect(agreementState('2026-03-09', today)).toBe('expired');
    expect(agreementState(today, today)).toBe('expiring');
    expect(agreementState(addDays(today, 90), today)).toBe('expiring');
    expect(agreementState(addDays(today, 91), today)).toBe('current');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
