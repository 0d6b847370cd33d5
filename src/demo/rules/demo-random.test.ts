import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoRandom } from './demo-random.ts';

describe('demoRandom', () => {
  it('gives the same sequence for the same seed, another for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, demoRandom(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays within [0, 1), and between() within its bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.nat(1000), (seed, min, span) => {
        const random = demoRandom(seed);
        for (let i = 0; i < 20; i++) {
          const x = random.next();
          expect(x >= 0 && x < 1).toBe(true);
          const n = random.between(min, min + span);
          expect(n >= min && n <= min + span && Number.isInteger(n)).toBe(true);
        }
      }),
    );
  });

  it('refuses to pick from nothing', () => {
    expect(() => demoRandom(1).pick([])).toThrow(/empty/);
  });
});
