import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../../test/support/stores.ts';
import { httpServerOn } from '../../test/support/app.ts';
import type { HttpServer } from './server.ts';

describeEachStore('HTTP server', (database, kind) => {
  let server: HttpServer;
  beforeAll(async () => {
    server = await httpServerOn(database());
  });
  afterAll(() => server.close());

  it('answers /health with the store it runs on', async () => {
    const response = await server.inject('/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', store: { kind }, today: '2026-11-22' });
    expect(response.json().store.migrations).toBeGreaterThanOrEqual(2);
  });

  it('describes itself as OpenAPI 3.1 generated from the route schemas', async () => {
    const response = await server.inject('/openapi.json');
    expect(response.statusCode).toBe(200);
    const spec = response.json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/health', '/explain/workdays']));
    const parameters = spec.paths['/explain/workdays'].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(['from', 'add']);
    expect(spec.paths['/openapi.json']).toBeUndefined();
    // Every write documents the Idempotency-Key header; reads do not.
    const header = (operation: { parameters?: { in: string; name: string }[] }) =>
      (operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name);
    expect(header(spec.paths['/customers'].post)).toEqual(['idempotency-key']);
    expect(header(spec.paths['/customers'].get)).toEqual([]);
    // Every operation's tag is one the document describes, so the reference groups it.
    const described = new Set((spec.tags as { name: string }[]).map((tag) => tag.name));
    const operations = Object.values(
      spec.paths as Record<string, Record<string, { tags?: string[] }>>,
    ).flatMap((methods) => Object.values(methods));
    const undescribed = operations
      .flatMap((operation) => operation.tags ?? [])
      .filter((tag) => !described.has(tag));
    expect([...new Set(undescribed)]).toEqual([]);
  });

  it('sends the secure headers on every answer, and a CSP that allows nothing on the API', async () => {
    const api = await server.inject('/health');
    expect(api.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cache-control': 'no-store',
    });
    const missing = await server.inject('/no/such/route');
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    const page = await server.inject('/platform');
    expect(page.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('serves a browsable reference at /docs', async () => {
    const response = await server.inject('/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toMatch(/swagger/i);
    const redirect = await server.inject('/docs');
    expect([200, 302]).toContain(redirect.statusCode);
  });

  it('serves the platform page with the store and the working-day calculator', async () => {
    const response = await server.inject('/platform');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(kind);
    expect(response.body).toContain('id="workdays"');
  });

  it('sends / to the browser app, which answers every deep link with its page', async () => {
    const root = await server.inject('/');
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/app/');
    const deep = await server.inject('/app/office/customers/C-1');
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-type']).toMatch(/text\/html/);
    expect(deep.body).toContain('<div id="root">');
    expect(deep.headers['content-security-policy']).toContain("default-src 'self'");
    const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(deep.body)?.[1];
    expect(script).toBeDefined();
    const asset = await server.inject(script!);
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('answers an unknown route with problem+json', async () => {
    const response = await server.inject('/nothing-here?x=1');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404, detail: 'There is nothing at GET /nothing-here' });
  });
});
