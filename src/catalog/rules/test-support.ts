import { Temporal } from 'temporal-polyfill';

/* For the tests beside these rules only. */

export const date = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);

export { fieldsOf, problemsOf } from '../../../test/support/field-problems.ts';
