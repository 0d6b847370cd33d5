import { create } from 'xmlbuilder2';
import { isPlainDateText } from '../../shared/calendar/index.ts';
import { elementsOf, type XmlElement } from './ubl-query.ts';

/*
 * The official ISO 20022 XSDs are not to be had offline (no well-kept npm package ships them, and
 * xmllint is not installed), so the tests check generated files against a transcription of the
 * parts of the XSDs those files use: for every complex type the complete xsd:sequence (or
 * xsd:choice) with its occurrences, and for every simple type its facets. A type written here
 * without a model is one the renderers never emit; meeting such an element is an error.
 *
 * Notation: "Name:Type" once, "Name?:Type" optional, "Name*:Type" any number, "Name+:Type" at
 * least once. A choice starts with "|".
 */

interface Particle {
  readonly name: string;
  readonly type: string;
  readonly min: number;
  readonly max: number;
}

type SimpleCheck = (text: string) => string | undefined;

export interface Iso20022Schema {
  readonly namespace: string;
  readonly complex: Readonly<Record<string, string>>;
  readonly simple: Readonly<Record<string, SimpleCheck>>;
  /** Types with a required attribute, and its check. */
  readonly attributes?: Readonly<Record<string, Readonly<Record<string, SimpleCheck>>>>;
}

/** Every way the document breaks the schema, as "path: problem"; empty when it is valid. */
export function schemaErrors(schema: Iso20022Schema, xml: string): string[] {
  const root = create(xml).root().node as unknown as XmlElement;
  const errors: string[] = [];
  if (root.localName !== 'Document' || root.namespaceURI !== schema.namespace)
    return [`root is {${root.namespaceURI}}${root.localName}, not {${schema.namespace}}Document`];
  checkElement(schema, root, 'Document', 'Document', errors);
  return errors;
}

function checkElement(
  schema: Iso20022Schema,
  element: XmlElement,
  type: string,
  path: string,
  errors: string[],
): void {
  if (element.namespaceURI !== schema.namespace) errors.push(`${path}: in namespace ${element.namespaceURI}`);
  const simple = schema.simple[type];
  if (simple !== undefined) {
    if (elementsOf(element).length > 0) errors.push(`${path}: a ${type} has no child elements`);
    const problem = simple(element.textContent ?? '');
    if (problem !== undefined) errors.push(`${path}: ${problem}`);
    for (const [name, check] of Object.entries(schema.attributes?.[type] ?? {})) {
      const value = element.getAttribute(name);
      const attributeProblem = value === null ? 'is missing' : check(value);
      if (attributeProblem !== undefined) errors.push(`${path}/@${name}: ${attributeProblem}`);
    }
    return;
  }
  const model = schema.complex[type];
  if (model === undefined) return void errors.push(`${path}: type ${type} is not modelled (never emitted)`);
  if (directText(element) !== '') errors.push(`${path}: a ${type} has no text of its own`);
  const choice = model.trim().startsWith('|');
  const particles = parseModel(model.replace('|', ''));
  const children = elementsOf(element);
  if (choice) checkChoice(schema, children, particles, path, errors);
  else checkSequence(schema, children, particles, path, errors);
}

function checkSequence(
  schema: Iso20022Schema,
  children: readonly XmlElement[],
  particles: readonly Particle[],
  path: string,
  errors: string[],
): void {
  let next = 0;
  for (const particle of particles) {
    let count = 0;
    while (next < children.length && children[next]?.localName === particle.name && count < particle.max) {
      checkElement(schema, children[next] as XmlElement, particle.type, `${path}/${particle.name}`, errors);
      next++;
      count++;
    }
    if (count < particle.min) errors.push(`${path}: ${particle.name} is missing (or out of order)`);
  }
  for (const extra of children.slice(next)) errors.push(`${path}: ${extra.localName} is not expected here`);
}

function checkChoice(
  schema: Iso20022Schema,
  children: readonly XmlElement[],
  particles: readonly Particle[],
  path: string,
  errors: string[],
): void {
  const [only, ...more] = children;
  const particle = particles.find((p) => p.name === only?.localName);
  if (only === undefined || particle === undefined || more.length > 0)
    return void errors.push(`${path}: must hold exactly one of ${particles.map((p) => p.name).join(', ')}`);
  checkElement(schema, only, particle.type, `${path}/${particle.name}`, errors);
}

function parseModel(model: string): Particle[] {
  return model
    .trim()
    .split(/\s+/)
    .map((item) => {
      const [rawName, type] = item.split(':') as [string, string];
      const mark = rawName.at(-1) as string;
      const name = '?*+'.includes(mark) ? rawName.slice(0, -1) : rawName;
      const [min, max] = { '?': [0, 1], '*': [0, Infinity], '+': [1, Infinity] }[mark] ?? [1, 1];
      return { name, type, min, max } as Particle;
    });
}

function directText(element: XmlElement): string {
  const nodes = Array.from(element.childNodes) as unknown as {
    nodeType: number;
    textContent: string | null;
  }[];
  return nodes
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
}

/* The simple types of pain.001.001.03 and pain.008.001.02 the renderers emit, with their XSD facets. */

export const maxText =
  (max: number): SimpleCheck =>
  (text) =>
    text.length >= 1 && text.length <= max ? undefined : `'${text}' is not 1 to ${max} characters`;

export const pattern =
  (regex: RegExp): SimpleCheck =>
  (text) =>
    regex.test(text) ? undefined : `'${text}' does not match ${regex.source}`;

export const enumeration =
  (...values: string[]): SimpleCheck =>
  (text) =>
    values.includes(text) ? undefined : `'${text}' is none of ${values.join(', ')}`;

/** xs:decimal with totalDigits and fractionDigits (and minInclusive 0 where `unsigned`). */
export const decimalFacets =
  (totalDigits: number, fractionDigits: number, unsigned: boolean): SimpleCheck =>
  (text) => {
    const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
    if (match === null || `${match[2]}${match[3] ?? ''}` === '') return `'${text}' is not a decimal`;
    if (unsigned && match[1] === '-') return `'${text}' is below 0`;
    const whole = (match[2] as string).replace(/^0+/, '');
    const fraction = (match[3] ?? '').replace(/0+$/, '');
    if (fraction.length > fractionDigits) return `'${text}' has more than ${fractionDigits} fraction digits`;
    if (whole.length + fraction.length > totalDigits) return `'${text}' has more than ${totalDigits} digits`;
    return undefined;
  };

export const isoDate: SimpleCheck = (text) =>
  isPlainDateText(text) ? undefined : `'${text}' is not an xs:date`;

export const isoDateTime: SimpleCheck = (text) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(text) &&
  isPlainDateText(text.slice(0, 10))
    ? undefined
    : `'${text}' is not an xs:dateTime`;
