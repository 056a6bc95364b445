import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET } from './indicator-codes.ts';
import { adherence, progress, share, targetValue } from './indicator-math.ts';

describe('indicator arithmetic', () => {
  it('leaves empty denominators undefined rather than 0 %', () => {
    expect(adherence(0, 0)).toBeNull();
    expect(share(0, 0)).toBeNull();
    expect(adherence(3, 1)).toBe(75);
  });

  it('raises the baseline by 30 % of itself by default, or by points, never past 100 %', () => {
    expect(targetValue(50, DEFAULT_TARGET)).toBe(65);
    expect(targetValue(80, DEFAULT_TARGET)).toBe(100);
    expect(targetValue(50, { ...DEFAULT_TARGET, increaseKind: 'points' })).toBe(80);
    expect(targetValue(null, DEFAULT_TARGET)).toBeNull();
  });

  it('measures progress from the baseline (0) to the target (100), unclamped', () => {
    expect(progress(57.5, 50, 65)).toBe(50);
    expect(progress(45, 50, 65)).toBeCloseTo(-33.33, 2);
    expect(progress(70, 50, 65)).toBeCloseTo(133.33, 2);
    expect(progress(100, 100, 100)).toBeNull();
    expect(progress(null, 50, 65)).toBeNull();
  });
});
