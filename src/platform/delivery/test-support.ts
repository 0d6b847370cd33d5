import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Temporal } from 'temporal-polyfill';
import type { Clock } from '../clock.ts';
import { operatorTimeZone } from '../clock.ts';
import {
  DELIVERY_ID_HEADER,
  SIGNATURE_HEADER,
  unixSeconds,
  verifyWebhookSignature,
} from './webhook-signature.ts';

/** A request a test receiver got, with whether its signature verified under the receiver's secret. */
export interface Received {
  readonly path: string;
  readonly deliveryId: string | undefined;
  readonly contentType: string | undefined;
  readonly signature: string | undefined;
  readonly verified: boolean;
  readonly body: Record<string, unknown>;
}

export interface Receiver {
  readonly url: string;
  readonly received: Received[];
  /** The status of each next answer, in turn; 204 once they run out. */
  answers: number[];
  /** Milliseconds to wait before answering (to make deliveries overlap). */
  delayMs: number;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (a free port) standing for the network automation or a
 * provider's systems: it verifies `Vezel-Signature` against `secret` at the clock's time, as a
 * receiver must, and records every request.
 */
export async function startReceiver(secret: string, clock: Pick<Clock, 'now'>): Promise<Receiver> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const signature = header(request.headers[SIGNATURE_HEADER.toLowerCase()]);
      received.push({
        path: request.url ?? '',
        deliveryId: header(request.headers[DELIVERY_ID_HEADER.toLowerCase()]),
        contentType: header(request.headers['content-type']),
        signature,
        verified: verifyWebhookSignature({
          secret,
          body: raw,
          header: signature,
          now: unixSeconds(clock.now()),
        }),
        body: JSON.parse(raw) as Record<string, unknown>,
      });
      const status = receiver.answers.shift() ?? 204;
      setTimeout(
        () => response.writeHead(status).end(status >= 300 ? `answer ${status}` : ''),
        receiver.delayMs,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answers: [],
    delayMs: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return receiver;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A clock the test moves by hand, starting at noon (Amsterdam) of `date`. */
export interface SteppingClock extends Clock {
  advance(duration: Temporal.DurationLike): void;
  set(instant: Temporal.Instant): void;
}

export function steppingClock(date: Temporal.PlainDate): SteppingClock {
  let now = date.toZonedDateTime({ timeZone: operatorTimeZone, plainTime: '12:00' }).toInstant();
  return {
    now: () => now,
    today: () => now.toZonedDateTimeISO(operatorTimeZone).toPlainDate(),
    advance: (duration) => {
      now = now.add(Temporal.Duration.from(duration));
    },
    set: (instant) => {
      now = instant;
    },
  };
}

/** Header name (lower case) → value, unfolded, from RFC 5322 text. */
export function headersOf(eml: string): Record<string, string> {
  const head = eml.split('\r\n\r\n')[0] ?? '';
  const lines = head.split('\r\n').reduce<string[]>((unfolded, line) => {
    if (/^[ \t]/.test(line) && unfolded.length > 0) unfolded[unfolded.length - 1] += ` ${line.trim()}`;
    else unfolded.push(line);
    return unfolded;
  }, []);
  return Object.fromEntries(
    lines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  );
}
