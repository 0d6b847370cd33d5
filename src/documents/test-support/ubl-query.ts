import { create } from 'xmlbuilder2';
import { parseDecimal, roundHalfAwayFromZero } from '../../shared/money/index.ts';
import { UBL_NAMESPACES } from '../ubl-elements.ts';

/*
 * Reading a UBL document for the Peppol rule checks: xmlbuilder2 parses it into a namespace-aware
 * DOM, and these helpers walk it with short paths in the prefixes of the Peppol schematron
 * ("cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount", "//cbc:EndpointID"). Prefixes are resolved to
 * namespaces here, so a document that binds other prefixes reads the same.
 */

/** The part of a DOM element the checks use (xmlbuilder2's DOM types are not exported). */
export interface XmlElement {
  readonly nodeType: number;
  readonly namespaceURI: string | null;
  readonly localName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

const ELEMENT_NODE = 1;
const PREFIXES: Readonly<Record<string, string>> = { cac: UBL_NAMESPACES.cac, cbc: UBL_NAMESPACES.cbc };

export interface UblDocument {
  readonly root: XmlElement;
  readonly creditNote: boolean;
  readonly lines: readonly XmlElement[];
}

/** Parses the XML; a document that is not UBL Invoice-2 or CreditNote-2 is refused. */
export function parseUbl(xml: string): UblDocument {
  const root = create(xml).root().node as unknown as XmlElement;
  const invoice = root.namespaceURI === UBL_NAMESPACES.invoice && root.localName === 'Invoice';
  const creditNote = root.namespaceURI === UBL_NAMESPACES.creditNote && root.localName === 'CreditNote';
  if (!invoice && !creditNote)
    throw new Error(`not a UBL Invoice or CreditNote: {${root.namespaceURI}}${root.localName}`);
  return { root, creditNote, lines: all(root, creditNote ? 'cac:CreditNoteLine' : 'cac:InvoiceLine') };
}

export function elementsOf(element: XmlElement): XmlElement[] {
  return Array.from(element.childNodes).filter((node) => node.nodeType === ELEMENT_NODE);
}

/** Elements at a path below `element`; a leading "//" searches the first step at any depth. */
export function all(element: XmlElement, path: string): XmlElement[] {
  const deep = path.startsWith('//');
  const steps = (deep ? path.slice(2) : path).split('/');
  let found = deep ? descendants(element, steps[0] as string) : childrenNamed(element, steps[0] as string);
  for (const step of steps.slice(1)) found = found.flatMap((el) => childrenNamed(el, step));
  return found;
}

export function first(element: XmlElement, path: string): XmlElement | undefined {
  return all(element, path)[0];
}

export function exists(element: XmlElement, path: string): boolean {
  return all(element, path).length > 0;
}

/** The whitespace-normalized text at a path, or '' when it is absent (XPath normalize-space). */
export function text(element: XmlElement, path?: string): string {
  const at = path === undefined ? element : first(element, path);
  return (at?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function texts(element: XmlElement, path: string): string[] {
  return all(element, path).map((el) => text(el));
}

function matches(element: XmlElement, step: string): boolean {
  const [prefix, local] = step.includes(':') ? step.split(':') : ['', step];
  if (step === '*') return true;
  const namespace = PREFIXES[prefix as string];
  return element.localName === local && (namespace === undefined || element.namespaceURI === namespace);
}

function childrenNamed(element: XmlElement, step: string): XmlElement[] {
  return elementsOf(element).filter((child) => matches(child, step));
}

function descendants(element: XmlElement, step: string): XmlElement[] {
  return elementsOf(element).flatMap((child) => [
    ...(matches(child, step) ? [child] : []),
    ...descendants(child, step),
  ]);
}

/*
 * Decimal arithmetic for the sums the rules check, exact at 10 decimals, so 3-decimal amounts
 * and 6-decimal prices compare without binary floating point.
 */

const SCALE = 10;
const ONE = 10n ** BigInt(SCALE);

/** Decimal text as an exact fixed-point number, or null when it is not a decimal. */
export function decimal(value: string): bigint | null {
  try {
    const { units, scale } = parseDecimal(value.trim());
    return scale <= SCALE ? units * 10n ** BigInt(SCALE - scale) : units / 10n ** BigInt(scale - SCALE);
  } catch {
    return null;
  }
}

export function decimalAt(element: XmlElement, path: string): bigint {
  return decimal(text(element, path)) ?? 0n;
}

export function sum(values: readonly bigint[]): bigint {
  return values.reduce((total, value) => total + value, 0n);
}

/** XPath `round(x * 100) div 100`: to the cent (half away from zero; XPath rounds half up). */
export function roundToCents(value: bigint): bigint {
  return roundHalfAwayFromZero(value, ONE / 100n) * (ONE / 100n);
}

/** `a × b` for two fixed-point numbers. */
export function times(a: bigint, b: bigint): bigint {
  return roundHalfAwayFromZero(a * b, ONE);
}

/** `a / b` for two fixed-point numbers (b not 0). */
export function divide(a: bigint, b: bigint): bigint {
  return roundHalfAwayFromZero(a * ONE, b);
}

export const fixed = (whole: number): bigint => BigInt(whole) * ONE;

/** Decimals after the point, as BR-DEC counts them: `string-length(substring-after(x, '.'))`. */
export function decimalsOf(value: string): number {
  const point = value.indexOf('.');
  return point < 0 ? 0 : value.length - point - 1;
}
