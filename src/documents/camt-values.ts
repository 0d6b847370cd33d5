import { isPlainDateText } from '../shared/calendar/index.ts';
import { InvalidInputError } from '../shared/errors/index.ts';
import type { Cents } from '../shared/money/index.ts';
import type { XmlNode } from './bank-xml.ts';
import { first, placeOf, textAt } from './bank-xml-query.ts';

/*
 * The values of a CAMT entry, each read with the place it came from, so a refusal names the element
 * and line. A file is refused whole: problems are collected over the file (up to a limit) and
 * reported together, and nothing of a refused file is returned.
 */

const MAX_REPORTED = 20;

export class CamtProblems {
  private readonly problems: string[] = [];
  private unshown = 0;

  add(node: XmlNode, problem: string): undefined {
    // Only the shown ones are placed: a place costs a walk over the node's siblings.
    if (this.problems.length < MAX_REPORTED) this.problems.push(`${placeOf(node)}: ${problem}`);
    else this.unshown += 1;
    return undefined;
  }

  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const shown = [...this.problems];
    const more = this.unshown;
    if (more > 0) shown.push(`and ${more} more problems`);
    throw new InvalidInputError(shown.map((problem) => ({ field: 'statement', problem })));
  }
}

/** Mandatory text: the trimmed text at `path`, or a problem naming the missing element. */
export function requiredAt(node: XmlNode, path: string, problems: CamtProblems): string | undefined {
  return textAt(node, path) ?? problems.add(node, `${path} is missing`);
}

const AMOUNT = /^(\d{1,13})(?:\.(\d+))?$/;

/**
 * An `Amt` element in whole cents. Only euros are read: the amounts are booked as cents of EUR
 * everywhere in Vezel. The schema allows 5 decimals; a euro amount with more than 2 is refused,
 * not rounded.
 */
export function amountAt(
  node: XmlNode,
  path: string,
  what: string,
  problems: CamtProblems,
): Cents | undefined {
  const element = first(node, path);
  if (element === undefined) return problems.add(node, `${path} is missing`);
  const currency = element.attributes.Ccy;
  if (currency !== 'EUR')
    return problems.add(
      element,
      `only EUR accounts are supported: ${what} is in ${currency === undefined ? 'no currency (Ccy is missing)' : `'${currency}'`}`,
    );
  const text = element.text.trim();
  const match = AMOUNT.exec(text);
  if (match === null) return problems.add(element, `'${text.slice(0, 40)}' is not an amount`);
  const decimals = match[2] ?? '';
  if (decimals.length > 2)
    return problems.add(element, `'${text}' has more than 2 decimals, and euros have cents at most`);
  return Number(match[1]) * 100 + Number(decimals.padEnd(2, '0'));
}

/** `BookgDt` or `ValDt`: its `Dt`, or the date part of its `DtTm` (the bank's local date). */
export function dateAt(node: XmlNode, path: string, problems: CamtProblems): string | undefined {
  const element = first(node, path);
  if (element === undefined) return problems.add(node, `${path} is missing`);
  const text = textAt(element, 'Dt') ?? textAt(element, 'DtTm')?.slice(0, 10);
  if (text === undefined) return problems.add(element, 'has neither Dt nor DtTm');
  return isPlainDateText(text) ? text : problems.add(element, `'${text}' is not a date (YYYY-MM-DD)`);
}

/** The date part of an optional date-time (`FrToDt/FrDtTm`). */
export function optionalDateTimeAt(node: XmlNode, path: string, problems: CamtProblems): string | undefined {
  const text = textAt(node, path);
  if (text === undefined) return undefined;
  const date = text.slice(0, 10);
  return isPlainDateText(date) ? date : problems.add(node, `${path} '${text}' is not a date-time`);
}

export function directionAt(node: XmlNode, problems: CamtProblems): 'credit' | 'debit' | undefined {
  const code = requiredAt(node, 'CdtDbtInd', problems);
  if (code === 'CRDT') return 'credit';
  if (code === 'DBIT') return 'debit';
  return code === undefined ? undefined : problems.add(node, `CdtDbtInd '${code}' is neither CRDT nor DBIT`);
}

/** `RvslInd`: xs:boolean, absent meaning no reversal. */
export function reversalAt(node: XmlNode, problems: CamtProblems): boolean {
  const text = textAt(node, 'RvslInd');
  if (text === undefined || text === 'false' || text === '0') return false;
  if (text === 'true' || text === '1') return true;
  problems.add(node, `RvslInd '${text}' is not true or false`);
  return false;
}

/** `Sts`: a code as text up to camt.053.001.06, `Sts/Cd` (or `Sts/Prtry`) from 001.07 on. */
export function statusAt(node: XmlNode, problems: CamtProblems): string | undefined {
  const status = first(node, 'Sts');
  if (status === undefined) return problems.add(node, 'Sts is missing');
  const code =
    textAt(status, 'Cd') ??
    textAt(status, 'Prtry') ??
    (status.children.length === 0 ? status.text.trim() : '');
  return code !== '' ? code : problems.add(status, 'has no status code');
}
