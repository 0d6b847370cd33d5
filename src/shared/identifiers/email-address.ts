import { InvalidInputError, quote } from '../errors/index.ts';
import { requiredText } from './required-text.ts';

/*
 * A practical e-mail address check, not RFC 5322: one "@"; a local part of 1 to 64 characters
 * (RFC 5321 §4.5.3.1.1) without leading, trailing or doubled dots (RFC 5322 dot-atom); a domain
 * name of at least two dot-separated labels of letters (internationalised ones too), digits and
 * hyphens; at most 254 characters in all (the longest address a mail path can carry, RFC 5321
 * §4.5.3.1.3 with RFC 3696 erratum 1690).
 * Quoted local parts, IP-literal domains and "Name <address>" forms are refused: a person fixes
 * those in a second, and whether mail arrives is learnt only by sending some.
 *
 * The domain is lowercased (domains are case-insensitive, so equal addresses compare equal); the
 * local part is kept as typed, because in principle its case may matter to the receiving server.
 */

const MAX_LENGTH = 254;
const MAX_LOCAL = 64;
const MAX_LABEL = 63;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const EXAMPLE = 'e.g. jan@example.nl';

export function emailAddress(value: string, field: string): string {
  const text = requiredText(value, field);
  const fail = (problem: string) => new InvalidInputError(field, `${quote(text)} ${problem}`);
  if (text.length > MAX_LENGTH) throw fail(`is longer than ${MAX_LENGTH} characters`);
  if (/[<>]/.test(text)) throw fail(`must be the address only, without a name or <>, ${EXAMPLE}`);
  if (/\s/u.test(text)) throw fail('contains a space');
  const parts = text.split('@');
  if (parts.length !== 2) throw fail(`must contain exactly one @, ${EXAMPLE}`);
  const [local = '', domain = ''] = parts;
  if (local === '') throw fail('has nothing before the @');
  if (local.length > MAX_LOCAL) throw fail(`has more than ${MAX_LOCAL} characters before the @`);
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    throw fail('has a dot at the start or end of the part before the @, or two dots in a row');
  if (domain === '') throw fail('has no domain after the @');
  const labels = domain.split('.');
  if (labels.length < 2) throw fail(`has no dot in its domain, ${EXAMPLE}`);
  if (labels.some((label) => label.length > MAX_LABEL || !LABEL.test(label)))
    throw fail(`has a domain that is not a domain name: ${quote(domain)}`);
  return `${local}@${domain.toLowerCase()}`;
}
