/* What the provider portal reads: its network orders (GET /portal/provider/orders, POST /network-orders). */

export interface ProviderOrder {
  readonly id: string;
  readonly kind: string;
  readonly customerId: string;
  /** In the list (GET /portal/provider/orders) only. */
  readonly customerName?: string;
  readonly productId: string | null;
  readonly napId: string | null;
  readonly state: string;
  readonly tmf622State: string;
  readonly requestedOn: string | null;
  readonly plannedOn: string | null;
  readonly releasedOn: string | null;
  readonly activatedOn: string | null;
  readonly cancelledOn: string | null;
  readonly rejectionReason: string | null;
  readonly signedForm?: Record<string, unknown> | null;
  readonly submittedAt: string;
}

export interface ProviderProduct {
  readonly id: string;
  readonly sellerId: string;
  readonly code: string;
  readonly name: string;
}

/** The network-orders API keeps a signed form of at most 5 MiB (vn:2.3.3). */
export const MAX_FORM_BYTES = 5 * 1024 * 1024;

/** A file's bytes in base64, as the network-orders API takes the signed form's file. */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
}

/** The SHA-256 of a file, in hex, as the network-orders API takes a signed form's fingerprint. */
export async function sha256Hex(file: Blob): Promise<string> {
  if (!globalThis.crypto?.subtle)
    throw new Error('This browser cannot fingerprint the file (no Web Crypto).');
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
