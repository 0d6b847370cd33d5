import { createHash } from 'node:crypto';
import type { Problems } from './network-order-input.ts';

/*
 * vn:2.3.3: the signed order form's file, as the provider sends it with the order (base64 in the
 * JSON body). Its kind is read from its first bytes, not taken on trust; its SHA-256 is computed here.
 */

/** A scan or an e-signed PDF of one form fits easily; the cap keeps the store and the body small. */
export const MAX_SIGNED_FORM_BYTES = 5 * 1024 * 1024;

export const SIGNED_FORM_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type SignedFormMediaType = (typeof SIGNED_FORM_MEDIA_TYPES)[number];

export interface SignedFormFile {
  readonly content: Uint8Array;
  readonly mediaType: SignedFormMediaType;
  readonly sizeBytes: number;
  readonly sha256: string;
}

// No groups: a repeated group would recurse once per character of a file of millions.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The file's bytes checked: base64, not empty, at most 5 MiB, a PDF, PNG or JPEG. */
export function signedFormFile(
  content: unknown,
  declaredType: unknown,
  problems: Problems,
): SignedFormFile | null {
  const field = 'signedForm.content';
  const base64 = typeof content === 'string' ? content.replace(/\s+/g, '') : '';
  if (!BASE64.test(base64) || base64.length % 4 !== 0) {
    problems.add(field, 'must be the file, not empty, in base64');
    return null;
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_SIGNED_FORM_BYTES) {
    problems.add(field, `is ${mebibytes(bytes.length)}; a signed form may be at most 5 MiB`);
    return null;
  }
  const mediaType = mediaTypeOf(bytes);
  if (mediaType === undefined) {
    problems.add(field, 'is not a PDF, PNG or JPEG file: send the signed form as one of those');
    return null;
  }
  if (declaredType !== undefined && declaredType !== mediaType) {
    problems.add('signedForm.mediaType', `is ${String(declaredType)}, but the file is ${mediaType}`);
    return null;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { content: new Uint8Array(bytes), mediaType, sizeBytes: bytes.length, sha256 };
}

/** What the first bytes say the file is (the formats' own signatures). */
function mediaTypeOf(bytes: Buffer): SignedFormMediaType | undefined {
  // A PDF's header may follow a few bytes of other matter; readers look within the first KiB.
  if (bytes.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) return 'application/pdf';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
  return undefined;
}

function mebibytes(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
}
