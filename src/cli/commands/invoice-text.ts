import type { InvoiceLineView, InvoiceSummary, InvoiceView } from '../../billing/index.ts';
import type { Address } from '../../shared/identifiers/index.ts';
import { formatEuro, formatDecimal, normalizeDecimal, parseDecimal } from '../../shared/money/index.ts';

/*
 * An invoice as text for the terminal: the header, the lines, VAT per rate, the totals and how to pay.
 * The PDF (`vezel invoices pdf`) is what the customer receives; this is for the clerk reviewing it.
 */

export function invoiceText(invoice: InvoiceView): string[] {
  return [
    ...header(invoice),
    '',
    ...linesTable(invoice.lines),
    '',
    ...vatAndTotals(invoice),
    ...payment(invoice),
    ...invoice.notes.map((note) => `Note: ${note}`),
    `Rules: ${invoice.because.join(', ')}`,
  ];
}

/** One line of a list of invoices. */
export function invoiceLine(invoice: InvoiceSummary): string {
  const number = invoice.number ?? '(draft)';
  const dates = invoice.issuedOn ? `${invoice.issuedOn} due ${invoice.dueOn ?? '-'}` : 'not issued';
  return (
    `${invoice.id.padEnd(10)} ${number.padEnd(12)} ${invoice.kind.padEnd(11)} ${invoice.state.padEnd(6)} ` +
    `${invoice.customerId.padEnd(10)} ${dates.padEnd(25)} ${formatEuro(invoice.totalCents).padStart(14)}`
  );
}

function header(invoice: InvoiceView): string[] {
  const title = invoice.kind === 'credit-note' ? 'Credit note' : 'Invoice';
  const first =
    invoice.state === 'issued'
      ? `${title} ${invoice.number ?? ''} (${invoice.id}), issued ${invoice.issuedOn ?? '-'}`
      : `Draft ${title.toLowerCase()} ${invoice.id}: not issued, so no number or date yet`;
  const corrects = invoice.corrects
    ? [`Corrects   ${invoice.corrects.number ?? invoice.corrects.id} of ${invoice.corrects.issuedOn ?? '-'}`]
    : [];
  const period = invoice.periodFrom ? [`Period     ${invoice.periodFrom} – ${invoice.periodTo ?? ''}`] : [];
  const run = invoice.billRunId ? [`Bill run   ${invoice.billRunId}`] : [];
  return [
    first,
    `From       ${party(invoice.seller)}`,
    `To         ${party(invoice.customer)} [${invoice.customer.id}]`,
    ...corrects,
    ...period,
    ...run,
  ];
}

function party(p: InvoiceView['seller']): string {
  const ids = [p.vatId ? `VAT ${p.vatId}` : '', p.kvkNumber ? `KvK ${p.kvkNumber}` : ''].filter(Boolean);
  return [p.legalName, address(p.address), ...ids].join(', ');
}

function address(a: Address): string {
  const addition = a.houseNumberAddition ? ` ${a.houseNumberAddition}` : '';
  return `${a.street} ${a.houseNumber}${addition}, ${a.postcode} ${a.city} ${a.country}`;
}

function linesTable(lines: readonly InvoiceLineView[]): string[] {
  const rows = lines.map((line) => [
    String(line.position),
    line.description,
    line.periodFrom ? `${line.periodFrom} – ${line.periodTo ?? ''}` : '',
    line.quantity,
    unitPrice(line.unitPriceCents),
    formatEuro(line.netCents),
    `${line.vatCategory} ${line.vatPercent}%`,
  ]);
  return table([['#', 'description', 'period', 'qty', 'unit price', 'net', 'VAT'], ...rows], [0, 3, 4, 5]);
}

function vatAndTotals(invoice: InvoiceView): string[] {
  const rates = invoice.vatSubtotals.map((s) => {
    const exemption = s.exemptionReasonCode ? `  (${s.exemptionReasonCode} ${s.exemptionReason ?? ''})` : '';
    return `  ${s.category} ${s.percent}% on ${formatEuro(s.taxableCents)}: ${formatEuro(s.vatCents)}${exemption}`;
  });
  return [
    'VAT per rate',
    ...rates,
    `Net        ${formatEuro(invoice.netCents)}`,
    `VAT        ${formatEuro(invoice.vatCents)}${invoice.reverseCharge ? ' (reverse charge)' : ''}`,
    `Total      ${formatEuro(invoice.totalCents)}`,
  ];
}

function payment(invoice: InvoiceView): string[] {
  if (invoice.kind === 'credit-note') return [];
  const due = invoice.dueOn
    ? `Due        ${invoice.dueOn} (${invoice.paymentTermDays} days after the invoice date)`
    : `Due        ${invoice.paymentTermDays} days after the invoice date, once issued`;
  const to = invoice.seller.iban ? [`Pay to     ${invoice.seller.iban}`] : [];
  const reference = invoice.paymentReference ? [`Reference  ${invoice.paymentReference}`] : [];
  return [due, ...to, ...reference];
}

/** Cents as decimal text ("12345", "0.1234") in euros with at least two decimals. */
function unitPrice(cents: string): string {
  if (/^-?\d+$/.test(cents)) return formatEuro(Number(cents));
  const value = parseDecimal(cents, 'unitPriceCents');
  const euros = normalizeDecimal({ units: value.units, scale: value.scale + 2 });
  return `€ ${formatDecimal(euros).replace('.', ',')}`;
}

/** Columns padded to their widest cell; the columns named in `right` aligned right. */
function table(rows: readonly (readonly string[])[], right: readonly number[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        right.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd(),
  );
}
