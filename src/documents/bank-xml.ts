import { SaxesParser, type SaxesTagNS } from 'saxes';
import { InvalidInputError } from '../shared/errors/index.ts';

/*
 * Reads a bank file (CAMT) into a small tree, safely. saxes is a streaming parser that does no DTD
 * processing at all; on top of that a DOCTYPE is refused outright (bank files never carry one), so
 * no entity is ever expanded (billion laughs) or fetched (external entities). The file is bounded
 * in size (50 MB), nesting depth, attributes per element, the text of a kept field and kept
 * elements, and only the elements a reader asks for are kept — the rest streams past — so memory
 * follows the content that is read, not the file.
 */

export const MAX_BANK_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_BANK_FILE_DEPTH = 64;
/** ISO 20022 elements carry one or two attributes (`Ccy`) besides namespace declarations. */
export const MAX_BANK_FILE_ATTRIBUTES = 64;
/** The longest text an element read from a CAMT file may have (`AddtlNtryInf`, Max500Text). */
export const MAX_BANK_FIELD_CHARACTERS = 500;
const MAX_KEPT_ELEMENTS = 2_000_000;
/** Longer element names are refused; the longest in CAMT has 21 characters. */
const MAX_NAME_CHARACTERS = 100;
/** Distinct element names counted per parent for positions in paths; CAMT has far fewer. */
const MAX_COUNTED_NAMES = 256;

export interface XmlNode {
  readonly name: string;
  readonly line: number;
  readonly parent: XmlNode | undefined;
  readonly children: XmlNode[];
  readonly attributes: Readonly<Record<string, string>>;
  text: string;
}

export interface BankXmlOptions {
  /** The field the errors name (`statement`). */
  readonly field: string;
  /** A problem with the root element (namespace, name), or undefined to read on. */
  readonly checkRoot: (namespace: string, name: string) => string | undefined;
  /** Local names of the elements to keep, in the root's namespace, below kept parents. */
  readonly keep: ReadonlySet<string>;
}

export function readBankXml(xml: string | Buffer, options: BankXmlOptions): XmlNode {
  const fail = (problem: string): never => {
    throw new InvalidInputError(options.field, problem);
  };
  const text = decode(xml, fail);
  const reader = new TreeReader(options, fail);
  try {
    reader.parser.write(text).close();
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    const problem = saxesProblem(error);
    if (problem.startsWith('unclosed tag'))
      fail(`ends inside an element${reader.where()}: the file is truncated or incomplete`);
    fail(`is not ${reader.root === undefined ? '' : 'well-formed '}XML${reader.where()}: ${problem}`);
  }
  return reader.root ?? fail('is not XML: it has no root element');
}

/** Text from a string or the bytes of a file: UTF-8 (or ISO-8859-1 when the declaration says so). */
function decode(xml: string | Buffer, fail: (problem: string) => never): string {
  const bytes = typeof xml === 'string' ? Buffer.byteLength(xml, 'utf8') : xml.length;
  if (bytes > MAX_BANK_FILE_BYTES)
    fail(`is ${Math.ceil(bytes / 1024 / 1024)} MB, more than the 50 MB a bank file may have`);
  if (typeof xml === 'string') return xml.replace(/^\uFEFF/, '');
  const declared = /^(?:\uFEFF)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    xml
      .subarray(0, 200)
      .toString('latin1')
      .replace(/^\xEF\xBB\xBF/, '\uFEFF'),
  )?.[1];
  const encoding = declared?.toUpperCase() ?? 'UTF-8';
  if (encoding === 'ISO-8859-1' || encoding === 'LATIN1') return new TextDecoder('latin1').decode(xml);
  if (encoding !== 'UTF-8' && encoding !== 'UTF8')
    fail(`declares encoding '${declared}', but only UTF-8 and ISO-8859-1 are read`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(xml);
  } catch {
    return fail('is not UTF-8 text (is it a bank file at all?)');
  }
}

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

class TreeReader {
  readonly parser = new SaxesParser({ xmlns: true, position: true });
  root: XmlNode | undefined;
  private namespace = '';
  private kept = 0;
  /** Open elements, the skipped ones as undefined, with their names and sibling counts for paths. */
  private readonly open: (XmlNode | undefined)[] = [];
  private readonly names: string[] = [];
  /** Per open element, its children's names and counts; made at the first child (most have none). */
  private readonly siblings: (Map<string, number> | undefined)[] = [undefined];
  private attributes = 0;

  constructor(
    private readonly options: BankXmlOptions,
    private readonly fail: (problem: string) => never,
  ) {
    this.parser.on('doctype', () =>
      this.fail(`has a DOCTYPE${this.where()}: bank files have none, and entity declarations are refused`),
    );
    this.parser.on('opentagstart', (tag) => {
      this.attributes = 0;
      if (tag.name.length > MAX_NAME_CHARACTERS)
        this.fail(`has an element name of ${tag.name.length} characters${this.where()}`);
    });
    this.parser.on('attribute', (attribute) => {
      if (++this.attributes > MAX_BANK_FILE_ATTRIBUTES)
        this.fail(`has an element with more than ${MAX_BANK_FILE_ATTRIBUTES} attributes${this.where()}`);
      const { name, value } = attribute;
      if (name.length > MAX_NAME_CHARACTERS || value.length > MAX_BANK_FIELD_CHARACTERS)
        this.fail(
          `has an attribute ${name.slice(0, 40)} of ${name.length + value.length} characters${this.where()}, more than the ${MAX_BANK_FIELD_CHARACTERS} a field of a bank file has`,
        );
    });
    this.parser.on('opentag', (tag) => this.openTag(tag as SaxesTagNS));
    this.parser.on('closetag', () => this.closeTag());
    this.parser.on('text', (text) => this.addText(text));
    this.parser.on('cdata', (text) => this.addText(text));
  }

  /** " at Document/BkToCstmrStmt/Stmt/Ntry[3] (line 40)": where the parser is now. */
  where(): string {
    const names = this.names;
    const shown = names.length > 8 ? [...names.slice(0, 3), '…', ...names.slice(-4)] : names;
    const path = names.length > 0 ? ` at ${shown.join('/')}` : '';
    return `${path} (line ${this.parser.line})`;
  }

  private openTag(tag: SaxesTagNS): void {
    const counts = this.siblings.at(-1) ?? new Map<string, number>();
    this.siblings[this.siblings.length - 1] = counts;
    const count = (counts.get(tag.local) ?? 0) + 1;
    // Any number of distinct names may follow: only the first few are counted, memory stays bounded.
    if (count > 1 || counts.size < MAX_COUNTED_NAMES) counts.set(tag.local, count);
    this.names.push(count > 1 ? `${tag.local}[${count}]` : tag.local);
    this.siblings.push(undefined);
    if (this.names.length > MAX_BANK_FILE_DEPTH)
      this.fail(`nests elements deeper than ${MAX_BANK_FILE_DEPTH} levels${this.where()}`);
    if (this.open.length === 0) return this.openRoot(tag);
    const parent = this.open.at(-1);
    const keep = parent !== undefined && tag.uri === this.namespace && this.options.keep.has(tag.local);
    this.open.push(keep ? this.node(tag, parent) : undefined);
  }

  private openRoot(tag: SaxesTagNS): void {
    const problem = this.options.checkRoot(tag.uri, tag.local);
    if (problem !== undefined) this.fail(problem);
    this.namespace = tag.uri;
    this.root = this.node(tag, undefined);
    this.open.push(this.root);
  }

  private node(tag: SaxesTagNS, parent: XmlNode | undefined): XmlNode {
    if (++this.kept > MAX_KEPT_ELEMENTS)
      this.fail(`has more than ${MAX_KEPT_ELEMENTS} elements${this.where()}`);
    let attributes: Record<string, string> = NO_ATTRIBUTES;
    for (const attribute of Object.values(tag.attributes))
      if (attribute.uri === '') {
        if (attributes === NO_ATTRIBUTES) attributes = {};
        attributes[attribute.local] = attribute.value;
      }
    const node: XmlNode = {
      name: tag.local,
      line: this.parser.line,
      parent,
      children: [],
      attributes,
      text: '',
    };
    if (parent !== undefined) {
      parent.children.push(node);
      // Only a leaf's text is read: the layout between the children of a parent is let go.
      parent.text = '';
    }
    return node;
  }

  private closeTag(): void {
    const node = this.open.at(-1);
    // The text is stored (payments, references): a field longer than any CAMT field is refused.
    if (node !== undefined && node.children.length === 0 && node.text.length > MAX_BANK_FIELD_CHARACTERS) {
      const length = node.text.trim().length;
      if (length > MAX_BANK_FIELD_CHARACTERS)
        this.fail(
          `has ${length} characters of text${this.where()}, more than the ${MAX_BANK_FIELD_CHARACTERS} a field of a bank file has`,
        );
    }
    this.open.pop();
    this.names.pop();
    this.siblings.pop();
  }

  private addText(text: string): void {
    const node = this.open.at(-1);
    if (node !== undefined && node.children.length === 0) node.text += text;
  }
}

/** saxes says "12:7: unclosed tag: Ntry"; the position is reported apart, so only the problem is kept. */
function saxesProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/^\d+:\d+: /, '')
    .replace(/\.$/, '')
    .slice(0, 200);
}
