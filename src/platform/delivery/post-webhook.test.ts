import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { postWebhook } from './post-webhook.ts';
import { startReceiver } from './test-support.ts';
import type { Receiver } from './test-support.ts';

const secret = 'whsec_test_0123456789abcdef';
const at = Temporal.Instant.from('2026-11-22T11:00:00Z');
const clock = { now: () => at };

describe('postWebhook', () => {
  const servers: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  const receiver = async (): Promise<Receiver> => {
    const started = await startReceiver(secret, clock);
    servers.push(started);
    return started;
  };
  /** A raw server answering each request with `answer`, for what the receiver helper does not do. */
  const rawServer = async (answer: (response: http.ServerResponse) => void): Promise<string> => {
    const server = http.createServer((_request, response) => answer(response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push({
      close: () =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    });
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  };

  it('POSTs the JSON signed at the given time, with the delivery id; 2xx is delivered', async () => {
    const to = await receiver();
    const body = { id: 'M-1', kind: 'order-planned' };
    expect(await postWebhook({ url: to.url, secret, deliveryId: 'M-1', body, at })).toEqual({ ok: true });
    expect(to.received).toEqual([
      {
        path: '/hooks',
        deliveryId: 'M-1',
        contentType: 'application/json',
        signature: expect.stringMatching(new RegExp(`^t=${at.epochMilliseconds / 1000},v1=`)),
        verified: true,
        body,
      },
    ]);
  });

  it('reports another status with its answer, for last_error', async () => {
    const to = await receiver();
    to.answers = [422];
    expect(await postWebhook({ url: to.url, secret, deliveryId: 'M-1', body: {}, at })).toEqual({
      ok: false,
      error: `HTTP 422 from ${to.url}: answer 422`,
    });
  });

  it('does not follow a redirect: the signed body goes only where it was configured to', async () => {
    const target = await receiver();
    const url = await rawServer((response) => response.writeHead(307, { Location: target.url }).end());
    expect(await postWebhook({ url, secret, deliveryId: 'M-1', body: {}, at })).toEqual({
      ok: false,
      error: `HTTP 307 from ${url}`,
    });
    expect(target.received).toHaveLength(0);
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const url = await rawServer(() => {});
    const attempt = await postWebhook({ url, secret, deliveryId: 'M-1', body: {}, at, timeoutMs: 200 });
    expect(attempt).toEqual({ ok: false, error: `${url}: no answer within 0.2 s` });
  });

  it('names the reason when nobody listens', async () => {
    const gone = await receiver();
    await servers.pop()!.close();
    expect(await postWebhook({ url: gone.url, secret, deliveryId: 'M-1', body: {}, at })).toEqual({
      ok: false,
      error: `${gone.url}: ECONNREFUSED`,
    });
  });
});
