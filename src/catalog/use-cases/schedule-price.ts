import { Temporal } from 'temporal-polyfill';
import { getContract } from '../../contracts/index.ts';
import type { ContactRole } from '../../customers/schema.ts';
import { notifyCustomer } from '../../notifications/index.ts';
import { auditChange } from '../../platform/audit/index.ts';
import type { Context } from '../../platform/context.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import type { Explanation } from '../../shared/explanation/index.ts';
import type { Cents } from '../../shared/money/index.ts';
import { PRICE_CHANGE_NOTICE_RULES, checkNewPrice, priceChangeNotice, priceOn } from '../rules/index.ts';
import type { PriceChangeNoticeFigures } from '../rules/index.ts';
import {
  contactRolesOf,
  contractsNaming,
  insertPrice,
  lockProduct,
  networkCustomersOf,
  pricesOf,
} from '../store.ts';
import { priceChangeMessage } from './price-change-message.ts';
import { listedPrice, productView } from './product-view.ts';
import type { ListedPrice } from './product-view.ts';
import { ownRules, sellerTerms } from './seller-terms.ts';

export interface SchedulePrice {
  readonly productId: string;
  /** Net per unit of the product's kind (bit:5.1, vn:7.1.2). */
  readonly amountCents: Cents;
  /** Today or later: prices are never changed backwards. */
  readonly effectiveFrom: Temporal.PlainDate;
  /**
   * The notice the operator owes, in days from the announcement (today) to `effectiveFrom`; default
   * 0: announced any day before. The seeded terms set no period (bit:5.2, vn:7.4.1–7.4.3), but Dutch
   * telecom law (the Telecommunicatiewet, implementing the EU electronic communications code) may
   * require one month's notice of a change to an end user's contract: such an operator passes 30 or
   * so. CLAUSES.md lists no such rule yet, so the catalog does not impose it.
   */
  readonly minimumNoticeDays?: number;
}

export interface ScheduledPrice {
  readonly productId: string;
  readonly price: ListedPrice;
  /** The price that applied from `effectiveFrom` before this one was listed; null for a first price. */
  readonly previousCents: Cents | null;
  /** Whether the price from `effectiveFrom` differs from before: only then is anyone told. */
  readonly changed: boolean;
  /** The customers told, each once. */
  readonly told: string[];
  readonly messageIds: string[];
  /** Whether the announcement (today) comes in time for the change, per `minimumNoticeDays`. */
  readonly notice: Explanation<boolean, PriceChangeNoticeFigures>;
}

// One notice per customer, to the contacts of the first role it has: billing, commercial, primary.
const NOTICE_ROLES: readonly ContactRole[] = ['billing', 'commercial', 'primary'];

/**
 * Lists a dated price (bit:5.2, vn:7.4.1) and, in the same transaction, tells every customer the
 * change reaches (vn:7.4.3 "we let the customer know"): holders of a contract whose offer names the
 * product and that has not ended on the effective date, and customers with an open network service
 * of the product. A change is not refused for short notice; the answer says whether it was in time.
 *
 * A change effective *today* is refused when it changes the price in force: it cannot be announced
 * before it takes effect (the notice rule's one day at least), and today may already be billed at the
 * old price. A first price, or one repeating the price in force, may start today: nobody is told.
 */
export async function schedulePrice(context: Context, input: SchedulePrice): Promise<ScheduledPrice> {
  const today = context.clock.today();
  const effectiveFrom = input.effectiveFrom.toString();
  const entry = { effectiveFrom, amountCents: input.amountCents, announcedOn: today.toString() };
  checkInput(input, entry, today);
  return context.db.transaction(async (tx) => {
    const product = await lockProduct(tx, input.productId);
    if (!product) throw new NotFoundError('product', input.productId);
    if (product.retiredOn !== null && product.retiredOn <= effectiveFrom) {
      throw new ConflictError(
        `product ${product.id} is retired from ${product.retiredOn} (vn:2.2.3) and has no price from then on; ` +
          `list the price from before that day, or add a new product`,
      );
    }
    const profile = await sellerTerms(tx, product.sellerId);
    const before = (await pricesOf(tx, product.id)).map(listedPrice);
    checkNewPrice(before, entry, today);
    const previousCents = inForce(before, input.effectiveFrom);
    const changed = previousCents !== null && previousCents !== input.amountCents;
    if (changed && Temporal.PlainDate.compare(input.effectiveFrom, today) === 0) {
      throw new ConflictError(
        `effectiveFrom: a change of the price in force cannot take effect today, as the customer must be told before it does (bit:5.2, vn:7.4.3); ` +
          `schedule it from ${today.add({ days: 1 }).toString()} at the earliest`,
      );
    }
    const inserted = await insertPrice(tx, {
      productId: product.id,
      ...entry,
      recordedAt: context.clock.now().toString(),
      recordedBy: context.actor.id,
    });
    if (!inserted) throw new ConflictError(`effectiveFrom: a price from ${effectiveFrom} is already listed`);
    const because = ownRules(profile, PRICE_CHANGE_NOTICE_RULES);
    const notice = priceChangeNotice(
      {
        effectiveFrom: input.effectiveFrom,
        announcedOn: today,
        ...(input.minimumNoticeDays === undefined ? {} : { minimumNoticeDays: input.minimumNoticeDays }),
      },
      because,
    );
    const told = changed ? await affectedCustomers(tx, product.id, input.effectiveFrom) : [];
    const messageIds: string[] = [];
    if (changed) {
      const view = await productView(tx, profile, product, today);
      const message = priceChangeMessage(view, previousCents, entry, notice);
      for (const customerId of told) {
        const roles = await contactRolesOf(tx, customerId);
        const role = NOTICE_ROLES.find((candidate) => roles.includes(candidate));
        const queued = await notifyCustomer(tx, context, customerId, role ? [role] : NOTICE_ROLES, message);
        messageIds.push(...queued.map((m) => m.id));
      }
    }
    await auditChange(tx, context, {
      action: 'product.priceScheduled',
      subject: { type: 'product', id: product.id },
      details: {
        ...notice.figures,
        amountCents: input.amountCents,
        previousCents,
        told,
        inTime: notice.value,
        because: [...notice.because],
      },
    });
    return {
      productId: product.id,
      price: listedPrice(inserted),
      previousCents,
      changed,
      told,
      messageIds,
      notice,
    };
  });
}

/** Every problem of the input at once: the new price's fields, and the notice asked for. */
function checkInput(input: SchedulePrice, entry: ListedPrice, today: Temporal.PlainDate): void {
  const problems: FieldProblem[] = [];
  if (typeof input.productId !== 'string' || input.productId === '') {
    problems.push({ field: 'productId', problem: 'is required' });
  }
  problems.push(...problemsOf(() => checkNewPrice([], entry, today)));
  problems.push(
    ...problemsOf(() =>
      priceChangeNotice({
        effectiveFrom: today,
        announcedOn: today,
        ...(input.minimumNoticeDays === undefined ? {} : { minimumNoticeDays: input.minimumNoticeDays }),
      }),
    ),
  );
  if (problems.length > 0) throw new InvalidInputError(problems);
}

function problemsOf(check: () => unknown): readonly FieldProblem[] {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems;
    throw error;
  }
}

/** The price that applied on `day` by the list as it was; null when no price applied yet. */
function inForce(prices: readonly ListedPrice[], day: Temporal.PlainDate): Cents | null {
  const applies = prices.some(
    (p) => Temporal.PlainDate.compare(Temporal.PlainDate.from(p.effectiveFrom), day) <= 0,
  );
  return applies ? priceOn(prices, day).value : null;
}

/**
 * The customers a change from `effectiveFrom` reaches, each once: holders of a contract naming the
 * product that has not ended by then (its timeline on that day: an ended contract need not be told),
 * and customers with a network service of the product that is not closed.
 */
async function affectedCustomers(
  db: Context['db'],
  productId: string,
  effectiveFrom: Temporal.PlainDate,
): Promise<string[]> {
  const customers = new Set<string>();
  for (const { contractId, customerId } of await contractsNaming(db, productId)) {
    if (customers.has(customerId)) continue;
    const contract = await getContract(db, contractId, effectiveFrom);
    if (contract.timeline.status !== 'ended') customers.add(customerId);
  }
  for (const customerId of await networkCustomersOf(db, productId)) customers.add(customerId);
  return [...customers].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
