import { describe, expect, it } from 'vitest';
import { MoneyError } from '../money/money-error.ts';
import { ConflictError, InvalidInputError, asInvalidInput } from './errors.ts';

describe('InvalidInputError', () => {
  it('names every field and its problem in the message', () => {
    const error = new InvalidInputError([
      { field: 'from', problem: 'must be a date (YYYY-MM-DD)' },
      { field: 'add', problem: 'is required' },
    ]);
    expect(error.message).toBe('from: must be a date (YYYY-MM-DD); add: is required');
    expect(error.code).toBe('invalid-input');
  });
});

describe('asInvalidInput', () => {
  it('passes an InvalidInputError through', () => {
    const error = new InvalidInputError('iban', 'has a wrong check digit');
    expect(asInvalidInput(error)).toBe(error);
  });

  it("turns a rule's error that carries field and problem into invalid input", () => {
    const invalid = asInvalidInput(new MoneyError('amount', "'1.234' is ambiguous"));
    expect(invalid?.problems).toEqual([{ field: 'amount', problem: "'1.234' is ambiguous" }]);
  });

  it('leaves every other error alone', () => {
    expect(asInvalidInput(new RangeError('count must be 0 or more'))).toBeUndefined();
    expect(asInvalidInput(new ConflictError('invoice already issued'))).toBeUndefined();
    expect(asInvalidInput('a string')).toBeUndefined();
  });
});
