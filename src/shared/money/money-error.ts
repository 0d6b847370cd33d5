/**
 * A money input or result that cannot be represented. It stays a `RangeError` (what callers and
 * tests expect from a bad value) but also carries the field and the problem apart, so an entry point
 * can turn it into an `InvalidInputError` field problem without parsing the message.
 */
export class MoneyError extends RangeError {
  readonly field: string;
  readonly problem: string;

  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.name = 'MoneyError';
    this.field = field;
    this.problem = problem;
  }
}

// Money's messages quote input like every other message.
export { quote } from '../errors/quote.ts';
