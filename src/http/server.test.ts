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
  });

  it('serves a browsable reference at /docs', async () => {
    const response = await server.inject('/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toMatch(/swagger/i);
    const redirect = await server.inject('/docs');
    expect([200, 302]).toContain(redirect.statusCode);
  });

  it('serves the front page with the store and the working-day calculator', async () => {
    const response = await server.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(kind);
    expect(response.body).toContain('id="workdays"');
  });

  it('answers an unknown route with problem+json', async () => {
    const response = await server.inject('/nothing-here?x=1');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404, detail: 'There is nothing at GET /nothing-here' });
  });
});
