import { Temporal } from 'temporal-polyfill';
import type { FieldProblem } from '../../shared/errors/index.ts';
import { NETWORK_ORDER_KINDS } from '../rules/index.ts';
import type { NetworkOrderKind } from '../rules/index.ts';
import { signedFormFile } from './signed-form-file.ts';
import type { SignedFormFile, SignedFormMediaType } from './signed-form-file.ts';

/*
 * The shape of a network order as submitted, checked before anything is read or written: every
 * problem is named with its field. Whether the named rows exist and fit is checked afterwards, in
 * the transaction (submit-network-order.ts).
 */

/** vn:2.3.3: the operator's form, completed and signed by the end user, as the provider hands it in. */
export interface SignedFormInput {
  /** The scanned or e-signed form's file name. */
  readonly fileName?: string;
  /**
   * SHA-256 of the file (hex). With `content` the server computes it and this, if given, must match;
   * without `content` (the fingerprint only, as before files were kept) it is required.
   */
  readonly sha256?: string;
  /** The file itself, in base64: a PDF, PNG or JPEG of at most 5 MiB, kept with the order. */
  readonly content?: string;
  /** What the sender says the file is; checked against the file's own first bytes. */
  readonly mediaType?: string;
  /** Without it (or without `signedBy`) the form is not signed, and the order is refused. */
  readonly signedOn?: Temporal.PlainDate;
  /** The end user's signatory, by name. */
  readonly signedBy?: string;
}

export type LinkZInput = { readonly napId: string } | { readonly handoff: string };

/** What a link order asks for (vn:2.2): the customer's NAP, the far end, the bandwidth, a VLAN if wished. */
export interface LinkSpecInput {
  readonly aNapId: string;
  readonly z: LinkZInput;
  readonly bandwidthMbps: number;
  readonly vlan?: number;
}

/** What a switch installation asks for (vn:2.4): a device from stock, or a model. */
export interface CpeSpecInput {
  readonly cpeId?: string;
  readonly model?: string;
}

export interface SignedForm {
  readonly fileName: string;
  readonly sha256: string;
  readonly signedOn: string;
  readonly signedBy: string;
  /** Set when the file was sent and is kept (GET /network-orders/{id}/signed-form). */
  readonly mediaType?: SignedFormMediaType;
  readonly sizeBytes?: number;
}

/** The form as the order records it, and its file when one was sent. */
export interface CheckedSignedForm {
  readonly form: SignedForm;
  readonly file: SignedFormFile | null;
}

export type LinkSpec = {
  readonly aNapId: string;
  readonly z: LinkZInput;
  readonly bandwidthMbps: number;
  readonly vlan?: number;
};

const SHA256 = /^[0-9a-f]{64}$/;
const MAX_TEXT = 200;

export class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, problem: string): void {
    this.list.push({ field, problem });
  }
  text(value: unknown, field: string, required = true): string | undefined {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) this.add(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') return void this.add(field, 'must be text');
    if (value.trim().length > MAX_TEXT) return void this.add(field, `is longer than ${MAX_TEXT} characters`);
    return value.trim();
  }
}

export function orderKind(value: unknown, problems: Problems): NetworkOrderKind | undefined {
  if (NETWORK_ORDER_KINDS.includes(value as NetworkOrderKind)) return value as NetworkOrderKind;
  problems.add('kind', `must be one of ${NETWORK_ORDER_KINDS.join(', ')}`);
  return undefined;
}

/**
 * vn:2.3.3: a provider's order comes with the operator's form, completed and signed by the end user.
 * A form without a signatory or a signing day is not signed.
 */
export function signedForm(
  value: SignedFormInput | undefined | null,
  today: Temporal.PlainDate,
  problems: Problems,
  required: boolean,
): CheckedSignedForm | null {
  if (value === undefined || value === null) {
    if (required)
      problems.add(
        'signedForm',
        "is required: the operator's form, completed and signed by the end user (vn:2.3.3)",
      );
    return null;
  }
  const before = problems.list.length;
  const fileName = problems.text(value.fileName, 'signedForm.fileName');
  const file = value.content === undefined ? null : signedFormFile(value.content, value.mediaType, problems);
  if (value.content === undefined && value.mediaType !== undefined)
    problems.add('signedForm.mediaType', 'is taken with the file only (signedForm.content)');
  const given = typeof value.sha256 === 'string' ? value.sha256.trim().toLowerCase() : '';
  const sha256 = file?.sha256 ?? given;
  if (value.content === undefined && !SHA256.test(sha256))
    problems.add(
      'signedForm.sha256',
      'must be the SHA-256 of the file: 64 hex digits (or send the file in signedForm.content)',
    );
  else if (file && value.sha256 !== undefined && given !== file.sha256)
    problems.add('signedForm.sha256', `is not the SHA-256 of the file sent, which is ${file.sha256}`);
  const signedBy = problems.text(value.signedBy, 'signedForm.signedBy', false);
  if (signedBy === undefined && !problems.list.some((p) => p.field === 'signedForm.signedBy'))
    problems.add(
      'signedForm.signedBy',
      'is required: the form is not signed without the end user who signed it (vn:2.3.3)',
    );
  const signedOn = value.signedOn;
  if (!(signedOn instanceof Temporal.PlainDate))
    problems.add(
      'signedForm.signedOn',
      'is required: the form is not signed without the day it was signed (vn:2.3.3)',
    );
  else if (Temporal.PlainDate.compare(signedOn, today) > 0)
    problems.add('signedForm.signedOn', `${signedOn.toString()} is in the future`);
  if (problems.list.length > before) return null;
  const form: SignedForm = {
    fileName: fileName!,
    sha256,
    signedOn: (signedOn as Temporal.PlainDate).toString(),
    signedBy: signedBy!,
    ...(file ? { mediaType: file.mediaType, sizeBytes: file.sizeBytes } : {}),
  };
  return { form, file };
}

export function linkSpec(value: unknown, problems: Problems): LinkSpec | null {
  if (typeof value !== 'object' || value === null) {
    problems.add(
      'spec',
      'is required for a link order: { aNapId, z: { napId } or { handoff }, bandwidthMbps, vlan? }',
    );
    return null;
  }
  const spec = value as Record<string, unknown>;
  const before = problems.list.length;
  unknownFields(spec, ['aNapId', 'z', 'bandwidthMbps', 'vlan'], 'spec', problems);
  const aNapId = problems.text(spec.aNapId, 'spec.aNapId');
  const z = linkZ(spec.z, problems);
  const bandwidth = spec.bandwidthMbps;
  if (!Number.isSafeInteger(bandwidth) || (bandwidth as number) <= 0)
    problems.add('spec.bandwidthMbps', 'must be a whole number of Mbit/s above 0');
  const vlan = spec.vlan;
  if (vlan !== undefined && (!Number.isSafeInteger(vlan) || (vlan as number) < 2 || (vlan as number) > 4094))
    problems.add('spec.vlan', 'must be a VLAN id from 2 to 4094 (IEEE 802.1Q)');
  if (problems.list.length > before) return null;
  return {
    aNapId: aNapId!,
    z: z!,
    bandwidthMbps: bandwidth as number,
    ...(vlan === undefined ? {} : { vlan: vlan as number }),
  };
}

function linkZ(value: unknown, problems: Problems): LinkZInput | undefined {
  const shape =
    'is required: { napId } for another NAP of the network, or { handoff } for an external hand-off';
  if (typeof value !== 'object' || value === null) return void problems.add('spec.z', shape);
  const z = value as Record<string, unknown>;
  const keys = Object.keys(z);
  if (keys.length !== 1 || (keys[0] !== 'napId' && keys[0] !== 'handoff'))
    return void problems.add('spec.z', `${shape}, one of the two`);
  const text = problems.text(z[keys[0]], `spec.z.${keys[0]}`);
  if (text === undefined) return undefined;
  return keys[0] === 'napId' ? { napId: text } : { handoff: text };
}

export function cpeSpec(value: unknown, problems: Problems): CpeSpecInput {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object') {
    problems.add('spec', 'must be { cpeId?, model? }');
    return {};
  }
  const spec = value as Record<string, unknown>;
  unknownFields(spec, ['cpeId', 'model'], 'spec', problems);
  const cpeId = problems.text(spec.cpeId, 'spec.cpeId', false);
  const model = problems.text(spec.model, 'spec.model', false);
  return { ...(cpeId ? { cpeId } : {}), ...(model ? { model } : {}) };
}

export function noSpec(value: unknown, kind: NetworkOrderKind, problems: Problems): void {
  if (value === undefined || value === null) return;
  if (typeof value === 'object' && Object.keys(value).length === 0) return;
  problems.add('spec', `is not taken by a ${kind} order: the product and the NAP say what is delivered`);
}

function unknownFields(
  record: Record<string, unknown>,
  known: readonly string[],
  prefix: string,
  problems: Problems,
) {
  for (const key of Object.keys(record))
    if (!known.includes(key)) problems.add(`${prefix}.${key}`, 'is not a known field');
}
