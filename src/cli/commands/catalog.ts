import { Command, Option } from 'commander';
import type { Temporal } from 'temporal-polyfill';
import type { ProductView, ScheduledPrice } from '../../catalog/index.ts';
import { cliActor } from '../../platform/actor.ts';
import { InvalidInputError, asInvalidInput } from '../../shared/errors/index.ts';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { formatEuro, parseAmount } from '../../shared/money/index.ts';
import { parsePlainDate } from '../../shared/calendar/index.ts';
import { asOfOption, dateArgument, jsonOption, wholeNumberArgument } from '../options.ts';
import { printJson, printLines } from '../output.ts';
import { readJsonFile } from '../read-json-file.ts';
import { withApp } from '../with-app.ts';

/** `vezel catalog …`: products per seller and their price lists with dated prices (bit:5.2, vn:7.4). */
export function catalogCommand(): Command {
  return new Command('catalog')
    .description(
      "the sellers' products and their dated prices: list, show, add, retire, price, schedule-price",
    )
    .addCommand(listCommand())
    .addCommand(showCommand())
    .addCommand(addCommand())
    .addCommand(retireCommand())
    .addCommand(priceCommand())
    .addCommand(schedulePriceCommand());
}

function listCommand(): Command {
  return new Command('list')
    .description("a seller's products by code, with the price today")
    .argument('<seller>', 'the seller id, e.g. bit or vitrumnet')
    .option('--kind <kind>', 'only products of this kind, e.g. access, colocation, usage-traffic')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((seller: string, options: { kind?: string; asOf?: Temporal.PlainDate; json?: boolean }) =>
      withApp(options.asOf, async (app) => {
        const { listProducts } = await import('../../catalog/index.ts');
        const products = await listProducts(
          { db: app.database.db, clock: app.clock },
          {
            sellerId: seller,
            ...(options.kind === undefined ? {} : { kind: options.kind as ProductView['kind'] }),
          },
        );
        if (options.json) return printJson(products);
        if (products.length === 0) return printLines([`${seller} has no products${kindText(options.kind)}.`]);
        printLines(products.map(productLine));
      }),
    );
}

function showCommand(): Command {
  return new Command('show')
    .description('one product with its price list and the known future increases (bit:5.2)')
    .argument('<product>', 'the product id, e.g. P-1')
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((id: string, options: { asOf?: Temporal.PlainDate; json?: boolean }) =>
      withApp(options.asOf, async (app) => {
        const { getProduct } = await import('../../catalog/index.ts');
        const product = await getProduct({ db: app.database.db, clock: app.clock }, id);
        if (options.json) return printJson(product);
        printLines([
          productLine(product),
          ...product.prices.map(
            (p) => `  from ${p.effectiveFrom}: ${formatEuro(p.amountCents)} (announced ${p.announcedOn})`,
          ),
          ...product.knownFutureIncreases.value.map(
            (c) =>
              `  known increase from ${c.effectiveFrom} (${product.knownFutureIncreases.because.join(', ')})`,
          ),
        ]);
      }),
    );
}

function addCommand(): Command {
  return new Command('add')
    .description("add a product to a seller's catalog, with its first price when given")
    .requiredOption(
      '--file <json>',
      'the product: {"sellerId","code","name","kind","vatCategory","providerId"?,"firstPrice"?: {"amount" or "amountCents","effectiveFrom"?}}',
    )
    .addOption(jsonOption())
    .action((options: { file: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const input = productFromFile(readJsonFile(options.file));
        const { addProduct } = await import('../../catalog/index.ts');
        const product = await addProduct({ db: app.database.db, clock: app.clock, actor: cliActor() }, input);
        if (options.json) return printJson(product);
        printLines([`Added ${product.id} to the catalog of ${product.sellerId}.`, productLine(product)]);
      }),
    );
}

function retireCommand(): Command {
  return new Command('retire')
    .description('retire a product: no longer sold from --on (default today) on (vn:2.2.3)')
    .argument('<product>', 'the product id, e.g. P-1')
    .addOption(new Option('--on <date>', 'the first day it is no longer sold').argParser(dateArgument))
    .option('--reason <text>', 'why, for the audit log')
    .addOption(jsonOption())
    .action((id: string, options: { on?: Temporal.PlainDate; reason?: string; json?: boolean }) =>
      withApp(undefined, async (app) => {
        const { retireProduct } = await import('../../catalog/index.ts');
        const product = await retireProduct(
          { db: app.database.db, clock: app.clock, actor: cliActor() },
          {
            productId: id,
            ...(options.on ? { on: options.on } : {}),
            ...(options.reason ? { reason: options.reason } : {}),
          },
        );
        if (options.json) return printJson(product);
        printLines([`Retired ${product.id} from ${product.retiredOn ?? '?'} (vn:2.2.3).`]);
      }),
    );
}

function priceCommand(): Command {
  return new Command('price')
    .description('the price of a product on a day, with the rule ids and the next change')
    .argument('<product>', 'the product id, e.g. P-1')
    .addOption(new Option('--on <date>', 'the day (YYYY-MM-DD); default today').argParser(dateArgument))
    .addOption(asOfOption())
    .addOption(jsonOption())
    .action((id: string, options: { on?: Temporal.PlainDate; asOf?: Temporal.PlainDate; json?: boolean }) =>
      withApp(options.asOf, async (app) => {
        const { productPriceOn } = await import('../../catalog/index.ts');
        const price = await productPriceOn(
          { db: app.database.db, clock: app.clock },
          { productId: id, ...(options.on ? { on: options.on } : {}) },
        );
        if (options.json) return printJson(price);
        const { figures } = price;
        printLines([
          `${formatEuro(price.value)}${figures.per === 'each' ? '' : ` per ${figures.per}`} excl. VAT on ${figures.date}  (${price.because.join(', ')})`,
          `  listed from ${figures.effectiveFrom}; next change: ${figures.nextChange ?? 'none listed'}`,
        ]);
      }),
    );
}

function schedulePriceCommand(): Command {
  return new Command('schedule-price')
    .description('list a dated price and tell every customer the change reaches (bit:5.2, vn:7.4.1–7.4.3)')
    .argument('<product>', 'the product id, e.g. P-1')
    .requiredOption('--amount <amount>', 'the new price excl. VAT: 120.00 or "€ 120,00"')
    .addOption(
      new Option('--from <date>', 'the day it takes effect: today or later')
        .argParser(dateArgument)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option(
        '--minimum-notice-days <days>',
        'the notice owed (default 0); Dutch telecom law may require one month for end users',
      ).argParser(wholeNumberArgument),
    )
    .addOption(jsonOption())
    .action(
      (
        id: string,
        options: { amount: string; from: Temporal.PlainDate; minimumNoticeDays?: number; json?: boolean },
      ) =>
        withApp(undefined, async (app) => {
          const amountCents = parseAmount(options.amount, 'amount');
          const { schedulePrice } = await import('../../catalog/index.ts');
          const scheduled = await schedulePrice(
            { db: app.database.db, clock: app.clock, actor: cliActor() },
            {
              productId: id,
              amountCents,
              effectiveFrom: options.from,
              ...(options.minimumNoticeDays === undefined
                ? {}
                : { minimumNoticeDays: options.minimumNoticeDays }),
            },
          );
          if (options.json) return printJson(scheduled);
          printLines(describeScheduled(scheduled));
        }),
    );
}

function describeScheduled(s: ScheduledPrice): string[] {
  const { figures } = s.notice;
  const was = s.previousCents === null ? 'its first price' : `was ${formatEuro(s.previousCents)}`;
  return [
    `Listed ${formatEuro(s.price.amountCents)} from ${s.price.effectiveFrom} for ${s.productId} (${was}).`,
    s.changed
      ? `Told ${s.told.length} customer(s)${s.told.length > 0 ? `: ${s.told.join(', ')}` : ''}.`
      : 'The price does not change, so no customer is told.',
    `Notice ${s.notice.value ? 'in time' : 'NOT in time'}: announced ${figures.announcedOn}, ${figures.noticeDays} day(s) ahead; ` +
      `${figures.minimumNoticeDays} owed, so at the latest on ${figures.latestAnnouncement} (${s.notice.because.join(', ')}).`,
  ];
}

function productLine(p: ProductView): string {
  const price = p.priceToday
    ? `${formatEuro(p.priceToday.value)}${unitText(p.unit, p.billing.value?.period)}`
    : 'no price today';
  const retired = p.retiredOn ? `  retired from ${p.retiredOn}` : '';
  return `${p.id.padEnd(6)} ${p.code.padEnd(14)} ${p.kind.padEnd(20)} ${p.name}  ${price}${retired}`;
}

function unitText(unit: string, period?: string): string {
  if (unit === 'each') return '';
  if (unit === 'period') return period ? ` per ${period}` : '';
  return ` per ${unit}`;
}

const kindText = (kind: string | undefined) => (kind ? ` of kind ${kind}` : '');

const PRODUCT_FIELDS = ['sellerId', 'code', 'name', 'kind', 'vatCategory', 'providerId', 'firstPrice'];

/** The product a file describes; its values are checked by the use case, its shape here. */
function productFromFile(document: unknown) {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new InvalidInputError('file', 'must hold one JSON object: the product');
  }
  const doc = document as Record<string, unknown>;
  const problems: FieldProblem[] = Object.keys(doc)
    .filter((key) => !PRODUCT_FIELDS.includes(key))
    .map((key) => ({ field: key, problem: `is not a product field; one of ${PRODUCT_FIELDS.join(', ')}` }));
  if (doc.providerId !== undefined && doc.providerId !== null && typeof doc.providerId !== 'string') {
    problems.push({ field: 'providerId', problem: 'must be text' });
  }
  const firstPrice = doc.firstPrice === undefined ? undefined : priceFromFile(doc.firstPrice, problems);
  if (problems.length > 0) throw new InvalidInputError(problems);
  return {
    sellerId: doc.sellerId as string,
    code: doc.code as string,
    name: doc.name as string,
    kind: doc.kind as ProductView['kind'],
    vatCategory: doc.vatCategory as ProductView['vatCategory'],
    ...(typeof doc.providerId === 'string' ? { providerId: doc.providerId } : {}),
    ...(firstPrice ? { firstPrice } : {}),
  };
}

function priceFromFile(value: unknown, problems: FieldProblem[]) {
  if (typeof value !== 'object' || value === null) {
    problems.push({ field: 'firstPrice', problem: 'must be an object: {"amount","effectiveFrom"?}' });
    return undefined;
  }
  const { amount, amountCents, effectiveFrom } = value as Record<string, unknown>;
  let cents = amountCents as number;
  if ((amount === undefined) === (amountCents === undefined)) {
    problems.push({ field: 'firstPrice.amount', problem: 'give either amount (text) or amountCents' });
  } else if (amount !== undefined) {
    try {
      cents = parseAmount(String(amount), 'firstPrice.amount');
    } catch (error) {
      const invalid = asInvalidInput(error);
      if (!invalid) throw error;
      problems.push(...invalid.problems);
    }
  }
  let from: Temporal.PlainDate | undefined;
  if (effectiveFrom !== undefined) {
    try {
      from = parsePlainDate(effectiveFrom as string);
    } catch (error) {
      problems.push({ field: 'firstPrice.effectiveFrom', problem: (error as Error).message });
    }
  }
  return { amountCents: cents, ...(from ? { effectiveFrom: from } : {}) };
}
