import type { Actor } from '../actor.ts';

/** Who acts in the audit log when the daily cycle changes something: the scheduler in `vezel worker`. */
export const schedulerActor: Actor = { id: 'scheduler', origin: 'worker' };
