import type { XmlNode } from './bank-xml.ts';

/*
 * Short paths through the tree `readBankXml` keeps ("RltdPties/Dbtr/Nm"), and the place of a node
 * for a message: its element path with positions where a name repeats, and its line.
 */

/** The children at a path below `node` ("NtryDtls/TxDtls" gives every TxDtls of every NtryDtls). */
export function all(node: XmlNode, path: string): XmlNode[] {
  let found = [node];
  for (const step of path.split('/')) found = found.flatMap((n) => n.children.filter((c) => c.name === step));
  return found;
}

/** The first of `all(node, path)`, found without building the list (it is asked for every field). */
export function first(node: XmlNode, path: string): XmlNode | undefined {
  return firstBelow(node, path.split('/'), 0);
}

function firstBelow(node: XmlNode, steps: readonly string[], index: number): XmlNode | undefined {
  for (const child of node.children) {
    if (child.name !== steps[index]) continue;
    if (index === steps.length - 1) return child;
    const found = firstBelow(child, steps, index + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The trimmed text at a path, or undefined when the element is missing or empty. */
export function textAt(node: XmlNode, path: string): string | undefined {
  const found = first(node, path);
  const text = found?.text.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** "Document/BkToCstmrStmt/Stmt/Ntry[3] (line 40)". */
export function placeOf(node: XmlNode): string {
  return `${pathOf(node)} (line ${node.line})`;
}

function pathOf(node: XmlNode): string {
  const steps: string[] = [];
  for (let n: XmlNode | undefined = node; n !== undefined; n = n.parent) {
    const same = n.parent?.children.filter((c) => c.name === n?.name) ?? [n];
    steps.unshift(same.length > 1 ? `${n.name}[${same.indexOf(n) + 1}]` : n.name);
  }
  return steps.join('/');
}
