import type { Temporal } from 'temporal-polyfill';
import { create } from 'xmlbuilder2';
import { formatAmount, sumCents, type Cents } from '../shared/money/index.ts';
import type { BatchHeader, SepaAccountHolder } from './sepa-fields.ts';

/*
 * The pieces pain.001 and pain.008 share, appended in the order of their schemas' xsd:sequence.
 * xmlbuilder2 escapes text; child elements inherit the document's default namespace.
 */

export type SepaElement = ReturnType<typeof create>;

export function sepaDocument(
  namespace: string,
  message: string,
): { document: SepaElement; message: SepaElement } {
  const document = create({ version: '1.0', encoding: 'UTF-8' }).ele(namespace, 'Document', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  });
  return { document, message: document.ele(message) };
}

export function text(parent: SepaElement, name: string, value: string): SepaElement {
  return parent.ele(name).txt(value).up();
}

/** GroupHeader32 (pain.001.001.03) and GroupHeader39 (pain.008.001.02) have the same sequence. */
export function groupHeader(
  message: SepaElement,
  header: BatchHeader,
  amounts: readonly Cents[],
  initiator: string,
): void {
  const group = message.ele('GrpHdr');
  text(group, 'MsgId', header.messageId);
  text(group, 'CreDtTm', header.createdAt.toString({ smallestUnit: 'second' }));
  text(group, 'NbOfTxs', String(amounts.length));
  text(group, 'CtrlSum', formatAmount(sumCents(amounts)));
  text(group.ele('InitgPty'), 'Nm', initiator);
}

/** NbOfTxs and CtrlSum of one payment-information block. */
export function blockTotals(block: SepaElement, amounts: readonly Cents[]): void {
  text(block, 'NbOfTxs', String(amounts.length));
  text(block, 'CtrlSum', formatAmount(sumCents(amounts)));
}

export function amount(parent: SepaElement, name: string, cents: Cents): void {
  parent.ele(name, { Ccy: 'EUR' }).txt(formatAmount(cents));
}

export function party(parent: SepaElement, name: string, holder: SepaAccountHolder): void {
  text(parent.ele(name), 'Nm', holder.name);
}

export function account(parent: SepaElement, name: string, holder: SepaAccountHolder): void {
  text(parent.ele(name).ele('Id'), 'IBAN', holder.iban);
}

/** The bank by BIC; without one "NOTPROVIDED", as the EPC guidelines allow for IBAN-only payments. */
export function agent(parent: SepaElement, name: string, holder: SepaAccountHolder): void {
  const institution = parent.ele(name).ele('FinInstnId');
  if (holder.bic !== undefined) text(institution, 'BIC', holder.bic);
  else text(institution.ele('Othr'), 'Id', 'NOTPROVIDED');
}

export function date(parent: SepaElement, name: string, value: Temporal.PlainDate): void {
  text(parent, name, value.toString());
}

/** Groups in order of first appearance, by a key. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return [...groups.values()];
}
