import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../shared/errors/index.ts';
import { FIBER_COUNTS, fiberCount, isFiberCount } from './fiber-count.ts';

describe('fiber count (vn:6.4.10)', () => {
  it.each(FIBER_COUNTS)('accepts the cable class %i', (count) => {
    expect(fiberCount(count)).toBe(count);
    expect(isFiberCount(count)).toBe(true);
  });

  it.each([0, 6, 36, 288, -12, 12.5, Number.NaN])('refuses %s, naming the field and the classes', (count) => {
    expect(() => fiberCount(count, 'cable.fiberCount')).toThrow(InvalidInputError);
    try {
      fiberCount(count, 'cable.fiberCount');
    } catch (error) {
      const [problem] = (error as InvalidInputError).problems;
      expect(problem?.field).toBe('cable.fiberCount');
      expect(problem?.problem).toMatch(/vn:6\.4\.10.*12, 24, 48, 96, 144, 192/);
    }
  });

  it('accepts exactly the six classes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (count) => {
        expect(isFiberCount(count)).toBe((FIBER_COUNTS as readonly number[]).includes(count));
      }),
    );
  });

  it('is not fooled by text', () => {
    expect(isFiberCount('12')).toBe(false);
  });
});
