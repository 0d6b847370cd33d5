/** The billing context (so far): charges raised by operations, waiting for the bill run. */
export type { PendingChargeRow } from './store.ts';
export { raiseCharge, uninvoicedChargesOf } from './store.ts';
