import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageWithTotal } from './page-with-total.ts';

describe('pageWithTotal', () => {
  it('gives the same total as counting, for any number of matches and any page', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 200 }),
        fc.integer({ min: 1, max: 50 }),
        fc.nat({ max: 250 }),
        async (matches, limit, offset) => {
          const all = Array.from({ length: matches }, (_, i) => i);
          const result = await pageWithTotal(
            { limit, offset },
            () => Promise.resolve(all.slice(offset, offset + limit)),
            () => Promise.resolve(matches),
          );
          expect(result).toEqual({ rows: all.slice(offset, offset + limit), total: matches });
        },
      ),
    );
  });

  it('counts only when the page is full or past the end', async () => {
    let counted = 0;
    const count = () => Promise.resolve(++counted && 100);
    await pageWithTotal({ limit: 25, offset: 0 }, () => Promise.resolve([1, 2, 3]), count);
    expect(counted).toBe(0);
    await pageWithTotal({ limit: 3, offset: 0 }, () => Promise.resolve([1, 2, 3]), count);
    expect(counted).toBe(1);
    await pageWithTotal({ limit: 25, offset: 200 }, () => Promise.resolve([]), count);
    expect(counted).toBe(2);
  });
});
