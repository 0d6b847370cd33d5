import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpServerOn } from '../../../test/support/app.ts';
import { describeEachStore } from '../../../test/support/stores.ts';
import { recordAuditEvent } from '../../platform/audit/index.ts';
import { parseCsv } from '../../platform/audit/csv-test-support.ts';
import type { HttpServer } from '../server.ts';

interface Page {
  events: { id: number; subjectId: string; actor: string; reason: string | null }[];
  next: string | null;
}

describeEachStore('HTTP /audit-events', (database) => {
  let server: HttpServer;
  beforeAll(async () => {
    for (let i = 0; i < 12; i++)
      await recordAuditEvent(database().db, {
        occurredAt: Temporal.Instant.from('2026-11-20T10:00:00Z').add({ minutes: i }),
        actor: i < 6 ? 'user:anna' : 'user:bob',
        origin: 'test',
        action: 'invoice.issued',
        subject: { type: 'invoice', id: `INV-${i % 2}` },
        ...(i === 3 ? { reason: 'a, "quoted"\nreason' } : {}),
      });
    server = await httpServerOn(database());
  });
  afterAll(async () => server?.close());

  const get = (url: string) => server.inject({ method: 'GET', url });

  it('lists newest first, filtered, a page at a time with the cursor', async () => {
    const first = await get('/audit-events?subjectType=invoice&subjectId=INV-1&limit=4');
    expect(first.statusCode).toBe(200);
    const page = first.json<Page>();
    expect(page.events.map((event) => event.subjectId)).toEqual(['INV-1', 'INV-1', 'INV-1', 'INV-1']);
    expect(page.next).not.toBeNull();
    const second = (
      await get(`/audit-events?subjectType=invoice&subjectId=INV-1&limit=4&before=${page.next}`)
    ).json<Page>();
    expect(second.events).toHaveLength(2);
    expect(second.next).toBeNull();
    const ids = [...page.events, ...second.events].map((event) => event.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const bob = (await get('/audit-events?actor=user:bob&to=2026-11-20T10:08:00Z')).json<Page>();
    expect(bob.events.map((event) => event.actor)).toEqual(['user:bob', 'user:bob']);
  });

  it('answers 400 naming the field for a bad filter', async () => {
    const alone = await get('/audit-events?subjectId=INV-1');
    expect(alone.statusCode).toBe(400);
    expect(alone.body).toContain('subjectType');
    const limit = await get('/audit-events?limit=501');
    expect(limit.statusCode).toBe(400);
    expect(limit.body).toContain('limit');
    const from = await get('/audit-events/export?from=soon');
    expect(from.statusCode).toBe(400);
    expect(from.body).toContain('from');
  });

  it('exports NDJSON and CSV, oldest first, that parse back', async () => {
    const ndjson = await get('/audit-events/export?actor=user:anna');
    expect(ndjson.statusCode).toBe(200);
    expect(ndjson.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const events = ndjson.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: number; reason: string | null });
    expect(events).toHaveLength(6);
    expect(events.map((event) => event.id)).toEqual(events.map((event) => event.id).sort((a, b) => a - b));
    expect(events[3]!.reason).toBe('a, "quoted"\nreason');

    const csv = await get('/audit-events/export?actor=user:anna&format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="audit-events.csv"');
    const [header, ...records] = parseCsv(csv.body);
    expect(header![0]).toBe('id');
    expect(records.map((record) => Number(record[0]))).toEqual(events.map((event) => event.id));
    expect(records[3]![7]).toBe('a, "quoted"\nreason');
  });
});
