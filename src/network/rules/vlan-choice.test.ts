import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError } from '../../shared/errors/index.ts';
import { VLAN_FIRST, VLAN_LAST, chooseVlan, vlanPool } from './vlan-choice.ts';

const pool = { first: 100, last: 103 };

describe('VLAN choice (IEEE 802.1Q)', () => {
  it('takes the lowest free id', () => {
    expect(chooseVlan(pool, [])).toBe(100);
    expect(chooseVlan(pool, new Set([100, 101, 103]))).toBe(102);
  });

  it('takes the requested id when it is free', () => {
    expect(chooseVlan(pool, [100], 103)).toBe(103);
  });

  it('refuses a requested id that is taken, naming the lowest free one', () => {
    expect(() => chooseVlan(pool, [100, 102], 102)).toThrow(
      new ConflictError('VLAN 102 is taken; the lowest free id in 100–103 is 101'),
    );
  });

  it('refuses when the pool is exhausted', () => {
    expect(() => chooseVlan(pool, [100, 101, 102, 103, 7])).toThrow(
      new ConflictError('the VLAN pool 100–103 is exhausted: all 4 ids are taken'),
    );
  });

  it.each([0, 1, 4095, 99, 104, 100.5])('refuses the requested id %s outside the pool', (requested) => {
    expect(() => chooseVlan(pool, [], requested)).toThrow(InvalidInputError);
  });

  it.each([
    [{ first: 1, last: 10 }, ['pool.first']],
    [{ first: 0, last: 4095 }, ['pool.first', 'pool.last']],
    [{ first: 10, last: 9 }, ['pool.last']],
    [{ first: 2.5, last: 9 }, ['pool.first']],
  ])('refuses the pool %j', (bad, fields) => {
    try {
      vlanPool(bad);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).problems.map((p) => p.field)).toEqual(fields);
      expect((error as InvalidInputError).message).toMatch(/IEEE 802\.1Q|below the first/);
    }
  });

  it('accepts the whole usable range', () => {
    expect(chooseVlan({ first: VLAN_FIRST, last: VLAN_LAST }, [2])).toBe(3);
  });

  const poolAndTaken = fc
    .tuple(fc.integer({ min: VLAN_FIRST, max: VLAN_LAST }), fc.integer({ min: 0, max: 40 }))
    .map(([first, size]) => ({ first, last: Math.min(VLAN_LAST, first + size) }))
    .chain((p) =>
      fc.record({
        pool: fc.constant(p),
        taken: fc.uniqueArray(fc.integer({ min: p.first - 3, max: p.last + 3 }), { maxLength: 50 }),
        requested: fc.option(fc.integer({ min: p.first, max: p.last }), { nil: undefined }),
      }),
    );

  it('never returns a taken id, stays inside the pool, and is exhausted iff all ids are taken', () => {
    fc.assert(
      fc.property(poolAndTaken, ({ pool: p, taken, requested }) => {
        const used = new Set(taken);
        let allTaken = true;
        for (let id = p.first; id <= p.last; id += 1) if (!used.has(id)) allTaken = false;
        let chosen: number | undefined;
        try {
          chosen = chooseVlan(p, taken, requested);
        } catch (error) {
          expect(error).toBeInstanceOf(ConflictError);
          expect(allTaken || (requested !== undefined && used.has(requested))).toBe(true);
          return;
        }
        expect(used.has(chosen)).toBe(false);
        expect(chosen).toBeGreaterThanOrEqual(p.first);
        expect(chosen).toBeLessThanOrEqual(p.last);
        expect(allTaken).toBe(false);
        if (requested !== undefined) expect(chosen).toBe(requested);
        else for (let id = p.first; id < chosen; id += 1) expect(used.has(id)).toBe(true);
      }),
    );
  });

  it('is exhausted exactly when every id of the pool is taken', () => {
    fc.assert(
      fc.property(poolAndTaken, ({ pool: p, taken }) => {
        const all = Array.from({ length: p.last - p.first + 1 }, (_, i) => p.first + i);
        expect(() => chooseVlan(p, [...taken, ...all])).toThrow(/exhausted/);
        const free = all[Math.floor(all.length / 2)]!;
        const someFree = [...taken, ...all].filter((id) => id !== free);
        expect(chooseVlan(p, someFree)).toBe(free);
      }),
    );
  });
});
