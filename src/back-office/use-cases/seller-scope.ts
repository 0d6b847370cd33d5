import type { Actor } from '../../platform/actor.ts';
import { NotFoundError } from '../../shared/errors/index.ts';

/**
 * The seller a back-office read is about: the one a staff user is limited to, or the one asked for,
 * or none (all sellers). A limited user asking for another seller's figures is answered "not found".
 */
export function sellerScope(actor: Actor, asked: string | undefined): string | undefined {
  if (actor.sellerId !== undefined && asked !== undefined && asked !== actor.sellerId)
    throw new NotFoundError('seller', asked);
  return actor.sellerId ?? asked;
}
