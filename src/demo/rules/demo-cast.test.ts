import { describe, expect, it } from 'vitest';
import { demoCast } from './demo-cast.ts';
import { demoRandom } from './demo-random.ts';

describe('demoCast', () => {
  const cast = demoCast(demoRandom(20_161_025), 300);

  it('is 300 customers with unique keys, e-mail addresses and KvK numbers', () => {
    expect(cast).toHaveLength(300);
    expect(new Set(cast.map((c) => c.key)).size).toBe(300);
    expect(new Set(cast.map((c) => c.email)).size).toBe(300);
    const kvk = cast.flatMap((c) => (c.kvkNumber ? [c.kvkNumber] : []));
    expect(new Set(kvk).size).toBe(kvk.length);
    expect(kvk.every((number) => /^\d{8}$/.test(number))).toBe(true);
  });

  it('gives BIT three in five, VitrumNet only businesses, BIT some consumers without a KvK number', () => {
    expect(cast.filter((c) => c.sellerId === 'bit')).toHaveLength(180);
    expect(cast.filter((c) => c.sellerId === 'vitrumnet').every((c) => c.kind === 'business')).toBe(true);
    const consumers = cast.filter((c) => c.kind === 'consumer');
    expect(consumers.length).toBeGreaterThan(10);
    expect(consumers.every((c) => c.sellerId === 'bit' && c.kvkNumber === null)).toBe(true);
  });

  it('wins most customers in the first two months and every one within nine, each paying by a habit', () => {
    expect(cast.every((c) => c.joinsAfterDays >= 0 && c.joinsAfterDays <= 270)).toBe(true);
    expect(cast.filter((c) => c.joinsAfterDays <= 60).length).toBeGreaterThan(150);
    const habits = new Set(cast.map((c) => c.habit));
    expect([...habits].sort()).toEqual(['defaulter', 'disputer', 'late', 'prompt', 'slow']);
  });

  it('is the same cast for the same seed', () => {
    expect(demoCast(demoRandom(20_161_025), 300)).toEqual(cast);
  });
});
