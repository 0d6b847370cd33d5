import { eq } from 'drizzle-orm';
import { customers } from '../../customers/schema.ts';
import type { Db } from '../../platform/database/index.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import { sellers } from '../../sellers/schema.ts';
import { getProfile } from '../../terms/index.ts';
import type { TermsProfile } from '../../terms/index.ts';
import type { CustomerKind } from '../rules/termination.ts';

export interface OfferPartiesInput {
  /** Default: the seller whose terms profile is `profileId`. */
  readonly sellerId?: string;
  /** Default: the seller's current terms profile. */
  readonly profileId?: string;
  readonly customerId: string;
}

export interface OfferParties {
  readonly sellerId: string;
  readonly profile: TermsProfile;
  readonly customerId: string;
  /** The customer's kind when the offer is made decides the consumer protections (nl:6:236j). */
  readonly customerKind: CustomerKind;
}

/** Who offers to whom, under which terms: the seller, its profile and a customer that exists. */
export async function offerParties(db: Db, input: OfferPartiesInput): Promise<OfferParties> {
  const [customer] = await db
    .select({ id: customers.id, kind: customers.kind })
    .from(customers)
    .where(eq(customers.id, input.customerId));
  if (!customer) throw new NotFoundError('customer', input.customerId);
  const seller = await sellerOf(db, input);
  const profileId = input.profileId ?? seller.profileId;
  const { profile } = await getProfile(db, profileId);
  return { sellerId: seller.id, profile, customerId: customer.id, customerKind: customer.kind };
}

async function sellerOf(db: Db, input: OfferPartiesInput) {
  if (input.sellerId !== undefined) {
    const [seller] = await db.select().from(sellers).where(eq(sellers.id, input.sellerId));
    if (!seller) throw new NotFoundError('seller', input.sellerId);
    return seller;
  }
  if (input.profileId === undefined) {
    throw new InvalidInputError('sellerId', 'is required (or name the profileId of a seller)');
  }
  const [seller] = await db.select().from(sellers).where(eq(sellers.profileId, input.profileId));
  if (!seller) {
    throw new InvalidInputError(
      'sellerId',
      `is required: no seller makes its contracts under profile ${input.profileId}`,
    );
  }
  return seller;
}
