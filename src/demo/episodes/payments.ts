import { Temporal } from 'temporal-polyfill';
import { listInvoices } from '../../billing/index.ts';
import type { InvoiceSummary } from '../../billing/index.ts';
import {
  getAccountStatement,
  importBankStatement,
  recordComplaint,
  resolveDispute,
} from '../../collections/index.ts';
import { getSeller } from '../../sellers/index.ts';
import { camtStatementFile } from '../bank/camt-statement-file.ts';
import type { BankCredit } from '../bank/camt-statement-file.ts';
import { payerIban } from '../bank/payer-iban.ts';
import type { DemoDay, DemoEpisode, DemoWorld } from '../demo-world.ts';
import type { DemoCustomer } from '../rules/demo-cast.ts';
import type { DemoRandom } from '../rules/demo-random.ts';

type SellerId = DemoCustomer['sellerId'];
interface Credit extends Omit<BankCredit, 'amountCents'> {
  readonly on: string;
  readonly customerId: string;
  /** A sum, or everything the account owes on the day (what a late payer's letter asks). */
  readonly amountCents: number | 'balance';
}
interface DisputeStep {
  readonly on: string;
  readonly run: (today: DemoDay, world: DemoWorld) => Promise<void>;
}

/**
 * The customers' side of collections. After each quarter's bill run every new invoice gets a day on
 * which its customer pays, by the customer's habit; the payments arrive on the seller's account and
 * come back to Vezel as the bank's CAMT.053 statement of each working day. A disputer disputes part
 * of its first invoice, which billing credits or upholds three weeks later. Once a month someone pays
 * without a reference, for the unmatched queue.
 */
export function paymentsEpisode(random: DemoRandom): DemoEpisode {
  const seen = new Set<string>();
  const credits: Record<SellerId, Credit[]> = { bit: [], vitrumnet: [] };
  const disputeSteps: DisputeStep[] = [];
  const disputed = new Set<string>();
  let entries = 0;

  const pay = (
    invoice: InvoiceSummary,
    customer: DemoCustomer,
    on: Temporal.PlainDate,
    amountCents: number | 'balance',
  ) => {
    const index = Number(customer.key.slice(1));
    const byReference = random.chance(0.85);
    credits[customer.sellerId].push({
      on: on.toString(),
      customerId: invoice.customerId,
      reference: `DEMO-${invoice.sellerId}-${++entries}`,
      amountCents,
      payerName: customer.legalName,
      payerIban: payerIban(index),
      ...(byReference && invoice.paymentReference
        ? { creditorReference: invoice.paymentReference }
        : { text: `Factuur ${invoice.number}` }),
    });
  };

  const schedule = (invoice: InvoiceSummary, customer: DemoCustomer) => {
    const issued = dateOf(invoice.issuedOn);
    const due = dateOf(invoice.dueOn);
    if (customer.habit === 'disputer' && !disputed.has(customer.key) && invoice.totalCents >= 2_000) {
      disputed.add(customer.key);
      const disputedCents = Math.round(invoice.totalCents / 4);
      pay(invoice, customer, issued.add({ days: random.between(5, 10) }), invoice.totalCents - disputedCents);
      disputeSteps.push(
        disputeOf(invoice, customer, issued.add({ days: 4 }), disputedCents, {
          random,
          pay,
          steps: disputeSteps,
        }),
      );
      return;
    }
    const inTime = () => issued.add({ days: random.between(2, Math.max(3, invoice.paymentTermDays - 1)) });
    const days = {
      prompt: inTime,
      disputer: inTime,
      slow: () => due.add({ days: random.between(8, 20) }),
      late: () => due.add({ days: random.between(40, 55) }),
      // After the whole ladder: the services suspended, the contract dissolved where the terms say so.
      defaulter: () => due.add({ days: random.between(110, 130) }),
    }[customer.habit]();
    // Whoever pays after a letter pays what the letter asks: the fees and interest too (nl:6:44).
    pay(
      invoice,
      customer,
      days,
      customer.habit === 'prompt' || customer.habit === 'disputer' ? invoice.totalCents : 'balance',
    );
  };

  return {
    name: 'payments',
    async run(today, world) {
      if (isQuarterStart(today.day)) await scheduleNewInvoices(world, seen, schedule);
      for (const step of disputeSteps.filter((s) => s.on === today.day.toString()))
        await step.run(today, world);
      if (today.day.day === 15) unknownPayment(today, credits, random, ++entries);
      if (today.day.dayOfWeek <= 5)
        for (const sellerId of ['bit', 'vitrumnet'] as const) await bankDay(today, world, sellerId, credits);
    },
  };
}

const dateOf = (text: string | null): Temporal.PlainDate => {
  if (!text) throw new Error('an issued invoice without its dates');
  return Temporal.PlainDate.from(text);
};

function isQuarterStart(day: Temporal.PlainDate): boolean {
  return day.day === 1 && day.month % 3 === 1;
}

async function scheduleNewInvoices(
  world: DemoWorld,
  seen: Set<string>,
  schedule: (invoice: InvoiceSummary, customer: DemoCustomer) => void,
): Promise<void> {
  const byId = new Map(world.cast.map((c) => [world.customerIds.get(c.key), c] as const));
  for (const sellerId of ['bit', 'vitrumnet'] as const) {
    for (let offset = 0; ; offset += 500) {
      const { invoices } = await listInvoices(world.db, {
        sellerId,
        state: 'issued',
        kind: 'invoice',
        limit: 500,
        offset,
      });
      for (const invoice of invoices) {
        if (seen.has(invoice.id)) continue;
        seen.add(invoice.id);
        const customer = byId.get(invoice.customerId);
        if (customer && invoice.totalCents > 0) schedule(invoice, customer);
      }
      if (invoices.length < 500) break;
    }
  }
}

/** The sums of the day's credits; an account paid in full once that day, an account owing nothing not at all. */
async function withAmounts(
  today: DemoDay,
  world: DemoWorld,
  sellerId: SellerId,
  booked: readonly Credit[],
): Promise<BankCredit[]> {
  const paidInFull = new Set<string>();
  const credits: BankCredit[] = [];
  for (const credit of booked) {
    if (credit.amountCents !== 'balance') {
      credits.push({ ...credit, amountCents: credit.amountCents });
      continue;
    }
    if (paidInFull.has(credit.customerId)) continue;
    paidInFull.add(credit.customerId);
    const account = await getAccountStatement(world, {
      sellerId,
      customerId: credit.customerId,
      asOf: today.day,
    });
    const owed = account.balanceCents + account.accruedInterestCents - account.disputedCents;
    if (owed > 0) credits.push({ ...credit, amountCents: owed });
  }
  return credits;
}

/** The working day's statement: every credit booked since the last one (weekend ones on Monday). */
async function bankDay(
  today: DemoDay,
  world: DemoWorld,
  sellerId: SellerId,
  credits: Record<SellerId, Credit[]>,
) {
  const booked = credits[sellerId].filter((credit) => credit.on <= today.day.toString());
  if (booked.length === 0) return;
  credits[sellerId] = credits[sellerId].filter((credit) => credit.on > today.day.toString());
  const due = await withAmounts(today, world, sellerId, booked);
  if (due.length === 0) return;
  const seller = await getSeller(world.db, sellerId);
  const file = camtStatementFile(
    {
      iban: seller.iban,
      bookedOn: today.day,
      statementId: `${sellerId.toUpperCase()}-${today.day.toString()}`,
    },
    due,
  );
  await importBankStatement(today.as(world.staff.billing, '08:15'), { sellerId, file });
}

function unknownPayment(
  today: DemoDay,
  credits: Record<SellerId, Credit[]>,
  random: DemoRandom,
  entry: number,
) {
  const sellerId = random.pick(['bit', 'vitrumnet'] as const);
  credits[sellerId].push({
    customerId: '',
    on: today.day.toString(),
    reference: `DEMO-${sellerId}-${entry}`,
    amountCents: random.between(20, 400) * 100 + random.pick([0, 50, 95]),
    payerName: random.pick(['J. de Vries', 'Stichting Buurtbelang', 'P. Kramer', 'VOF Kade 12']),
    payerIban: payerIban(1_000 + entry),
    text: random.pick(['Betaling', 'Factuur', 'Zie mail', 'Termijn']),
  });
}

function disputeOf(
  invoice: InvoiceSummary,
  customer: DemoCustomer,
  on: Temporal.PlainDate,
  disputedCents: number,
  later: {
    readonly random: DemoRandom;
    readonly pay: (
      invoice: InvoiceSummary,
      customer: DemoCustomer,
      on: Temporal.PlainDate,
      cents: number,
    ) => void;
    readonly steps: DisputeStep[];
  },
): DisputeStep {
  const { random, pay, steps } = later;
  return {
    on: on.toString(),
    async run(today, world) {
      const customerId = world.customerIds.get(customer.key)!;
      const { dispute } = await recordComplaint(today.as(world.staff.billing, '11:00'), {
        sellerId: invoice.sellerId,
        customerId,
        about: 'invoice',
        invoiceNumber: invoice.number!,
        receivedOn: today.day,
        channel: 'email',
        description: 'De installatiekosten kloppen niet met de offerte.',
        disputedCents,
      });
      if (!dispute) return;
      // Three weeks later billing decides: a credit note, or the invoice stands and is paid in full.
      // The last quarter's dispute is left open, for the back office's queue.
      const decideOn = today.day.add({ days: 21 });
      if (Temporal.PlainDate.compare(decideOn, world.last.subtract({ days: 30 })) > 0) return;
      const credit = random.chance(0.5);
      steps.push({
        on: decideOn.toString(),
        run: async (decisionDay) => {
          await resolveDispute(decisionDay.as(world.staff.billing, '14:00'), {
            disputeId: dispute.id,
            outcome: credit ? 'credit' : 'uphold',
            reason: credit
              ? 'Installatie is volgens offerte gratis; gecrediteerd.'
              : 'Conform offerte; de factuur blijft staan.',
            on: decisionDay.day,
          });
          if (!credit)
            pay(invoice, customer, decisionDay.day.add({ days: random.between(2, 9) }), disputedCents);
        },
      });
    },
  };
}
