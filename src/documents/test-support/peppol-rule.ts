import { all, type UblDocument, type XmlElement } from './ubl-query.ts';

/** A business rule of EN 16931, Peppol BIS Billing 3.0 or its Dutch national rules, by its official id. */
export interface PeppolRule {
  readonly id: string;
  /** The rule's official assertion text. */
  readonly message: string;
  /** One result per context the rule applies to (none when it does not apply): false where it is broken. */
  readonly check: (doc: UblDocument) => boolean | readonly boolean[];
}

export interface Violation {
  readonly id: string;
  readonly message: string;
}

export function rule(id: string, message: string, check: PeppolRule['check']): PeppolRule {
  return { id, message, check };
}

/** The result of `test` for each element at the path: the contexts of a rule. */
export function each(doc: UblDocument, path: string, test: (element: XmlElement) => boolean): boolean[] {
  return all(doc.root, path).map(test);
}
