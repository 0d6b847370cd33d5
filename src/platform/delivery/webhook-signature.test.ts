import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { signWebhook, unixSeconds, verifyWebhookSignature } from './webhook-signature.ts';

const secret = 'whsec_test_0123456789abcdef';
const body = '{"id":"M-7","kind":"network-order.planned","plannedOn":"2026-10-05"}';
const timestamp = 1_790_000_000;

describe('signWebhook', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 in the Stripe header form', () => {
    const hex = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    expect(signWebhook({ secret, body, timestamp })).toBe(`t=${timestamp},v1=${hex}`);
  });

  it('refuses an empty secret and a timestamp that is not whole seconds', () => {
    expect(() => signWebhook({ secret: '', body, timestamp })).toThrow(/secret/);
    expect(() => signWebhook({ secret, body, timestamp: 1.5 })).toThrow(/timestamp/);
  });
});

describe('verifyWebhookSignature', () => {
  const header = signWebhook({ secret, body, timestamp });
  const verify = (over: Partial<Parameters<typeof verifyWebhookSignature>[0]>) =>
    verifyWebhookSignature({ secret, body, header, now: timestamp, ...over });

  it('accepts its own signature within the tolerance, either way', () => {
    expect(verify({})).toBe(true);
    expect(verify({ now: timestamp + 300 })).toBe(true);
    expect(verify({ now: timestamp - 300 })).toBe(true);
  });

  it('refuses a stale or future timestamp: a replay outside the window', () => {
    expect(verify({ now: timestamp + 301 })).toBe(false);
    expect(verify({ now: timestamp - 301 })).toBe(false);
    expect(verify({ now: timestamp + 3600, toleranceSeconds: 3600 })).toBe(true);
  });

  it('refuses another body, another secret, or a timestamp changed after signing', () => {
    expect(verify({ body: `${body} ` })).toBe(false);
    expect(verify({ secret: `${secret}x` })).toBe(false);
    const moved = header.replace(`t=${timestamp}`, `t=${timestamp + 1}`);
    expect(verify({ header: moved })).toBe(false);
  });

  it.each([undefined, '', 'garbage', `v1=${'0'.repeat(64)}`, `t=${timestamp}`, `t=${timestamp},v1=zz`])(
    'refuses the malformed header %s',
    (bad) => {
      expect(verify({ header: bad })).toBe(false);
    },
  );

  it('accepts any one of several v1 signatures (a secret being rolled over)', () => {
    const other = signWebhook({ secret: 'old-secret', body, timestamp }).split(',')[1];
    expect(verify({ header: `${header},${other}` })).toBe(true);
    expect(verify({ header: `t=${timestamp},${other}` })).toBe(false);
  });

  it('reads unix seconds off an instant', () => {
    expect(unixSeconds(Temporal.Instant.from('2026-09-21T14:13:20.999Z'))).toBe(timestamp);
  });

  it('property: a signature verifies for its body only', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const signed = signWebhook({ secret, body: a, timestamp });
        expect(verifyWebhookSignature({ secret, body: a, header: signed, now: timestamp })).toBe(true);
        expect(verifyWebhookSignature({ secret, body: b, header: signed, now: timestamp })).toBe(a === b);
      }),
    );
  });
});
