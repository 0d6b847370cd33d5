import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../platform/database/index.ts';
import type { Database } from '../../platform/database/index.ts';
import { anonymousHttpServerOn } from '../../../test/support/app.ts';
import type { HttpServer } from '../server.ts';

// workdays never touches the store (not even migrated here), so one store is enough.
describe('GET /explain/workdays', () => {
  let database: Database;
  let server: HttpServer;
  beforeAll(async () => {
    database = await openPglite('memory');
    // Public: the platform page's calculator asks it without signing in.
    server = await anonymousHttpServerOn(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  const ask = (query: string) => server.inject(`/explain/workdays?${query}`);

  it('counts 14 working days from 18 December 2026 over Christmas and New Year', async () => {
    const response = await ask('from=2026-12-18&add=14');
    expect(response.statusCode).toBe(200);
    const answer = response.json();
    expect(answer).toMatchObject({
      date: '2027-01-11',
      because: ['nl:workdays'],
      from: '2026-12-18',
      add: 14,
    });
    expect(answer.skipped.map((day: { date: string }) => day.date)).toEqual(['2026-12-25', '2027-01-01']);
  });

  it.each([
    ['from=2026-02-30&add=1', 'from'],
    ['from=18-12-2026&add=1', 'from'],
    ['from=2026-12-18&add=-1', 'add'],
    ['from=2026-12-18&add=1.5', 'add'],
    ['from=2026-12-18&add=ten', 'add'],
    ['from=2026-12-18', 'add'],
    ['add=3', 'from'],
    ['from=2026-12-18&add=1&colour=blue', 'colour'],
  ])('refuses %s naming %s, as problem+json', async (query, field) => {
    const response = await ask(query);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({ type: 'urn:vezel:problem:invalid-input', status: 400 });
    expect(problem.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(problem.detail).toContain(`${field}: `);
  });

  it('lists every wrong field at once', async () => {
    const problem = (await ask('from=2026-13-01&add=-2')).json();
    expect(problem.errors.map((error: { field: string }) => error.field).sort()).toEqual(['add', 'from']);
  });
});
