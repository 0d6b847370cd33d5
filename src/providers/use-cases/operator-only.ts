import type { Actor } from '../../platform/actor.ts';
import { NotAllowedError } from '../../shared/errors/index.ts';

/**
 * Refuses a change only the operator makes (admitting providers, issuing tokens, the steps of an
 * order) when a provider's token asks for it. The API never routes such a request for a provider;
 * this is the second lock on the same door.
 */
export function assertOperator(actor: Actor, what: string): void {
  if (actor.providerId !== undefined)
    throw new NotAllowedError(`only the operator may ${what}; a provider's token may not`);
}
