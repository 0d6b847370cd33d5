import { create } from 'xmlbuilder2';
import { all, type XmlElement } from './ubl-query.ts';

/*
 * Breaking a rendered UBL document on purpose, for the tests of the rule checks: remove, change or
 * add elements through the DOM (never by editing the text), then serialize it again.
 */

interface EditableElement extends XmlElement {
  textContent: string | null;
  readonly parentNode: EditableElement | null;
  readonly ownerDocument: { createElementNS(namespace: string, qualifiedName: string): EditableElement };
  removeChild(child: EditableElement): void;
  appendChild(child: EditableElement): void;
  setAttribute(name: string, value: string): void;
}

export type UblEdit = (root: EditableElement) => void;

export function editUbl(xml: string, ...edits: UblEdit[]): string {
  const doc = create(xml);
  const root = doc.root().node as unknown as EditableElement;
  for (const edit of edits) edit(root);
  return doc.end({ prettyPrint: true });
}

function found(root: EditableElement, path: string): EditableElement[] {
  const elements = all(root, path) as EditableElement[];
  if (elements.length === 0) throw new Error(`nothing at ${path} to edit`);
  return elements;
}

export const remove =
  (path: string): UblEdit =>
  (root) => {
    for (const element of found(root, path)) element.parentNode?.removeChild(element);
  };

/** Sets the text of the first element at the path (or the nth, counting from 0). */
export const setText =
  (path: string, text: string, nth = 0): UblEdit =>
  (root) => {
    const element = found(root, path)[nth];
    if (element === undefined) throw new Error(`no element ${nth} at ${path}`);
    element.textContent = text;
  };

export const setAttribute =
  (path: string, name: string, value: string): UblEdit =>
  (root) => {
    for (const element of found(root, path)) element.setAttribute(name, value);
  };

/** Appends a child element (namespace by its prefix) with text to every element at the path. */
export const append =
  (path: string, namespace: string, qualifiedName: string, text: string): UblEdit =>
  (root) => {
    for (const element of path === '.' ? [root] : found(root, path)) {
      const child = root.ownerDocument.createElementNS(namespace, qualifiedName);
      child.textContent = text;
      element.appendChild(child);
    }
  };
