import { Temporal } from 'temporal-polyfill';

/* For the tests beside these rules only. */

export { fieldsOf, problemsOf } from '../../../test/support/field-problems.ts';

export const date = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);
